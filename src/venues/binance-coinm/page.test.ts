// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the page
// gives none. Nothing is copied from the reader's output. The last block re-derives the fixtures'
// liquidation prices from Binance's COIN-M rule, so a fixture that says "agrees" really does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { binanceCoinm } from './page';
import { binanceUsdm } from '../binance-usdm/page';
import { adapterFor } from '../../sites/index';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/binance');
const EN = new URL('https://www.binance.com/en/delivery/BTCUSD_PERP');
const ZH = new URL('https://www.binance.com/zh-CN/delivery/BTCUSD_PERP');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(doc: Document, url: URL): PageSnapshot {
  const snap = readPage(binanceCoinm, doc, url);
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

describe('delivery-btcusd-perp.html (default layout, English, hedge mode, contracts)', () => {
  const snap = read(load('delivery-btcusd-perp.html'), EN);

  it('names the venue, the symbol and inverse contracts from the URL', () => {
    expect(snap.venue).toBe('binance-coinm');
    expect(snap.symbol).toBe('BTCUSD_PERP');
    expect(snap.contract).toBe('inverse');
    expect(snap.market).toEqual({ markPrice: ok('61000.0') });
  });

  it('reads the order form: Open/Close, Limit in USD, 100 Cont, Isolated 20x, both per-side liq rows', () => {
    const o = snap.order!;
    expect(o.symbol).toBe('BTCUSD_PERP');
    expect(o.orderType).toEqual(ok('limit'));
    expect(o.price).toEqual(ok('60500.0'));
    expect(o.size).toEqual(ok({ amount: '100', unit: 'contracts' }));
    expect(o.leverage).toEqual(ok('20'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('hedge'));
    expect(o.displayedLiquidation).toEqual({ long: ok('57490.2'), short: ok('64206.2') });
  });

  it('reads the two legs: "BTCUSD Perp" is BTCUSD_PERP, sizes in Cont, margin in BTC', () => {
    expect(rowByKey(snap, 'BTCUSD_PERP:long')).toEqual({
      key: 'BTCUSD_PERP:long',
      symbol: 'BTCUSD_PERP',
      side: ok('long'),
      marginMode: ok('isolated'),
      leverage: ok('20'),
      size: ok({ amount: '300', unit: 'contracts' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('57371.4'),
      margin: ok('0.03319672'),
      marginRatio: ok('5.93'),
      unrealizedPnl: ok('0.00819672'),
      takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
    });
    expect(rowByKey(snap, 'BTCUSD_PERP:short')).toEqual({
      key: 'BTCUSD_PERP:short',
      symbol: 'BTCUSD_PERP',
      side: ok('short'),
      marginMode: ok('isolated'),
      leverage: ok('20'),
      size: ok({ amount: '100', unit: 'contracts' }),
      entryPrice: ok('62000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('66500.0'),
      margin: ok('0.01070862'),
      marginRatio: ok('6.12'),
      unrealizedPnl: ok('0.00264410'),
      takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
    });
    expect(snap.positions?.declaredCount).toEqual(ok(2));
  });

  it('reads the wallet in BTC', () => {
    expect(snap.account).toEqual({ walletBalance: ok('0.50000000') });
  });
});

describe('delivery-btcusd-perp-zh.html (zh-CN, one-way, 张, reordered and hidden columns, market in BTC)', () => {
  const snap = read(load('delivery-btcusd-perp-zh.html'), ZH);

  it('reads a market order typed in the coin, Cross 10x; the "-- USD" liq rows are not read as numbers', () => {
    expect(snap.market).toEqual({ markPrice: ok('61000.0') });
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '0.1', unit: 'base' }));
    expect(o.leverage).toEqual(ok('10'));
    expect(o.marginMode).toEqual(ok('cross'));
    expect(o.positionMode).toEqual(ok('one-way'));
    expect(reasonOf(o.displayedLiquidation.long)).toMatch(/"-- USD"/);
  });

  it('reads 张 as contracts, each row\'s margin in its own coin, by zh-CN header', () => {
    expect(rowByKey(snap, 'BTCUSD_PERP:long')).toEqual({
      key: 'BTCUSD_PERP:long',
      symbol: 'BTCUSD_PERP',
      side: ok('long'),
      marginMode: ok('cross'),
      leverage: ok('10'),
      size: ok({ amount: '600', unit: 'contracts' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('54763.6'),
      margin: ok('0.09836066'),
      marginRatio: { ok: false, reason: expect.stringMatching(/Margin Ratio: no such column/) },
      unrealizedPnl: ok('0.01639344'),
      takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) },
    });
    const eth = rowByKey(snap, 'ETHUSD_PERP:short');
    expect(eth.size).toEqual(ok({ amount: '50', unit: 'contracts' }));
    expect(eth.marginMode).toEqual(ok('cross'));
    expect(eth.entryPrice).toEqual(ok('3000.00'));
    expect(eth.markPrice).toEqual(ok('2950.00'));
    expect(eth.liquidationPrice).toEqual(ok('3300.00'));
    expect(eth.margin).toEqual(ok('0.01694915'));
  });

  it('reads the BTC wallet', () => {
    expect(snap.account).toEqual({ walletBalance: ok('0.10000000') });
  });
});

describe('unreadable and odd cells', () => {
  it('does not read a quarterly, or a bare coin pair with another word, as the perpetual', () => {
    const doc = load('delivery-btcusd-perp.html');
    const symbolCells = doc.querySelectorAll('[role="rowgroup"] [role="row"] > :first-child .css-u9j0m1');
    symbolCells[0]!.textContent = '0926';
    symbolCells[1]!.textContent = 'Quarterly';
    const rows = read(doc, EN).positions!.rows;
    expect(rows[0]!.symbol).not.toBe('BTCUSD_PERP');
    expect(reasonOf(rows[0]!.size)).toMatch(/symbol cell was not understood/);
    expect(reasonOf(rows[1]!.size)).toMatch(/symbol cell was not understood/);
  });

  it('refuses margin in another coin than the symbol\'s', () => {
    const doc = load('delivery-btcusd-perp.html');
    doc.querySelectorAll('[data-fx="margin"]')[0]!.textContent = '2,000.00 USDT';
    expect(reasonOf(read(doc, EN).positions!.rows[0]!.margin)).toMatch(/unexpected unit "USDT"/);
  });

  it('does not trust a size sign that the PNL contradicts', () => {
    const doc = load('delivery-btcusd-perp.html');
    doc.querySelectorAll('[role="rowgroup"] [role="row"]')[0]!.children[1]!.textContent = '-300 Cont';
    expect(reasonOf(read(doc, EN).positions!.rows[0]!.side)).toMatch(/disagree/);
  });

  it('reads placeholders as missing; "--" liquidation is none', () => {
    const doc = load('delivery-btcusd-perp.html');
    const cells = doc.querySelectorAll('[role="rowgroup"] [role="row"]')[0]!.children;
    cells[1]!.textContent = '-- Cont';
    cells[4]!.textContent = '--';
    const r = read(doc, EN).positions!.rows[0]!;
    expect(reasonOf(r.size)).toMatch(/-- Cont/);
    expect(r.liquidationPrice).toEqual(ok('none'));
  });

  it('keeps markup-looking text as text', () => {
    const doc = load('delivery-btcusd-perp.html');
    doc.querySelector('[role="gridcell"]')!.textContent = '<img src=x onerror=alert(1)>';
    const r = read(doc, EN).positions!.rows[0]!;
    expect(r.symbol).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('anchors, watch roots and URL changes', () => {
  it('maps each row key to its Liq.Price cell', () => {
    const en = findAnchors(binanceCoinm, load('delivery-btcusd-perp.html'), EN);
    expect([...en.positions.keys()]).toEqual(['BTCUSD_PERP:long', 'BTCUSD_PERP:short']);
    expect(en.positions.get('BTCUSD_PERP:short')?.textContent).toBe('66,500.0');
    const zh = findAnchors(binanceCoinm, load('delivery-btcusd-perp-zh.html'), ZH);
    expect(zh.positions.get('ETHUSD_PERP:short')?.textContent).toBe('3,300.00');
  });

  it('watches the four panels', () => {
    expect(watchRoots(binanceCoinm, load('delivery-btcusd-perp.html')).map((r) => r.getAttribute('name'))).toEqual(['header', 'orderForm', 'positions', 'account']);
  });

  it('follows a symbol change inside the app', () => {
    const next = readPageAndAnchors(binanceCoinm, load('delivery-btcusd-perp.html'), new URL('https://www.binance.com/en/delivery/ETHUSD_PERP'))!;
    expect(next.snapshot.symbol).toBe('ETHUSD_PERP');
    // The wallet shown is the BTC wallet: on the ETH page it is another coin's, so it is refused.
    expect(reasonOf(next.snapshot.account!.walletBalance)).toMatch(/unexpected unit "BTC"/);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://www.binance.com/en/delivery/BTCUSD_PERP', 'BTCUSD_PERP', 'en'],
    ['https://www.binance.com/zh-CN/delivery/ethusd_perp', 'ETHUSD_PERP', 'zh-CN'],
    ['https://www.binance.com/delivery/BTCUSD_250926', 'BTCUSD_250926', ''],
  ])('%s is %s', (url, symbol, locale) => {
    expect(binanceCoinm.page(new URL(url))).toEqual({ symbol, locale, contract: 'inverse' });
    expect(adapterFor(new URL(url))).toBe(binanceCoinm);
  });

  it.each([
    'https://www.binance.com/en/delivery/BTCUSDT',
    'https://www.binance.com/en/delivery/BTCUSD',
    'https://www.binance.com/en/delivery/home',
    'https://www.binance.com/en/delivery/BTCUSD_PERP/extra',
    'http://www.binance.com/en/delivery/BTCUSD_PERP',
    'https://evil.example/en/delivery/BTCUSD_PERP',
  ])('%s is not', (url) => {
    expect(binanceCoinm.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('leaves USDⓈ-M pages to the USDⓈ-M adapter', () => {
    const url = new URL('https://www.binance.com/en/futures/BTCUSDT');
    expect(binanceCoinm.page(url)).toBeNull();
    expect(adapterFor(url)).toBe(binanceUsdm);
  });
});

describe('the fixtures\' liquidation prices, from the rule (docs/rules/binance.md §4.2)', () => {
  // LP = N·CM·(MMR + Side) / (WB + cum + Side·N·CM/EP), CM = 100, BTCUSD_PERP tier 1: MMR 0.4 %, cum 0.
  const lp = (n: number, ep: number, wb: Decimal, side: 1 | -1) =>
    new Decimal(n).times(100).times(new Decimal('0.004').plus(side)).div(wb.plus(new Decimal(n).times(100).div(ep).times(side)));
  const isolatedWallet = (n: number, ep: number, leverage: number) => new Decimal(n).times(100).div(ep).div(leverage);

  it('isolated long agrees with "57,371.4"; isolated short (65,002.1) differs from "66,500.0"', () => {
    expect(lp(300, 60000, isolatedWallet(300, 60000, 20), 1).toDecimalPlaces(1).toString()).toBe('57371.4');
    const short = lp(100, 62000, isolatedWallet(100, 62000, 20), -1);
    expect(short.toDecimalPlaces(1).toString()).toBe('65002.1');
    expect(short.minus(66500).abs().div(short).toNumber()).toBeGreaterThan(0.01);
  });

  it('zh-CN cross long on a 0.1 BTC wallet agrees with "54,763.6", inside tier 1 (under 5 BTC)', () => {
    const p = lp(600, 60000, new Decimal('0.1'), 1);
    expect(p.toDecimalPlaces(1).toString()).toBe('54763.6');
    expect(new Decimal(60000).div(p).lt(5)).toBe(true);
  });
});
