// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the page
// gives none. Nothing is copied from the reader's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { bybit } from './page';
import { adapterFor } from '../../sites/index';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/bybit');
const LINEAR = new URL('https://www.bybit.com/trade/usdt/BTCUSDT');
const INVERSE = new URL('https://www.bybit.com/en/trade/inverse/BTCUSD');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(doc: Document, url: URL): PageSnapshot {
  const snap = readPage(bybit, doc, url);
  if (!snap) throw new Error('not read as a trading page');
  return snap;
}

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });

function rowByKey(snap: PageSnapshot, key: string): PositionView {
  const r = snap.positions?.rows.find((p) => p.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
}

function reasonOf(r: Reading<unknown> | undefined): string {
  if (!r) return 'absent';
  return r.ok ? `read as ${JSON.stringify(r.value)}` : r.reason;
}

describe('trade-usdt-btcusdt.html (linear, default layout, hedge mode)', () => {
  const snap = read(load('trade-usdt-btcusdt.html'), LINEAR);

  it('names the venue, symbol and contract kind from the URL', () => {
    expect(snap.venue).toBe('bybit');
    expect(snap.symbol).toBe('BTCUSDT');
    expect(snap.contract).toBe('linear');
  });

  it('reads the price header: mark and funding', () => {
    expect(snap.market).toEqual({ markPrice: ok('61000.0'), fundingRate: ok('0.0100') });
  });

  it('reads the order zone: Limit, by Qty in BTC, Isolated 10.00x, Open/Close tabs', () => {
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('limit'));
    expect(o.price).toEqual(ok('60500.0'));
    expect(o.size).toEqual(ok({ amount: '0.100', unit: 'base' }));
    expect(o.leverage).toEqual(ok('10.00'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('hedge'));
    expect(reasonOf(o.displayedLiquidation.long)).toMatch(/shows no pre-trade liquidation price/);
    expect(reasonOf(o.displayedLiquidation.short)).toMatch(/shows no pre-trade liquidation price/);
  });

  it('reads the isolated long: side from the Qty colour, unit-less Qty in the coin, IM/MM/Value/P&L', () => {
    expect(rowByKey(snap, 'BTCUSDT:long')).toEqual({
      key: 'BTCUSDT:long',
      symbol: 'BTCUSDT',
      side: ok('long'),
      marginMode: ok('isolated'),
      leverage: ok('10.00'),
      size: ok({ amount: '0.500', unit: 'base' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('54271.4'),
      margin: { ok: false, reason: expect.stringMatching(/Margin: not shown on this venue/) },
      marginRatio: { ok: false, reason: expect.stringMatching(/Margin Ratio: not shown on this venue/) },
      unrealizedPnl: ok('500.00'),
      positionValue: ok('30500.00'),
      initialMargin: ok('3014.85'),
      maintenanceMargin: ok('167.35'),
      takeProfit: ok('none'),
      stopLoss: ok('none'),
    });
  });

  it('reads the hedge short leg and the cross short', () => {
    const short = rowByKey(snap, 'BTCUSDT:short');
    expect(short.side).toEqual(ok('short'));
    expect(short.size).toEqual(ok({ amount: '0.200', unit: 'base' }));
    expect(short.entryPrice).toEqual(ok('62000.0'));
    expect(short.liquidationPrice).toEqual(ok('69000.0'));
    expect(short.initialMargin).toEqual(ok('1247.50'));
    expect(short.maintenanceMargin).toEqual(ok('68.50'));
    expect(short.positionValue).toEqual(ok('12200.00'));
    expect(short.unrealizedPnl).toEqual(ok('200.00'));
    const eth = rowByKey(snap, 'ETHUSDT:short');
    expect(eth.marginMode).toEqual(ok('cross'));
    expect(eth.leverage).toEqual(ok('10.00'));
    expect(eth.size).toEqual(ok({ amount: '5.00', unit: 'base' }));
    expect(eth.markPrice).toEqual(ok('2950.00'));
    expect(eth.liquidationPrice).toEqual(ok('3512.40'));
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTCUSDT:long', 'BTCUSDT:short', 'ETHUSDT:short']);
    expect(snap.positions?.declaredCount).toEqual(ok(3));
  });

  it('reads the unified account', () => {
    expect(snap.account).toEqual({
      walletBalance: ok('10000.00'),
      equity: ok('10950.00'),
      availableBalance: ok('5824.07'),
      maintenanceMarginRate: ok('2.91'),
    });
  });
});

describe('trade-inverse-btcusd.html (inverse, reordered and hidden columns, virtualised, market order)', () => {
  const snap = read(load('trade-inverse-btcusd.html'), INVERSE);

  it('is the inverse page, locale prefix accepted', () => {
    expect(snap.symbol).toBe('BTCUSD');
    expect(snap.contract).toBe('inverse');
    expect(snap.market).toEqual({ markPrice: ok('51000.0'), fundingRate: ok('-0.0052') });
  });

  it('reads a market order in USD contracts', () => {
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '5000', unit: 'contracts' }));
    expect(o.leverage).toEqual(ok('10.00'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('one-way'));
  });

  it('reads the rendered rows by header whatever their order; hidden columns say so', () => {
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTCUSD:long', 'ETHUSD:short']);
    expect(snap.positions?.declaredCount).toEqual(ok(4));
    const btc = rowByKey(snap, 'BTCUSD:long');
    expect(btc.size).toEqual(ok({ amount: '60000', unit: 'contracts' }));
    expect(btc.entryPrice).toEqual(ok('50000.0'));
    expect(btc.markPrice).toEqual(ok('51000.0'));
    expect(btc.liquidationPrice).toEqual(ok('45682.0'));
    expect(btc.unrealizedPnl).toEqual(ok('0.02352941'));
    expect(btc.positionValue).toEqual(ok('1.17647059'));
    expect(btc.leverage).toEqual(ok('10.00'));
    expect(reasonOf(btc.initialMargin)).toMatch(/IM: no such column/);
    expect(reasonOf(btc.maintenanceMargin)).toMatch(/MM: no such column/);
    const eth = rowByKey(snap, 'ETHUSD:short');
    expect(eth.liquidationPrice).toEqual(ok('none'));
    expect(eth.size).toEqual(ok({ amount: '9000', unit: 'contracts' }));
    expect(eth.leverage).toEqual(ok('1.00'));
    expect(eth.unrealizedPnl).toEqual(ok('0.05084746'));
  });

  it('reads the account in the coin and names what it does not show', () => {
    const a = snap.account!;
    expect(a.equity).toEqual(ok('0.52352941'));
    expect(a.availableBalance).toEqual(ok('0.40352941'));
    expect(reasonOf(a.walletBalance)).toMatch(/wallet balance: not shown/);
    expect(reasonOf(a.maintenanceMarginRate)).toMatch(/MM rate: not shown/);
  });
});

describe('the order-by switch', () => {
  function withMode(mode: string, unit: string, value: string) {
    const doc = load('trade-usdt-btcusdt.html');
    doc.querySelector('.oc__qty .by-popover__el')!.textContent = mode;
    doc.querySelector('.oc__qty .by-input__suffix')!.textContent = unit;
    doc.querySelector<HTMLInputElement>('.oc__qty input')!.value = value;
    return read(doc, LINEAR).order!.size;
  }

  it('tells cost (margin) from value (notional), both shown in USDT', () => {
    expect(withMode('Cost', 'USDT', '605')).toEqual(ok({ amount: '605', unit: 'cost' }));
    expect(withMode('Value', 'USDT', '6,050')).toEqual(ok({ amount: '6050', unit: 'quote' }));
    expect(withMode('Qty', 'BTC', '0.1')).toEqual(ok({ amount: '0.1', unit: 'base' }));
  });

  it('refuses a unit the switch contradicts, or a switch it does not know', () => {
    expect(reasonOf(withMode('Qty', 'USDT', '605'))).toMatch(/by Qty, but the unit is the quote asset/);
    expect(reasonOf(withMode('Cost', 'BTC', '0.1'))).toMatch(/by Cost, but the unit is not the quote asset/);
    expect(reasonOf(withMode('Lots', 'USDT', '605'))).toMatch(/order by "Lots" is not understood/);
  });

  it('reads a coin size without the switch, but not a USDT amount', () => {
    const doc = load('trade-usdt-btcusdt.html');
    doc.querySelector('.oc__order-by')!.remove();
    expect(read(doc, LINEAR).order!.size).toEqual(ok({ amount: '0.100', unit: 'base' }));
    doc.querySelector('.oc__qty .by-input__suffix')!.textContent = 'USDT';
    expect(reasonOf(read(doc, LINEAR).order!.size)).toMatch(/"order by" switch was not found/);
  });
});

describe('unreadable and odd cells', () => {
  it('says why the side is unknown when the Qty cell has no colour, or both', () => {
    const doc = load('trade-usdt-btcusdt.html');
    const qty = doc.querySelectorAll('tbody tr td:nth-child(2)');
    qty[0]!.className = '';
    qty[1]!.className = 'is-buy is-sell';
    // Without its colour, the unsigned long is still read where its gain confirms it...
    expect(read(doc, LINEAR).positions!.rows[0]!.side).toEqual({ ok: true, value: 'long' });
    // ...and refused where nothing does (the PnL's sign gone).
    const pnl = doc.querySelectorAll('tbody tr')[0]!.children[8]!; // Unrealized P&L (ROI)
    pnl.textContent = pnl.textContent!.replaceAll('+', '-');
    const s = read(doc, LINEAR);
    expect(reasonOf(s.positions!.rows[0]!.side)).toMatch(/no long\/short colour in the Qty cell/);
    expect(reasonOf(s.positions!.rows[1]!.side)).toMatch(/marked both long and short/);
    expect(s.positions!.rows[0]!.key).toBe('BTCUSDT:unknown');
  });

  it('does not trust a colour that the P&L sign contradicts', () => {
    const doc = load('trade-usdt-btcusdt.html');
    doc.querySelectorAll('tbody tr td:nth-child(2)')[0]!.className = 'is-sell';
    expect(reasonOf(read(doc, LINEAR).positions!.rows[0]!.side)).toMatch(/disagree/);
  });

  it('reads placeholders as missing, never as a number', () => {
    const doc = load('trade-usdt-btcusdt.html');
    const cells = doc.querySelectorAll('tbody tr')[0]!.children;
    cells[3]!.textContent = '--';
    cells[5]!.textContent = 'N/A';
    cells[6]!.textContent = '-- USDT';
    const r = read(doc, LINEAR).positions!.rows[0]!;
    expect(reasonOf(r.entryPrice)).toMatch(/"--"/);
    expect(reasonOf(r.liquidationPrice)).toMatch(/N\/A/);
    expect(reasonOf(r.initialMargin)).toMatch(/-- USDT/);
  });

  it('keeps markup-looking text as text', () => {
    const doc = load('trade-usdt-btcusdt.html');
    doc.querySelector('tbody tr td')!.textContent = '<img src=x onerror=alert(1)>';
    const r = read(doc, LINEAR).positions!.rows[0]!;
    expect(r.symbol).toBe('<img src=x onerror=alert(1)>');
    expect(reasonOf(r.size)).toMatch(/symbol cell was not understood/);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('reads an empty order zone and a missing positions panel without throwing', () => {
    const doc = load('trade-usdt-btcusdt.html');
    doc.querySelector<HTMLInputElement>('.oc__qty input')!.value = '';
    doc.querySelector('.oc__order-type .is-active')!.classList.remove('is-active');
    doc.querySelector('.oc__order-type [aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    doc.querySelector('.trade-positions')!.remove();
    const s = read(doc, LINEAR);
    expect(reasonOf(s.order!.size)).toMatch(/nothing typed/);
    expect(reasonOf(s.order!.orderType)).toMatch(/no selected Limit or Market tab/);
    expect(s.positions).toBeNull();
  });
});

describe('anchors, watch roots and URL changes', () => {
  it('maps each row key to its Liq. Price cell, in any column order', () => {
    const linear = findAnchors(bybit, load('trade-usdt-btcusdt.html'), LINEAR);
    expect([...linear.positions.keys()]).toEqual(['BTCUSDT:long', 'BTCUSDT:short', 'ETHUSDT:short']);
    expect(linear.positions.get('BTCUSDT:short')?.textContent).toBe('69,000.0');
    expect(linear.order?.className).toBe('oc');
    const inverse = findAnchors(bybit, load('trade-inverse-btcusd.html'), INVERSE);
    expect(inverse.positions.get('BTCUSD:long')?.textContent).toBe('45,682.0');
  });

  it('watches the four panels', () => {
    expect(watchRoots(bybit, load('trade-usdt-btcusdt.html')).map((r) => r.className)).toEqual(['contract-detail', 'oc', 'trade-positions', 'trade-assets__body']);
  });

  it('follows a symbol change inside the app: the same document read under the new URL', () => {
    const doc = load('trade-usdt-btcusdt.html');
    const next = readPageAndAnchors(bybit, doc, new URL('https://www.bybit.com/trade/usdt/ETHUSDT'))!;
    expect(next.snapshot.symbol).toBe('ETHUSDT');
    expect(next.snapshot.order?.symbol).toBe('ETHUSDT');
    // The form still shows BTC: on the ETHUSDT page that unit is another asset's, so it is refused.
    expect(reasonOf(next.snapshot.order!.size)).toMatch(/neither ETH nor USDT/);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://www.bybit.com/trade/usdt/BTCUSDT', 'BTCUSDT', 'linear', ''],
    ['https://www.bybit.com/en/trade/usdt/1000PEPEUSDT', '1000PEPEUSDT', 'linear', 'en'],
    ['https://www.bybit.com/zh-CN/trade/usdt/ethusdt', 'ETHUSDT', 'linear', 'zh-CN'],
    ['https://www.bybit.com/trade/inverse/BTCUSD', 'BTCUSD', 'inverse', ''],
    ['https://www.bybit.com/en/trade/inverse/ETHUSD?x=1', 'ETHUSD', 'inverse', 'en'],
  ])('%s is %s (%s)', (url, symbol, contract, locale) => {
    expect(bybit.page(new URL(url))).toEqual({ symbol, contract, locale });
    expect(adapterFor(new URL(url))).toBe(bybit);
  });

  it.each([
    'https://www.bybit.com/trade/spot/BTC/USDT',
    'https://www.bybit.com/trade/usdt/BTCUSD',
    'https://www.bybit.com/trade/inverse/BTCUSDT',
    'https://www.bybit.com/trade/usdt/BTCUSDT/extra',
    'https://www.bybit.com/en/zh/trade/usdt/BTCUSDT',
    'http://www.bybit.com/trade/usdt/BTCUSDT',
    'https://bybit.com.evil.example/trade/usdt/BTCUSDT',
    'https://www.bybit.com/trade/usdt/USDT',
  ])('%s is not', (url) => {
    expect(bybit.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('declares match patterns covering its pages and not spot', () => {
    const toRegex = (p: string) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const covered = (url: string) => bybit.matches.some((m) => toRegex(m).test(url));
    expect(covered('https://www.bybit.com/trade/usdt/BTCUSDT')).toBe(true);
    expect(covered('https://www.bybit.com/zh-CN/trade/inverse/BTCUSD')).toBe(true);
    expect(covered('https://www.bybit.com/trade/spot/BTC/USDT')).toBe(false);
  });
});
