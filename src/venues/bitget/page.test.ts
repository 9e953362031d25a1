// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the page
// gives none. Nothing is copied from the reader's output. The last block re-derives the fixtures'
// liquidation prices from Bitget's rule, so a fixture that says "agrees" really does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { bitget } from './page';
import { adapterFor } from '../../sites/index';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/bitget');
const EN = new URL('https://www.bitget.com/futures/usdt/BTCUSDT');
const ZH = new URL('https://www.bitget.com/zh-CN/futures/usdt/BTCUSDT');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(doc: Document, url: URL): PageSnapshot {
  const snap = readPage(bitget, doc, url);
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

describe('futures-usdt-btcusdt.html (default layout, English, hedge mode)', () => {
  const snap = read(load('futures-usdt-btcusdt.html'), EN);

  it('names the venue, symbol and contract kind from the URL', () => {
    expect(snap.venue).toBe('bitget');
    expect(snap.symbol).toBe('BTCUSDT');
    expect(snap.contract).toBe('linear');
  });

  it('reads the header: mark and funding', () => {
    expect(snap.market).toEqual({ markPrice: ok('61000.0'), fundingRate: ok('0.0100') });
  });

  it('reads the order panel: Open/Close tabs, Limit, 0.1 BTC, Isolated 10x', () => {
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('limit'));
    expect(o.price).toEqual(ok('60500.0'));
    expect(o.size).toEqual(ok({ amount: '0.1', unit: 'base' }));
    expect(o.leverage).toEqual(ok('10'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('hedge'));
    expect(reasonOf(o.displayedLiquidation.long)).toMatch(/shows no pre-trade liquidation price/);
  });

  it('reads the isolated long: side, mode and leverage tagged in the Futures cell', () => {
    expect(rowByKey(snap, 'BTCUSDT:long')).toEqual({
      key: 'BTCUSDT:long',
      symbol: 'BTCUSDT',
      side: ok('long'),
      marginMode: ok('isolated'),
      leverage: ok('10'),
      size: ok({ amount: '0.5000', unit: 'base' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('54249.5'),
      margin: ok('3000.00'),
      marginRatio: ok('4.01'),
      unrealizedPnl: ok('500.00'),
      takeProfit: ok('none'),
      stopLoss: ok('none'),
    });
  });

  it('reads the hedge short leg and the cross short', () => {
    expect(rowByKey(snap, 'BTCUSDT:short')).toEqual({
      key: 'BTCUSDT:short',
      symbol: 'BTCUSDT',
      side: ok('short'),
      marginMode: ok('isolated'),
      leverage: ok('10'),
      size: ok({ amount: '0.2000', unit: 'base' }),
      entryPrice: ok('62000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('69000.0'),
      margin: ok('1240.00'),
      marginRatio: ok('3.90'),
      unrealizedPnl: ok('200.00'),
      takeProfit: ok('none'),
      stopLoss: ok('65000.0'),
    });
    const eth = rowByKey(snap, 'ETHUSDT:short');
    expect(eth.marginMode).toEqual(ok('cross'));
    expect(eth.leverage).toEqual(ok('10'));
    expect(eth.size).toEqual(ok({ amount: '3.00', unit: 'base' }));
    expect(eth.entryPrice).toEqual(ok('3000.00'));
    expect(eth.markPrice).toEqual(ok('2950.00'));
    expect(eth.liquidationPrice).toEqual(ok('3980.12'));
    expect(eth.margin).toEqual(ok('885.00'));
    expect(eth.marginRatio).toEqual(ok('1.21'));
    expect(eth.unrealizedPnl).toEqual(ok('150.00'));
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTCUSDT:long', 'BTCUSDT:short', 'ETHUSDT:short']);
    expect(snap.positions?.declaredCount).toEqual(ok(3));
  });

  it('reads the assets panel and the form\'s Available', () => {
    expect(snap.account).toEqual({ walletBalance: ok('10000.00'), equity: ok('10850.00'), availableBalance: ok('5725.00') });
  });
});

describe('futures-usdt-btcusdt-zh.html (zh-CN, one-way, reordered and hidden columns, market by Cost)', () => {
  const snap = read(load('futures-usdt-btcusdt-zh.html'), ZH);

  it('reads the zh-CN header and a market order sized by Cost (margin) in USDT', () => {
    expect(snap.market).toEqual({ markPrice: ok('61000.0'), fundingRate: ok('0.0100') });
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '100', unit: 'cost' }));
    expect(o.leverage).toEqual(ok('20'));
    expect(o.marginMode).toEqual(ok('cross'));
    expect(o.positionMode).toEqual(ok('one-way'));
  });

  it('reads the rows by zh-CN header whatever their order; side from 多/空', () => {
    expect(rowByKey(snap, 'BTCUSDT:long')).toEqual({
      key: 'BTCUSDT:long',
      symbol: 'BTCUSDT',
      side: ok('long'),
      marginMode: ok('cross'),
      leverage: ok('20'),
      size: ok({ amount: '1.0000', unit: 'base' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('55254.2'),
      margin: ok('3050.00'),
      marginRatio: { ok: false, reason: expect.stringMatching(/Margin ratio: no such column/) },
      unrealizedPnl: ok('1000.00'),
      takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL: no such column/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL: no such column/) },
    });
    const eth = rowByKey(snap, 'ETHUSDT:short');
    expect(eth.marginMode).toEqual(ok('isolated'));
    expect(eth.size).toEqual(ok({ amount: '2.00', unit: 'base' }));
    expect(eth.liquidationPrice).toEqual(ok('3285.00'));
    expect(eth.margin).toEqual(ok('600.00'));
    expect(eth.unrealizedPnl).toEqual(ok('100.00'));
    expect(snap.positions?.declaredCount).toEqual(ok(2));
  });

  it('reads the zh-CN account', () => {
    expect(snap.account).toEqual({ walletBalance: ok('5600.00'), equity: ok('6700.00'), availableBalance: ok('3050.00') });
  });
});

describe('unreadable and odd cells', () => {
  it('says why the side is unknown without a Long/Short tag', () => {
    const doc = load('futures-usdt-btcusdt.html');
    doc.querySelector('tbody tr .tag-long')!.remove();
    const s = read(doc, EN);
    expect(reasonOf(s.positions!.rows[0]!.side)).toMatch(/no Long\/Short word in the Futures cell/);
    expect(s.positions!.rows[0]!.key).toBe('BTCUSDT:unknown');
  });

  it('does not trust a tag that the PnL sign contradicts', () => {
    const doc = load('futures-usdt-btcusdt.html');
    doc.querySelector('tbody tr .tag-long')!.textContent = 'Short';
    expect(reasonOf(read(doc, EN).positions!.rows[0]!.side)).toMatch(/disagree/);
  });

  it('refuses a USDT amount without the Cost/Value setting, but reads a coin amount', () => {
    const doc = load('futures-usdt-btcusdt-zh.html');
    doc.querySelector('.amount-mode')!.remove();
    expect(reasonOf(read(doc, ZH).order!.size)).toMatch(/"order by" switch was not found/);
    doc.querySelector('.amount-input .unit')!.textContent = 'BTC';
    expect(read(doc, ZH).order!.size).toEqual(ok({ amount: '100', unit: 'base' }));
  });

  it('reads a position size in USDT as a quote amount, not as the coin', () => {
    const doc = load('futures-usdt-btcusdt.html');
    doc.querySelectorAll('tbody tr')[0]!.children[1]!.textContent = '30,500.00 USDT';
    expect(read(doc, EN).positions!.rows[0]!.size).toEqual(ok({ amount: '30500.00', unit: 'quote' }));
  });

  it('reads placeholders as missing, never as a number; "--" liquidation is none', () => {
    const doc = load('futures-usdt-btcusdt.html');
    const cells = doc.querySelectorAll('tbody tr')[0]!.children;
    cells[2]!.textContent = '--';
    cells[4]!.textContent = '--';
    cells[6]!.textContent = '-- USDT';
    const r = read(doc, EN).positions!.rows[0]!;
    expect(reasonOf(r.entryPrice)).toMatch(/"--"/);
    expect(r.liquidationPrice).toEqual(ok('none'));
    expect(reasonOf(r.margin)).toMatch(/-- USDT/);
  });

  it('keeps markup-looking text as text', () => {
    const doc = load('futures-usdt-btcusdt.html');
    doc.querySelector('tbody tr td')!.textContent = '<img src=x onerror=alert(1)>';
    const r = read(doc, EN).positions!.rows[0]!;
    expect(r.symbol).toBe('<img src=x onerror=alert(1)>');
    expect(reasonOf(r.size)).toMatch(/symbol cell was not understood/);
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('anchors, watch roots and URL changes', () => {
  it('maps each row key to its liq. price cell, in any column order', () => {
    const en = findAnchors(bitget, load('futures-usdt-btcusdt.html'), EN);
    expect([...en.positions.keys()]).toEqual(['BTCUSDT:long', 'BTCUSDT:short', 'ETHUSDT:short']);
    expect(en.positions.get('BTCUSDT:short')?.textContent).toBe('69,000.0');
    expect(en.order?.className).toBe('order-panel');
    const zh = findAnchors(bitget, load('futures-usdt-btcusdt-zh.html'), ZH);
    expect(zh.positions.get('BTCUSDT:long')?.textContent).toBe('55,254.2');
  });

  it('watches the four panels', () => {
    expect(watchRoots(bitget, load('futures-usdt-btcusdt.html')).map((r) => r.className)).toEqual(['futures-header', 'order-panel', 'position-list', 'assets-panel']);
  });

  it('follows a symbol change inside the app', () => {
    const next = readPageAndAnchors(bitget, load('futures-usdt-btcusdt.html'), new URL('https://www.bitget.com/futures/usdt/ETHUSDT'))!;
    expect(next.snapshot.symbol).toBe('ETHUSDT');
    expect(reasonOf(next.snapshot.order!.size)).toMatch(/neither ETH nor USDT/);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://www.bitget.com/futures/usdt/BTCUSDT', 'BTCUSDT', ''],
    ['https://www.bitget.com/zh-CN/futures/usdt/ethusdt', 'ETHUSDT', 'zh-CN'],
    ['https://www.bitget.com/en/futures/usdt/1000PEPEUSDT?x=1', '1000PEPEUSDT', 'en'],
  ])('%s is %s', (url, symbol, locale) => {
    expect(bitget.page(new URL(url))).toEqual({ symbol, locale, contract: 'linear' });
    expect(adapterFor(new URL(url))).toBe(bitget);
  });

  it.each([
    'https://www.bitget.com/futures/usdc/BTCPERP',
    'https://www.bitget.com/futures/coin/BTCUSD',
    'https://www.bitget.com/spot/BTCUSDT',
    'https://www.bitget.com/futures/usdt/USDT',
    'https://www.bitget.com/en/zh/futures/usdt/BTCUSDT',
    'http://www.bitget.com/futures/usdt/BTCUSDT',
    'https://www.bitget.com.evil.example/futures/usdt/BTCUSDT',
  ])('%s is not', (url) => {
    expect(bitget.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
  });
});

describe('the fixtures\' liquidation prices, from the rule (docs/rules/bybit-okx-bitget.md §4.2-4.3)', () => {
  // Tier 1 of the 2025-06-25 BTCUSDT table: MMR 0.4 %, D = 0; taker fee 0.06 %.
  // Long: (Q·EP − M − D) / (Q·(1 − MMR − f)); short: (Q·EP + M + D) / (Q·(1 + MMR + f)); cross one
  // position: M is the cross wallet.
  const k = new Decimal('0.0046');
  const long = (q: number, ep: number, m: number) => new Decimal(q).times(ep).minus(m).div(new Decimal(q).times(new Decimal(1).minus(k)));
  const short = (q: number, ep: number, m: number) => new Decimal(q).times(ep).plus(m).div(new Decimal(q).times(k.plus(1)));

  it('isolated long agrees with "54,249.5"; isolated short (67,887.7) differs from "69,000.0"', () => {
    expect(long(0.5, 60000, 3000).toDecimalPlaces(1).toString()).toBe('54249.5');
    const s = short(0.2, 62000, 1240);
    expect(s.toDecimalPlaces(1).toString()).toBe('67887.7');
    expect(s.minus(69000).abs().div(s).toNumber()).toBeGreaterThan(0.01);
  });

  it('zh-CN cross long with a 5,000 cross wallet agrees with "55,254.2", inside tier 1', () => {
    const p = long(1, 60000, 5000);
    expect(p.toDecimalPlaces(1).toString()).toBe('55254.2');
    expect(p.lt(150000)).toBe(true);
  });
});
