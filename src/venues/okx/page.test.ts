// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the page
// gives none. Nothing is copied from the reader's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { adapterFor } from '../../sites/index';
import { okx } from './page';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/okx');
const EN = new URL('https://www.okx.com/trade-swap/btc-usdt-swap');
const ZH = new URL('https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(doc: Document, url: URL): PageSnapshot {
  const snap = readPage(okx, doc, url);
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

describe('trade-swap-btc-usdt-swap.html (en, contracts, long/short mode)', () => {
  const snap = read(load('trade-swap-btc-usdt-swap.html'), EN);

  it('names the instrument as OKX spells it, and the contract kind', () => {
    expect(snap.venue).toBe('okx');
    expect(snap.symbol).toBe('BTC-USDT-SWAP');
    expect(snap.contract).toBe('linear');
    expect(snap.market).toEqual({ markPrice: ok('61000.0'), fundingRate: ok('0.0100') });
  });

  it("reads the order form: comma in the price input, contracts, the long's and the short's leverage, stop-loss", () => {
    expect(snap.order).toEqual({
      symbol: 'BTC-USDT-SWAP',
      orderType: ok('limit'),
      price: ok('60500.0'),
      size: ok({ amount: '10', unit: 'contracts' }),
      leverage: ok('10'),
      shortLeverage: ok('10'),
      marginMode: ok('isolated'),
      positionMode: ok('hedge'),
      displayedLiquidation: {
        long: { ok: false, reason: expect.stringMatching(/shows no pre-trade liquidation price/) },
        short: { ok: false, reason: expect.stringMatching(/shows no pre-trade liquidation price/) },
      },
      stopLoss: ok('58000.0'),
      takeProfit: { ok: false, reason: 'take-profit: nothing typed' },
    });
  });

  it('reads every row; the measurement row is skipped; sizes stay in contracts', () => {
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTC-USDT-SWAP:long', 'BTC-USDT-SWAP:short', 'ETH-USDT-SWAP:long']);
    expect(snap.positions?.declaredCount).toEqual(ok(3));
    expect(rowByKey(snap, 'BTC-USDT-SWAP:long')).toEqual({
      key: 'BTC-USDT-SWAP:long',
      symbol: 'BTC-USDT-SWAP',
      side: ok('long'),
      marginMode: ok('isolated'),
      leverage: ok('10'),
      size: ok({ amount: '50', unit: 'contracts' }),
      entryPrice: ok('60000.0'),
      markPrice: ok('61000.0'),
      liquidationPrice: ok('54244.1'),
      margin: ok('3000.00'),
      marginRatio: ok('2550.09'),
      unrealizedPnl: ok('500.00'),
      takeProfit: ok('none'),
      stopLoss: ok('none'),
    });
    const short = rowByKey(snap, 'BTC-USDT-SWAP:short');
    expect(short.side).toEqual(ok('short'));
    expect(short.size).toEqual(ok({ amount: '20', unit: 'contracts' }));
    expect(short.entryPrice).toEqual(ok('62000.0'));
    expect(short.liquidationPrice).toEqual(ok('66900.0'));
    expect(short.margin).toEqual(ok('1240.00'));
    expect(short.marginRatio).toEqual(ok('2622.95'));
    const eth = rowByKey(snap, 'ETH-USDT-SWAP:long');
    expect(eth.marginMode).toEqual(ok('cross'));
    expect(eth.leverage).toEqual(ok('5'));
    expect(eth.size).toEqual(ok({ amount: '30', unit: 'contracts' }));
    expect(eth.markPrice).toEqual(ok('2950.00'));
    expect(eth.liquidationPrice).toEqual(ok('1850.00'));
    expect(eth.margin).toEqual(ok('1770.00'));
    expect(eth.unrealizedPnl).toEqual(ok('-150.00'));
  });

  it('reads equity from the assets box and Available from the run-together form row; no cash balance shown', () => {
    expect(snap.account).toEqual({
      walletBalance: { ok: false, reason: expect.stringMatching(/wallet balance: not shown/) },
      equity: ok('10550.00'),
      availableBalance: ok('6996.26'),
    });
  });
});

describe('trade-swap-btc-usdt-swap-zh.html (zh-hans, coin sizes, reordered and hidden columns, market cross)', () => {
  const snap = read(load('trade-swap-btc-usdt-swap-zh.html'), ZH);

  it('reads the Chinese order form', () => {
    const o = snap.order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '0.1', unit: 'base' }));
    expect(o.marginMode).toEqual(ok('cross'));
    expect(o.leverage).toEqual(ok('10'));
    expect(o.positionMode).toEqual(ok('hedge'));
    expect(reasonOf(o.stopLoss)).toMatch(/not set/);
  });

  it('reads the same positions in coin, columns found by their Chinese headers, sides by 多/空', () => {
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTC-USDT-SWAP:long', 'BTC-USDT-SWAP:short', 'ETH-USDT-SWAP:long']);
    expect(snap.positions?.declaredCount).toEqual(ok(3));
    const long = rowByKey(snap, 'BTC-USDT-SWAP:long');
    expect(long.size).toEqual(ok({ amount: '0.5', unit: 'base' }));
    expect(long.liquidationPrice).toEqual(ok('54244.1'));
    expect(long.entryPrice).toEqual(ok('60000.0'));
    expect(long.margin).toEqual(ok('3000.00'));
    expect(long.marginMode).toEqual(ok('isolated'));
    expect(reasonOf(long.marginRatio)).toMatch(/no such column/);
    const short = rowByKey(snap, 'BTC-USDT-SWAP:short');
    expect(short.size).toEqual(ok({ amount: '0.2', unit: 'base' }));
    expect(short.liquidationPrice).toEqual(ok('66900.0'));
    const eth = rowByKey(snap, 'ETH-USDT-SWAP:long');
    expect(eth.size).toEqual(ok({ amount: '3', unit: 'base' }));
    expect(eth.marginMode).toEqual(ok('cross'));
    expect(eth.unrealizedPnl).toEqual(ok('-150.00'));
  });

  it('reads 总权益 and 可用', () => {
    expect(snap.account?.equity).toEqual(ok('10550.00'));
    expect(snap.account?.availableBalance).toEqual(ok('6996.26'));
  });
});

// The real page (captures/README.md): logged out, nothing typed. Expectations are its visible text:
// ticker "Mark price 71,433.3", "Funding rate (8h) / Countdown 0.01% / 4h 21m 11s"; the form's Open/Close
// tabs, "Limit" selected, "Price (USDT)" 71,441.7, "Amount (Contracts)" empty, "Isolated", "5x" "5x".
describe('the real page, 2026-04-08 (logged out)', () => {
  const CAPTURE = 'captures/okx-trade-swap-btc-usdt-swap-2026-04-08.html';
  // Stylesheets are not fetched in unit tests; scripts never run.
  const capture = () => new DOMParser().parseFromString(readFileSync(join(FIXTURES, CAPTURE), 'utf8').replace(/<link\b[^>]*>/g, ''), 'text/html');
  const sizeInput = (doc: Document) => doc.querySelector<HTMLInputElement>('.size-input input.okui-input-input')!;

  it('reads the mark price and the funding rate from the ticker strip', () => {
    expect(read(capture(), EN).market).toEqual({ markPrice: ok('71433.3'), fundingRate: ok('0.01') });
  });

  it('reads the whole order form once a size is typed: 1 contract, Isolated, 5x long and 5x short', () => {
    const doc = capture();
    expect(reasonOf(read(doc, EN).order!.size)).toBe('size: nothing typed');
    sizeInput(doc).value = '1';
    const o = read(doc, EN).order!;
    expect(o.orderType).toEqual(ok('limit'));
    expect(o.price).toEqual(ok('71441.7'));
    expect(o.size).toEqual(ok({ amount: '1', unit: 'contracts' }));
    expect(o.leverage).toEqual(ok('5'));
    expect(o.shortLeverage).toEqual(ok('5'));
    expect(o.marginMode).toEqual(ok('isolated'));
    expect(o.positionMode).toEqual(ok('hedge'));
  });

  it("reads the long's and the short's leverage apart when they differ (5x 10x)", () => {
    const doc = capture();
    doc.querySelector('.order-settings-box .color-down')!.textContent = '10x';
    const o = read(doc, EN).order!;
    expect(o.leverage).toEqual(ok('5'));
    expect(o.shortLeverage).toEqual(ok('10'));
  });

  it('reads a market order without a price, and a "₮" figure as USDT', () => {
    const doc = capture();
    const [limit, market] = Array.from(doc.querySelectorAll('[role="tab"][data-pane-id="limit"], [role="tab"][data-pane-id="market"]'));
    limit!.setAttribute('aria-selected', 'false');
    limit!.classList.remove('okui-tabs-pane-underline-active');
    market!.setAttribute('aria-selected', 'true');
    market!.classList.add('okui-tabs-pane-underline-active');
    sizeInput(doc).value = '2';
    const o = read(doc, EN).order!;
    expect(o.orderType).toEqual(ok('market'));
    expect(reasonOf(o.price)).toMatch(/market order/);
    expect(o.size).toEqual(ok({ amount: '2', unit: 'contracts' }));
    const mark = Array.from(doc.querySelectorAll('.ticker-item .value'))[1]!;
    mark.textContent = '₮71,433.3';
    expect(read(doc, EN).market.markPrice).toEqual(ok('71433.3'));
  });
});

describe('unreadable and odd cells', () => {
  it('says why a row has no side, and refuses a side tag the PnL contradicts', () => {
    const doc = load('trade-swap-btc-usdt-swap.html');
    doc.querySelectorAll('.okui-tag.long')[0]!.remove();
    doc.querySelectorAll('.okui-tag.short')[0]!.textContent = 'Long';
    const rows = read(doc, EN).positions!.rows;
    expect(reasonOf(rows[0]!.side)).toMatch(/no Long\/Short word in the Instrument cell/);
    expect(reasonOf(rows[1]!.side)).toMatch(/disagree/);
  });

  it('reads "Available-- USDT" (logged out) and "--" as missing, not zero', () => {
    const doc = load('trade-swap-btc-usdt-swap.html');
    doc.querySelector('[data-testid="max-asset"]')!.textContent = 'Available-- USDT';
    doc.querySelector('.okui-table-row[data-fx="row"] td:nth-child(4)')!.textContent = '--';
    const s = read(doc, EN);
    expect(reasonOf(s.account!.availableBalance)).toMatch(/-- USDT/);
    expect(reasonOf(s.positions!.rows[0]!.marginRatio)).toMatch(/"--"/);
  });

  it('refuses a unit of another asset; reads an amount in USDT as notional', () => {
    const doc = load('trade-swap-btc-usdt-swap.html');
    const suffix = doc.querySelector('.amount-input .okui-input-suffix')!;
    const label = doc.querySelector('.amount-input .field-label')!;
    suffix.textContent = 'ETH';
    // The label still says Contracts: two units shown, neither taken.
    expect(reasonOf(read(doc, EN).order!.size)).toMatch(/label says "Contracts" but the field shows "ETH"/);
    label.textContent = 'Amount (ETH)';
    expect(reasonOf(read(doc, EN).order!.size)).toMatch(/neither BTC nor USDT/);
    suffix.textContent = 'USDT';
    label.textContent = 'Amount (USDT)';
    expect(read(doc, EN).order!.size).toEqual(ok({ amount: '10', unit: 'quote' }));
  });

  it('keeps markup-looking instrument text as text', () => {
    const doc = load('trade-swap-btc-usdt-swap.html');
    doc.querySelector('.okui-table-row[data-fx="row"] td')!.textContent = '<svg onload=alert(1)>';
    const r = read(doc, EN).positions!.rows[0]!;
    expect(r.symbol).toBe('<svg onload=alert(1)>');
    expect(reasonOf(r.marginMode)).toMatch(/not understood/);
    expect(doc.querySelector('svg')).toBeNull();
  });
});

describe('anchors, watch roots and URL changes', () => {
  it('maps each row key to its Est. liq. price cell', () => {
    const en = findAnchors(okx, load('trade-swap-btc-usdt-swap.html'), EN);
    expect([...en.positions.keys()]).toEqual(['BTC-USDT-SWAP:long', 'BTC-USDT-SWAP:short', 'ETH-USDT-SWAP:long']);
    expect(en.positions.get('BTC-USDT-SWAP:short')?.textContent).toBe('66,900.0');
    const zh = findAnchors(okx, load('trade-swap-btc-usdt-swap-zh.html'), ZH);
    expect(zh.positions.get('BTC-USDT-SWAP:long')?.textContent).toBe('54,244.1');
  });

  it('watches the header, form, positions and both account places', () => {
    const roots = watchRoots(okx, load('trade-swap-btc-usdt-swap.html'));
    expect(roots.map((r) => r.className.split(' ')[0])).toEqual(['ticker-top-box', 'place-order-container-common', 'position-box', 'assets-box']);
  });

  it('follows a symbol change inside the app', () => {
    const doc = load('trade-swap-btc-usdt-swap.html');
    const eth = readPageAndAnchors(okx, doc, new URL('https://www.okx.com/trade-swap/eth-usdt-swap'))!.snapshot;
    expect(eth.symbol).toBe('ETH-USDT-SWAP');
    expect(eth.order?.symbol).toBe('ETH-USDT-SWAP');
    expect(eth.order?.size).toEqual(ok({ amount: '10', unit: 'contracts' }));
    const inverse = readPage(okx, doc, new URL('https://www.okx.com/en-eu/trade-swap/btc-usd-swap'))!;
    expect(inverse.contract).toBe('inverse');
    // USDT figures on a coin-margined page are refused rather than read in the wrong asset.
    expect(reasonOf(inverse.positions!.rows[0]!.margin)).toMatch(/unexpected unit "USDT"/);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://www.okx.com/trade-swap/btc-usdt-swap', 'BTC-USDT-SWAP', 'linear', ''],
    ['https://www.okx.com/zh-hans/trade-swap/eth-usdt-swap', 'ETH-USDT-SWAP', 'linear', 'zh-hans'],
    ['https://www.okx.com/en-eu/trade-swap/btc-usdc-swap', 'BTC-USDC-SWAP', 'linear', 'en-eu'],
    ['https://www.okx.com/trade-swap/btc-usd-swap', 'BTC-USD-SWAP', 'inverse', ''],
  ])('%s is %s (%s)', (url, symbol, contract, locale) => {
    expect(okx.page(new URL(url))).toEqual({ symbol, contract, locale });
    expect(adapterFor(new URL(url))).toBe(okx);
  });

  it.each([
    'https://www.okx.com/trade-spot/btc-usdt',
    'https://www.okx.com/trade-futures/btc-usd-250926',
    'https://www.okx.com/trade-swap/btc-usdt',
    'https://www.okx.com/trade-swap/btc-usdt-swap/extra',
    'https://www.okx.com/zh-hans/en/trade-swap/btc-usdt-swap',
    'http://www.okx.com/trade-swap/btc-usdt-swap',
    'https://okx.com.evil.example/trade-swap/btc-usdt-swap',
  ])('%s is not', (url) => {
    expect(okx.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('declares match patterns covering its pages', () => {
    const toRegex = (p: string) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const covered = (url: string) => okx.matches.some((m) => toRegex(m).test(url));
    expect(covered('https://www.okx.com/trade-swap/btc-usdt-swap')).toBe(true);
    expect(covered('https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap')).toBe(true);
    expect(covered('https://www.okx.com/trade-spot/btc-usdt')).toBe(false);
  });
});
