// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the page
// gives none. Nothing is copied from the reader's output. The last block re-derives the fixtures'
// liquidation prices from the venue's rule, so a fixture that says "agrees" really does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { hyperliquid } from './page';
import { adapterFor } from '../../sites/index';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hyperliquid');
const BTC = new URL('https://app.hyperliquid.xyz/trade/BTC');
const ETH = new URL('https://app.hyperliquid.xyz/trade/ETH');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(doc: Document, url: URL): PageSnapshot {
  const snap = readPage(hyperliquid, doc, url);
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

const noRatio = { ok: false, reason: expect.stringMatching(/Margin Ratio: not shown on this venue/) };

describe('trade-btc.html (default layout, sizes in the coin)', () => {
  const snap = read(load('trade-btc.html'), BTC);

  it('names the venue, the coin and linear contracts from the URL', () => {
    expect(snap.venue).toBe('hyperliquid');
    expect(snap.symbol).toBe('BTC');
    expect(snap.contract).toBe('linear');
  });

  it('reads the market bar: Mark and Funding / Countdown', () => {
    expect(snap.market).toEqual({ markPrice: ok('61000'), fundingRate: ok('0.0013') });
  });

  it('reads the order entry: Limit 60,500, 0.1 BTC, Cross 10x, one position per coin', () => {
    const o = snap.order!;
    expect(o.symbol).toBe('BTC');
    expect(o.orderType).toEqual(ok('limit'));
    expect(o.price).toEqual(ok('60500'));
    expect(o.size).toEqual(ok({ amount: '0.1', unit: 'base' }));
    expect(o.leverage).toEqual(ok('10'));
    expect(o.marginMode).toEqual(ok('cross'));
    expect(o.positionMode).toEqual(ok('one-way'));
    expect(reasonOf(o.displayedLiquidation.long)).toMatch(/shows no pre-trade liquidation price/);
    expect(reasonOf(o.displayedLiquidation.short)).toMatch(/shows no pre-trade liquidation price/);
  });

  it('reads the cross short: negative Size, "BTC 10x", "$3,050.00 (Cross)", "-$500.00 (-16.7%)"', () => {
    expect(rowByKey(snap, 'BTC:short')).toEqual({
      key: 'BTC:short',
      symbol: 'BTC',
      side: ok('short'),
      marginMode: ok('cross'),
      leverage: ok('10'),
      size: ok({ amount: '0.50000', unit: 'base' }),
      entryPrice: ok('60000'),
      markPrice: ok('61000'),
      liquidationPrice: ok('76000'),
      margin: ok('3050.00'),
      marginRatio: noRatio,
      unrealizedPnl: ok('-500.00'),
      positionValue: ok('30500.00'),
      takeProfit: ok('none'),
      stopLoss: ok('none'),
    });
  });

  it('reads the isolated long and the 1x long whose Liq. Price is N/A', () => {
    expect(rowByKey(snap, 'ETH:long')).toEqual({
      key: 'ETH:long',
      symbol: 'ETH',
      side: ok('long'),
      marginMode: ok('isolated'),
      leverage: ok('20'),
      size: ok({ amount: '10.0000', unit: 'base' }),
      entryPrice: ok('3000.0'),
      markPrice: ok('3100.0'),
      liquidationPrice: ok('2908.2'),
      margin: ok('2500.00'),
      marginRatio: noRatio,
      unrealizedPnl: ok('1000.00'),
      positionValue: ok('31000.00'),
      takeProfit: ok('none'),
      stopLoss: ok('none'),
    });
    const sol = rowByKey(snap, 'SOL:long');
    expect(sol.liquidationPrice).toEqual(ok('none'));
    expect(sol.marginMode).toEqual(ok('isolated'));
    expect(sol.leverage).toEqual(ok('1'));
    expect(sol.size).toEqual(ok({ amount: '20.00', unit: 'base' }));
    expect(sol.entryPrice).toEqual(ok('150.00'));
    expect(sol.markPrice).toEqual(ok('152.00'));
    expect(sol.margin).toEqual(ok('3040.00'));
    expect(sol.unrealizedPnl).toEqual(ok('40.00'));
    expect(sol.positionValue).toEqual(ok('3040.00'));
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTC:short', 'ETH:long', 'SOL:long']);
    expect(snap.positions?.declaredCount).toEqual(ok(3));
  });

  it('reads the account in "$" as USDC: Balance, Perps equity, Available to Trade, Cross Margin Ratio', () => {
    expect(snap.account).toEqual({
      walletBalance: ok('14500.00'),
      equity: ok('15040.00'),
      availableBalance: ok('6450.00'),
      maintenanceMarginRate: ok('4.01'),
    });
  });
});

describe('trade-eth.html (reordered and hidden columns, market order in USDC)', () => {
  const snap = read(load('trade-eth.html'), ETH);

  it('reads the market bar and a market order sized in USDC (the order value)', () => {
    expect(snap.symbol).toBe('ETH');
    expect(snap.market).toEqual({ markPrice: ok('3100.0'), fundingRate: ok('-0.0021') });
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '1000', unit: 'quote' }));
    expect(o.leverage).toEqual(ok('20'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('one-way'));
  });

  it('reads the rows by header whatever their order; the hidden Position Value says so', () => {
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['ETH:long', 'HYPE:short']);
    expect(snap.positions?.declaredCount).toEqual(ok(2));
    const eth = rowByKey(snap, 'ETH:long');
    expect(eth.liquidationPrice).toEqual(ok('2908.2'));
    expect(eth.margin).toEqual(ok('2500.00'));
    expect(eth.size).toEqual(ok({ amount: '10.0000', unit: 'base' }));
    expect(reasonOf(eth.positionValue)).toMatch(/Position Value: no such column/);
    expect(rowByKey(snap, 'HYPE:short')).toEqual({
      key: 'HYPE:short',
      symbol: 'HYPE',
      side: ok('short'),
      marginMode: ok('cross'),
      leverage: ok('5'),
      size: ok({ amount: '200.00', unit: 'base' }),
      entryPrice: ok('40.000'),
      markPrice: ok('39.000'),
      liquidationPrice: ok('58.000'),
      margin: ok('1560.00'),
      marginRatio: noRatio,
      unrealizedPnl: ok('200.00'),
      positionValue: { ok: false, reason: expect.stringMatching(/no such column/) },
      takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL: no such column/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL: no such column/) },
    });
  });

  it('reads the account', () => {
    expect(snap.account).toEqual({
      walletBalance: ok('6500.00'),
      equity: ok('7700.00'),
      availableBalance: ok('3640.00'),
      maintenanceMarginRate: ok('7.50'),
    });
  });
});

describe('unreadable and odd cells', () => {
  it('does not trust a sign that the PNL contradicts', () => {
    const doc = load('trade-btc.html');
    doc.querySelectorAll('tbody tr')[0]!.children[1]!.textContent = '0.50000 BTC';
    expect(reasonOf(read(doc, BTC).positions!.rows[0]!.side)).toMatch(/sign of Size and the sign of PNL disagree/);
  });

  it('reads a margin cell without its mode word as margin only, and says the mode is missing', () => {
    const doc = load('trade-btc.html');
    doc.querySelectorAll('tbody tr')[0]!.children[7]!.textContent = '$3,050.00';
    const r = read(doc, BTC).positions!.rows[0]!;
    expect(r.margin).toEqual(ok('3050.00'));
    expect(reasonOf(r.marginMode)).toMatch(/margin mode: not shown in the Margin cell/);
  });

  it('refuses a "$" where the unit must be the coin, and another asset\'s unit for money', () => {
    const doc = load('trade-btc.html');
    const cells = doc.querySelectorAll('tbody tr')[1]!.children;
    cells[1]!.textContent = '10.0000 BTC';
    cells[7]!.textContent = '2,500.00 USDT (Isolated)';
    const r = read(doc, BTC).positions!.rows[1]!;
    expect(reasonOf(r.size)).toMatch(/unit "BTC" is neither ETH nor USDC/);
    expect(reasonOf(r.margin)).toMatch(/unexpected unit "USDT"/);
  });

  it('reads placeholders as missing, never as a number; "--" is not taken for no liquidation price', () => {
    const doc = load('trade-btc.html');
    const cells = doc.querySelectorAll('tbody tr')[0]!.children;
    cells[3]!.textContent = 'N/A';
    cells[6]!.textContent = '--';
    cells[7]!.textContent = '-- (Cross)';
    const r = read(doc, BTC).positions!.rows[0]!;
    expect(reasonOf(r.entryPrice)).toMatch(/N\/A/);
    expect(reasonOf(r.liquidationPrice)).toMatch(/"--"/);
    expect(reasonOf(r.margin)).toMatch(/"--"/);
    expect(r.marginMode).toEqual(ok('cross'));
  });

  it('keeps markup-looking text as text', () => {
    const doc = load('trade-btc.html');
    doc.querySelector('tbody tr td')!.textContent = '<img src=x onerror=alert(1)>';
    const r = read(doc, BTC).positions!.rows[0]!;
    expect(r.symbol).toBe('<img src=x onerror=alert(1)>');
    expect(reasonOf(r.size)).toMatch(/symbol cell was not understood/);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('reads a page without the account panel or the table without throwing', () => {
    const doc = load('trade-btc.html');
    doc.getElementById('accountOverview')!.remove();
    doc.getElementById('accountTable')!.remove();
    const s = read(doc, BTC);
    expect(s.positions).toBeNull();
    expect(reasonOf(s.account!.walletBalance)).toMatch(/wallet balance: not shown/);
    expect(s.account!.availableBalance).toEqual(ok('6450.00'));
  });
});

describe('anchors, watch roots and URL changes', () => {
  it('maps each row key to its Liq. Price cell, in any column order', () => {
    const btc = findAnchors(hyperliquid, load('trade-btc.html'), BTC);
    expect([...btc.positions.keys()]).toEqual(['BTC:short', 'ETH:long', 'SOL:long']);
    expect(btc.positions.get('BTC:short')?.textContent).toBe('76,000');
    expect(btc.order?.id).toBe('orderEntry');
    const eth = findAnchors(hyperliquid, load('trade-eth.html'), ETH);
    expect(eth.positions.get('HYPE:short')?.textContent).toBe('58.000');
  });

  it('watches the four panels', () => {
    expect(watchRoots(hyperliquid, load('trade-btc.html')).map((r) => r.id)).toEqual(['marketData', 'orderEntry', 'accountTable', 'accountOverview']);
  });

  it('follows a coin change inside the app: the same document read under the new URL', () => {
    const next = readPageAndAnchors(hyperliquid, load('trade-btc.html'), ETH)!;
    expect(next.snapshot.symbol).toBe('ETH');
    expect(next.snapshot.order?.symbol).toBe('ETH');
    // The form still shows BTC: on the ETH page that unit is another asset's, so it is refused.
    expect(reasonOf(next.snapshot.order!.size)).toMatch(/neither ETH nor USDC/);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://app.hyperliquid.xyz/trade/BTC', 'BTC'],
    ['https://app.hyperliquid.xyz/trade/eth', 'ETH'],
    ['https://app.hyperliquid.xyz/trade/kPEPE', 'kPEPE'],
    ['https://app.hyperliquid.xyz/trade/HYPE?x=1', 'HYPE'],
  ])('%s is %s', (url, symbol) => {
    expect(hyperliquid.page(new URL(url))).toEqual({ symbol, locale: '', contract: 'linear' });
    expect(adapterFor(new URL(url))).toBe(hyperliquid);
  });

  it.each([
    'https://app.hyperliquid.xyz/portfolio',
    'https://app.hyperliquid.xyz/trade/PURR/USDC',
    'https://app.hyperliquid.xyz/trade/xyz:GOLD',
    'http://app.hyperliquid.xyz/trade/BTC',
    'https://app.hyperliquid.xyz.evil.example/trade/BTC',
    'https://app.hyperliquid.xyz/trade/%3Cimg%3E',
  ])('%s is not', (url) => {
    expect(hyperliquid.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('declares match patterns covering its pages', () => {
    const toRegex = (p: string) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const covered = (url: string) => hyperliquid.matches.some((m) => toRegex(m).test(url));
    expect(covered('https://app.hyperliquid.xyz/trade/BTC')).toBe(true);
    expect(covered('https://app.hyperliquid.xyz/portfolio')).toBe(false);
  });
});

describe('the fixtures\' liquidation prices, from the rule (docs/rules/hyperliquid-and-others.md §1.4)', () => {
  // Tier-0 rate r = 1 / (2 · max leverage); isolated: P = (Q·EP − M) / (Q·(1 − r)) for a long;
  // cross, one position: W + s·(P − EP) = |s|·P·r.
  const d = (x: Decimal.Value) => new Decimal(x);
  const r = (maxLeverage: number) => d(1).div(2 * maxLeverage);
  const isolatedLong = (q: number, ep: number, m: number, rate: Decimal) => d(q).times(ep).minus(m).div(d(q).times(d(1).minus(rate)));
  const crossShort = (q: number, ep: number, w: number, rate: Decimal) => d(w).plus(d(q).times(ep)).div(d(q).times(d(1).plus(rate)));

  it('ETH isolated long agrees with "2,908.2" on both pages', () => {
    expect(isolatedLong(10, 3000, 1500, r(25)).toDecimalPlaces(1).toString()).toBe('2908.2');
  });

  it('BTC cross short (79,012.3) differs from "76,000"; HYPE cross short (61.905) from "58.000"', () => {
    const btc = crossShort(0.5, 60000, 10000, r(40));
    expect(btc.toDecimalPlaces(1).toString()).toBe('79012.3');
    expect(btc.minus(76000).abs().div(btc).toNumber()).toBeGreaterThan(0.03);
    const hype = crossShort(200, 40, 5000, r(10));
    expect(hype.toDecimalPlaces(3).toString()).toBe('61.905');
    expect(hype.minus(58).abs().div(hype).toNumber()).toBeGreaterThan(0.05);
  });

  it('SOL 1x isolated long has no liquidation price (N/A)', () => {
    expect(isolatedLong(20, 150, 3000, r(20)).lte(0)).toBe(true);
  });
});
