// @vitest-environment happy-dom
// Every expectation below is the fixture's visible text written as a decimal, or the reason the
// fixture's header comment says a field can't be read. Nothing is copied from the reader's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Reading } from '../../protocol/snapshot';
import { binanceUsdm } from './page';
import { htmlNodes } from '../../sites/testing/html';
import { adapterFor, adapters } from '../../sites/index';
import { findAnchors, readPage, readPageAndAnchors, watchRoots } from '../../sites/read-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/binance');
const EN = new URL('https://www.binance.com/en/futures/BTCUSDT');
const ZH = new URL('https://www.binance.com/zh-CN/futures/BTCUSDT');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function read(name: string, url = EN): PageSnapshot {
  const snap = readPage(binanceUsdm, load(name), url);
  if (!snap) throw new Error('not read as a trading page');
  return snap;
}

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });

function row(snap: PageSnapshot, symbol: string): PositionView {
  const r = snap.positions?.rows.find((p) => p.symbol === symbol);
  if (!r) throw new Error(`no row ${symbol}`);
  return r;
}

function reasonOf(r: Reading<unknown>): string {
  return r.ok ? `read as ${JSON.stringify(r.value)}` : r.reason;
}

/** The three positions shared by futures-btcusdt.html and its zh-CN twin, as their cells show them. */
function expectDefaultPositions(snap: PageSnapshot, tpslShown = true) {
  // The English page's "TP/SL for position" column shows "-- / --" in every row; the zh-CN twin has none.
  const stops = tpslShown
    ? { takeProfit: ok('none'), stopLoss: ok('none') }
    : { takeProfit: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) }, stopLoss: { ok: false, reason: expect.stringMatching(/TP\/SL for position: no such column/) } };
  expect(snap.positions?.rows).toHaveLength(3);
  expect(row(snap, 'BTCUSDT')).toEqual({
    key: 'BTCUSDT:long',
    symbol: 'BTCUSDT',
    side: ok('long'),
    marginMode: ok('isolated'),
    leverage: ok('20'),
    size: ok({ amount: '0.500', unit: 'base' }),
    entryPrice: ok('60000.0'),
    markPrice: ok('61000.0'),
    liquidationPrice: ok('57228.9'),
    margin: ok('2000.00'),
    marginRatio: ok('6.10'),
    // Fixture header: PNL = 0.5 x (61,000 - 60,000).
    unrealizedPnl: ok('500.00'),
    ...stops,
  });
  expect(row(snap, 'ETHUSDT')).toEqual({
    key: 'ETHUSDT:short',
    symbol: 'ETHUSDT',
    side: ok('short'),
    marginMode: ok('cross'),
    leverage: ok('10'),
    size: ok({ amount: '4.000', unit: 'base' }),
    entryPrice: ok('3000.00'),
    markPrice: ok('2950.00'),
    liquidationPrice: ok('3400.00'),
    margin: ok('1180.00'),
    marginRatio: ok('0.91'),
    // Fixture header: PNL = 4 x (3,000 - 2,950).
    unrealizedPnl: ok('200.00'),
    ...stops,
  });
  const sol = row(snap, 'SOLUSDT');
  expect(sol.liquidationPrice).toEqual(ok('none'));
  expect(sol.side).toEqual(ok('long'));
  expect(sol.leverage).toEqual(ok('1'));
  expect(sol.size).toEqual(ok({ amount: '10.00', unit: 'base' }));
  expect(snap.positions?.declaredCount).toEqual(ok(3));
  expect(snap.account).toEqual({ walletBalance: ok('8000.00') });
  expect(snap.market.markPrice).toEqual(ok('61000.0'));
}

describe('futures-btcusdt.html (en, default layout)', () => {
  const snap = read('futures-btcusdt.html');

  it('names the venue and the symbol from the URL', () => {
    expect(snap.venue).toBe('binance-usdm');
    expect(snap.symbol).toBe('BTCUSDT');
  });

  it('reads the order form', () => {
    expect(snap.order).toEqual({
      symbol: 'BTCUSDT',
      orderType: ok('limit'),
      price: ok('60500.0'),
      size: ok({ amount: '0.100', unit: 'base' }),
      leverage: ok('20'),
      marginMode: ok('isolated'),
      positionMode: ok('one-way'),
      displayedLiquidation: { long: ok('57308.4'), short: ok('57228.9') },
      // The fixture shows no TP/SL inputs: the box is not ticked.
      takeProfit: { ok: false, reason: expect.stringMatching(/take-profit: not set/) },
      stopLoss: { ok: false, reason: expect.stringMatching(/stop-loss: not set/) },
    });
  });

  it('reads every positions row, the count and the account', () => {
    expectDefaultPositions(snap);
  });
});

describe('futures-btcusdt-zh.html (zh-CN, hedge mode, USDT size, reordered columns)', () => {
  const snap = read('futures-btcusdt-zh.html', ZH);

  it('reads the order form', () => {
    expect(snap.order?.orderType).toEqual(ok('market'));
    expect(reasonOf(snap.order!.price)).toMatch(/market order/);
    expect(snap.order?.size).toEqual(ok({ amount: '6100', unit: 'quote' }));
    expect(snap.order?.leverage).toEqual(ok('20'));
    expect(snap.order?.marginMode).toEqual(ok('isolated'));
    expect(snap.order?.positionMode).toEqual(ok('hedge'));
    expect(snap.order?.displayedLiquidation).toEqual({ long: ok('57387.9'), short: ok('63794.8') });
  });

  it('reads the same positions as the English page, columns found by their Chinese headers', () => {
    expectDefaultPositions(snap, false);
  });
});

describe('futures-virtualised.html (virtualised positions list)', () => {
  const snap = read('futures-virtualised.html');

  it('reads the rendered rows and announces more', () => {
    expect(snap.positions?.rows.map((r) => r.key)).toEqual(['BTCUSDT:long', 'ETHUSDT:short', 'BNBUSDT:long']);
    expect(snap.positions?.declaredCount).toEqual(ok(12));
    expect(row(snap, 'BTCUSDT').liquidationPrice).toEqual(ok('60241.0'));
    expect(row(snap, 'BTCUSDT').leverage).toEqual(ok('25'));
    expect(row(snap, 'ETHUSDT').size).toEqual(ok({ amount: '2.500', unit: 'base' }));
    expect(row(snap, 'ETHUSDT').liquidationPrice).toEqual(ok('3100.00'));
    expect(row(snap, 'ETHUSDT').marginMode).toEqual(ok('isolated'));
    expect(row(snap, 'BNBUSDT').marginMode).toEqual(ok('cross'));
    expect(row(snap, 'BNBUSDT').margin).toEqual(ok('175.23'));
    expect(snap.account?.walletBalance).toEqual(ok('24310.55'));
  });

  it('reads a market order with no page liquidation rows', () => {
    expect(snap.order?.orderType).toEqual(ok('market'));
    expect(snap.order?.size).toEqual(ok({ amount: '0.050', unit: 'base' }));
    expect(snap.order?.marginMode).toEqual(ok('cross'));
    expect(snap.order?.leverage).toEqual(ok('25'));
    expect(reasonOf(snap.order!.displayedLiquidation.long)).toMatch(/no pre-trade liquidation price/);
  });
});

describe('futures-broken.html (half-rendered)', () => {
  const snap = read('futures-broken.html');

  it('gives a reason for every unreadable order-form field', () => {
    const o = snap.order!;
    expect(reasonOf(snap.market.markPrice)).toMatch(/"--"/);
    expect(reasonOf(o.orderType)).toMatch(/no selected Limit or Market tab/);
    expect(reasonOf(o.price)).toMatch(/nothing typed/);
    expect(reasonOf(o.size)).toMatch(/no unit/);
    expect(reasonOf(o.leverage)).toMatch(/leverage/);
    expect(reasonOf(o.marginMode)).toMatch(/margin mode/);
    expect(reasonOf(o.positionMode)).toMatch(/only the Open tab/);
    expect(reasonOf(o.displayedLiquidation.long)).toMatch(/found 1/);
    expect(reasonOf(o.displayedLiquidation.short)).toMatch(/found 1/);
  });

  it('gives a reason for every unreadable positions cell, and reads "N/A" as unreadable, not as none', () => {
    const rows = snap.positions!.rows;
    expect(rows).toHaveLength(3); // the aria-hidden measurement row is skipped
    const btc = row(snap, 'BTCUSDT');
    expect(reasonOf(btc.size)).toMatch(/no value shown/);
    expect(reasonOf(btc.side)).toMatch(/size unreadable/);
    expect(reasonOf(btc.entryPrice)).toMatch(/N\/A/);
    expect(reasonOf(btc.markPrice)).toMatch(/"--"/);
    expect(reasonOf(btc.liquidationPrice)).toMatch(/N\/A/);
    expect(reasonOf(btc.margin)).toMatch(/more than one column/);
    expect(reasonOf(btc.marginRatio)).toMatch(/no such column/);
    expect(btc.marginMode).toEqual(ok('isolated'));
    expect(reasonOf(snap.positions!.declaredCount)).toMatch(/no count/);
    expect(snap.account).toBeNull();
  });

  it('does not trust a size sign that the PNL contradicts', () => {
    const eth = row(snap, 'ETHUSDT');
    expect(eth.size).toEqual(ok({ amount: '1.000', unit: 'base' }));
    expect(reasonOf(eth.side)).toMatch(/disagree/);
    expect(eth.key).toBe('ETHUSDT:unknown');
  });

  it('keeps markup-looking symbol text as plain text', () => {
    const doc = load('futures-broken.html');
    const s = readPage(binanceUsdm, doc, EN)!;
    const odd = s.positions!.rows[1]!;
    expect(odd.symbol).toBe('<img src=x onerror=alert(1)>');
    expect(reasonOf(odd.marginMode)).toMatch(/not understood/);
    expect(reasonOf(odd.size)).toMatch(/symbol cell/);
    expect(doc.querySelector('img')).toBeNull();
    expect(JSON.parse(JSON.stringify(s)).positions.rows[1].symbol).toBe('<img src=x onerror=alert(1)>');
  });
});

// The 2026 form (docs/real-pages.md, jackhai9/userscripts): margin mode and leverage on ONE button,
// "Cross 20x" / "全仓 20x"; order-type tabs [role=tab][aria-selected][data-tab-key].
describe('the 2026 controls', () => {
  const withButton = (text: string, url = EN) => {
    const doc = load(url === EN ? 'futures-btcusdt.html' : 'futures-btcusdt-zh.html');
    const row = doc.querySelector('.margin-leverage-or-title-row')!;
    const button = doc.createElement('button');
    button.textContent = text;
    row.replaceChildren(button);
    return readPage(binanceUsdm, doc, url)!.order!;
  };

  it('reads margin mode and leverage from one "Cross 20x" button', () => {
    const o = withButton('Cross 20x');
    expect(o.marginMode).toEqual(ok('cross'));
    expect(o.leverage).toEqual(ok('20'));
    expect(o.shortLeverage).toBeUndefined();
    const zh = withButton('逐仓 15x', ZH);
    expect(zh.marginMode).toEqual(ok('isolated'));
    expect(zh.leverage).toEqual(ok('15'));
  });

  it('refuses a word it does not know and two controls that disagree', () => {
    expect(reasonOf(withButton('Portfolio 20x').marginMode)).toMatch(/margin mode: not found/);
    const doc = load('futures-btcusdt.html');
    const second = doc.createElement('button');
    second.textContent = 'Cross 10x';
    doc.querySelector('.margin-leverage-or-title-row')!.append(second);
    const o = readPage(binanceUsdm, doc, EN)!.order!;
    expect(reasonOf(o.leverage)).toMatch(/two different/);
    expect(reasonOf(o.marginMode)).toMatch(/two different/);
  });

  it('reads the order type from [role=tab][data-tab-key] tabs', () => {
    const doc = load('futures-btcusdt.html');
    const tabs = doc.querySelector('#tab-LIMIT')!.parentElement!;
    tabs.replaceChildren(...htmlNodes(
      '<div role="tab" aria-selected="false" data-tab-key="LIMIT">Limit</div><div role="tab" aria-selected="true" data-tab-key="MARKET">Market</div><div role="tab" aria-selected="false" data-tab-key="CONDITIONAL">Conditional</div>',
    ));
    expect(readPage(binanceUsdm, doc, EN)!.order!.orderType).toEqual(ok('market'));
  });
});

describe('reading from live values', () => {
  it('takes inputs from input.value, not from the value attribute', () => {
    const doc = load('futures-btcusdt.html');
    const size = doc.querySelector<HTMLInputElement>('input[name="unitAmount"]')!;
    const price = doc.querySelector<HTMLInputElement>('input[id^="limitPrice"]')!;
    size.value = '0.250';
    price.value = '59,999.5';
    const order = readPage(binanceUsdm, doc, EN)!.order!;
    expect(size.getAttribute('value')).toBe('0.100');
    expect(order.size).toEqual(ok({ amount: '0.250', unit: 'base' }));
    expect(order.price).toEqual(ok('59999.5'));
  });

  it('refuses a negative typed size and a unit of another asset', () => {
    const doc = load('futures-btcusdt.html');
    doc.querySelector<HTMLInputElement>('input[name="unitAmount"]')!.value = '-1';
    expect(reasonOf(readPage(binanceUsdm, doc, EN)!.order!.size)).toMatch(/negative/);
    doc.querySelector<HTMLInputElement>('input[name="unitAmount"]')!.value = '1';
    doc.querySelector('[data-testid="unit-select-button"]')!.textContent = 'ETH';
    expect(reasonOf(readPage(binanceUsdm, doc, EN)!.order!.size)).toMatch(/neither BTC nor USDT/);
  });

  it('reads ambiguous numbers strictly on a page whose locale it does not know', () => {
    const doc = load('futures-btcusdt.html');
    doc.querySelector<HTMLInputElement>('input[name="unitAmount"]')!.value = '1,250';
    const en = readPage(binanceUsdm, doc, EN)!.order!;
    const de = readPage(binanceUsdm, doc, new URL('https://www.binance.com/de/futures/BTCUSDT'))!.order!;
    expect(en.size).toEqual(ok({ amount: '1250', unit: 'base' }));
    expect(reasonOf(de.size)).toMatch(/thousands group or a decimal/);
  });
});

describe('anchors and watch roots', () => {
  it('maps each row key to its Liq. Price cell and the order form', () => {
    const doc = load('futures-btcusdt.html');
    const anchors = findAnchors(binanceUsdm, doc, EN);
    expect([...anchors.positions.keys()]).toEqual(['BTCUSDT:long', 'ETHUSDT:short', 'SOLUSDT:long']);
    expect(anchors.positions.get('BTCUSDT:long')?.textContent).toBe('57,228.9');
    expect(anchors.positions.get('ETHUSDT:short')?.textContent).toBe('3,400.00');
    expect(anchors.positions.get('SOLUSDT:long')?.textContent).toBe('--');
    expect(anchors.order?.getAttribute('name')).toBe('orderForm');
  });

  it('uses the same keys as readPage, in zh-CN too', () => {
    const doc = load('futures-btcusdt-zh.html');
    const keys = readPage(binanceUsdm, doc, ZH)!.positions!.rows.map((r) => r.key);
    expect([...findAnchors(binanceUsdm, doc, ZH).positions.keys()]).toEqual(keys);
    expect(findAnchors(binanceUsdm, doc, ZH).positions.get('BTCUSDT:long')?.textContent).toBe('57,228.9');
  });

  it('finds the fresh cells after the rows are re-rendered', () => {
    const doc = load('futures-btcusdt.html');
    const before = findAnchors(binanceUsdm, doc, EN).positions.get('BTCUSDT:long')!;
    for (const r of Array.from(doc.querySelectorAll('[data-fx="row"]'))) r.replaceWith(r.cloneNode(true));
    const after = findAnchors(binanceUsdm, doc, EN).positions.get('BTCUSDT:long')!;
    expect(before.isConnected).toBe(false);
    expect(after.isConnected).toBe(true);
    expect(after.textContent).toBe('57,228.9');
  });

  it('watches the four panels and nothing wider', () => {
    const roots = watchRoots(binanceUsdm, load('futures-btcusdt.html'));
    expect(roots.map((r) => r.getAttribute('name'))).toEqual(['header', 'orderForm', 'positions', 'account']);
    expect(watchRoots(binanceUsdm, load('futures-broken.html')).map((r) => r.getAttribute('name'))).toEqual(['header', 'orderForm', 'positions']);
  });
});

describe('which pages are trading pages', () => {
  it.each([
    ['https://www.binance.com/en/futures/BTCUSDT', 'BTCUSDT'],
    ['https://www.binance.com/zh-CN/futures/ETHUSDT?type=perpetual', 'ETHUSDT'],
    ['https://www.binance.com/futures/1000PEPEUSDT', '1000PEPEUSDT'],
    ['https://www.binance.com/en/futures/BTCUSDC', 'BTCUSDC'],
  ])('%s is %s', (url, symbol) => {
    expect(binanceUsdm.page(new URL(url))?.symbol).toBe(symbol);
    expect(adapterFor(new URL(url))).toBe(binanceUsdm);
  });

  it.each([
    'https://www.binance.com/en/futures/home',
    'https://www.binance.com/en/trade/BTC_USDT',
    'https://www.binance.com/en/futures/BTCUSDT/extra',
    'http://www.binance.com/en/futures/BTCUSDT',
    'https://evil.example/en/futures/BTCUSDT',
    'https://www.binance.com/en/futures/USDT',
  ])('%s is not', (url) => {
    expect(binanceUsdm.page(new URL(url))).toBeNull();
    expect(adapterFor(new URL(url))).toBeNull();
    expect(readPage(binanceUsdm, load('futures-btcusdt.html'), new URL(url))).toBeNull();
  });

  it('leaves COIN-M pages (/delivery/) to the COIN-M adapter', () => {
    const url = new URL('https://www.binance.com/en/delivery/BTCUSD_PERP');
    expect(binanceUsdm.page(url)).toBeNull();
    expect(adapterFor(url)?.venue).toBe('binance-coinm');
  });

  it('declares manifest match patterns that cover its pages', () => {
    for (const a of adapters) expect(a.matches.length).toBeGreaterThan(0);
    const toRegex = (p: string) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const covered = (url: string) => binanceUsdm.matches.some((m) => toRegex(m).test(url));
    expect(covered('https://www.binance.com/en/futures/BTCUSDT')).toBe(true);
    expect(covered('https://www.binance.com/futures/BTCUSDT')).toBe(true);
    expect(covered('https://www.binance.com/en/delivery/BTCUSD_PERP')).toBe(false);
  });
});

describe('readPageAndAnchors', () => {
  it('gives the same snapshot and anchors as the two separate calls', () => {
    for (const [name, url] of [['futures-btcusdt.html', EN], ['futures-btcusdt-zh.html', ZH], ['futures-broken.html', EN]] as const) {
      const doc = load(name);
      const both = readPageAndAnchors(binanceUsdm, doc, url)!;
      expect(both.snapshot).toEqual(readPage(binanceUsdm, doc, url));
      const anchors = findAnchors(binanceUsdm, doc, url);
      expect([...both.anchors.positions.entries()]).toEqual([...anchors.positions.entries()]);
      expect(both.anchors.order).toBe(anchors.order);
    }
    expect(readPageAndAnchors(binanceUsdm, load('futures-btcusdt.html'), new URL('https://www.binance.com/en/futures/home'))).toBeNull();
  });
});
