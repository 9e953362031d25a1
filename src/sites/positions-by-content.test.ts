// @vitest-environment happy-dom
// The positions panel found by what it says (src/sites/find-positions.ts, dom/find-grid.ts): the same
// two positions written as a <table>, an ARIA grid and a div list (the real Binance rows of 2026,
// docs/real-pages.md §3), with no class or name any adapter knows, read the same. The figures expected
// are the page's own texts below; side, unit and mode follow from the cells as a trader reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { okx } from '../venues/okx/page';
import type { PageSnapshot } from '../protocol/snapshot';
import { readChangedPanels, readPage, watchRoots } from './read-page';

const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

const HEADERS = ['Symbol', 'Size', 'Entry Price', 'Mark Price', 'Liq.Price', 'Margin Ratio', 'Margin', 'PNL(ROI %)'];
const SYMBOL_CELL = (sym: string, mode: string, lev: string) =>
  `<div><span>${sym}</span><span>Perp</span></div><div><span>${mode}</span> <span>${lev}</span></div>`;
// BTCUSDT isolated long 20x and ETHUSDT cross short 10x (the figures of tests/fixtures/binance/futures-btcusdt.html).
const ROWS = [
  [SYMBOL_CELL('BTCUSDT', 'Isolated', '20x'), '0.500 BTC', '60,000.0', '61,000.0', '57,228.9', '6.10%', '2,000.00 USDT', '+500.00 USDT (+33.33%)'],
  [SYMBOL_CELL('ETHUSDT', 'Cross', '10x'), '-4.000 ETH', '3,000.00', '2,950.00', '4,233.07', '0.91%', '1,180.00 USDT', '+200.00 USDT (+16.67%)'],
];

const tabs = (positions = 'Positions(2)', openOrders = 'Open Orders(0)') =>
  `<div role="tablist"><div role="tab" aria-selected="true">${positions}</div><div role="tab" aria-selected="false">${openOrders}</div></div>`;

function table(headers = HEADERS, rows = ROWS): string {
  const tr = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${tr(headers, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('')}</tbody></table>`;
}

function ariaGrid(headers = HEADERS, rows = ROWS): string {
  const row = (cells: string[], role: string) => `<div role="row">${cells.map((c) => `<div role="${role}">${c}</div>`).join('')}</div>`;
  return `<div role="grid">${row(headers, 'columnheader')}<div role="rowgroup">${rows.map((r) => row(r, 'gridcell')).join('')}</div></div>`;
}

/** Real Binance rows (2026): `.list-item-container` > row body > cells, beside a part that is no cell. */
function divList(headers = HEADERS, rows = ROWS, extraCell = ''): string {
  const cells = (list: string[]) => list.map((c) => `<div class="flex items-center">${c}</div>`).join('');
  const row = (r: string[]) => `<div class="list-item-container"><div class="row-body"><div class="cells">${cells(r)}${extraCell}</div><div class="tp-sl-line"></div></div></div>`;
  return `<div class="list"><div class="list-header">${cells(headers)}</div><div class="list-body">${rows.map(row).join('')}</div></div>`;
}

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><body>${body}</body></html>`, 'text/html');
}

function positionsOf(body: string): NonNullable<PageSnapshot['positions']> | null {
  return readPage(binanceUsdm, page(body), URL_EN)?.positions ?? null;
}

/** What a trader reads off the two rows: the page's texts, without grouping. */
function expectTheTwoPositions(positions: PageSnapshot['positions']): void {
  expect(positions).not.toBeNull();
  const rows = positions!.rows;
  expect(rows.map((r) => [r.symbol, r.side, r.marginMode, r.leverage, r.entryPrice, r.markPrice, r.liquidationPrice])).toEqual([
    ['BTCUSDT', { ok: true, value: 'long' }, { ok: true, value: 'isolated' }, { ok: true, value: '20' }, { ok: true, value: '60000.0' }, { ok: true, value: '61000.0' }, { ok: true, value: '57228.9' }],
    ['ETHUSDT', { ok: true, value: 'short' }, { ok: true, value: 'cross' }, { ok: true, value: '10' }, { ok: true, value: '3000.00' }, { ok: true, value: '2950.00' }, { ok: true, value: '4233.07' }],
  ]);
  expect(rows.map((r) => r.size)).toEqual([
    { ok: true, value: { amount: '0.500', unit: 'base' } },
    { ok: true, value: { amount: '4.000', unit: 'base' } },
  ]);
  expect(rows.every((r) => r.unidentified === undefined)).toBe(true);
  expect(positions!.declaredCount).toEqual({ ok: true, value: 2 });
}

describe('the positions grid found by its header texts', () => {
  it.each([
    ['a <table>', table()],
    ['an ARIA grid', ariaGrid()],
    ['a div list whose cells sit two levels inside each row', divList()],
  ])('%s reads the two positions', (_, grid) => {
    expectTheTwoPositions(positionsOf(`<div class="bottom">${tabs()}${grid}</div>`));
  });

  it('reads the same with the columns reordered and a hidden column, in every markup', () => {
    const order = [3, 0, 7, 2, 1, 6, 4, 5];
    const headers = [...order.map((i) => HEADERS[i]!), 'Break Even Price'];
    const rows = ROWS.map((r) => [...order.map((i) => r[i]!), '60,030.0']);
    const hide = (html: string) => html.replace(/<(th|div role="columnheader"|div role="gridcell"|td)>(Break Even Price|60,030\.0)</g, '<$1 style="display:none">$2<');
    for (const grid of [hide(table(headers, rows)), hide(ariaGrid(headers, rows))]) {
      expectTheTwoPositions(positionsOf(`<div>${tabs()}${grid}</div>`));
    }
  });

  it('a div list whose rows have a hidden cell more than the header (cells are the shown children)', () => {
    expectTheTwoPositions(positionsOf(`<div>${tabs()}${divList(HEADERS, ROWS, '<div class="flex" style="display:none">hidden</div>')}</div>`));
  });

  it('the count comes from the Positions tab wherever it is on the page', () => {
    const deep = (html: string) => `<main><section><div><div><div>${html}</div></div></div></section></main>`;
    expectTheTwoPositions(positionsOf(`<header>${tabs()}</header>${deep(divList())}`));
  });

  it('a second tab system with its own Open Orders, reusing pane ids, is not the positions pane', () => {
    // The right-hand trade panel first: its "Open Orders" tab controls a pane with the same id as the
    // bottom Positions pane, and that pane holds a grid of another symbol.
    const decoy = [[SYMBOL_CELL('XRPUSDT', 'Cross', '5x'), '100 XRP', '0.5000', '0.5100', '0.1000', '1.00%', '10.00 USDT', '+1.00 USDT (+10.00%)']];
    const right = `<aside><div role="tablist"><div role="tab" aria-controls="pane-1">Open Orders(3)</div><div role="tab" aria-controls="pane-0">Trade</div></div>`
      + `<div id="pane-1">${table(HEADERS, decoy)}</div></aside>`;
    const bottom = `<section><div role="tablist"><div role="tab" aria-controls="pane-1">Positions(2)</div><div role="tab" aria-controls="pane-2">Open Orders(0)</div></div>`
      + `<div id="pane-1">${divList()}</div></section>`;
    expectTheTwoPositions(positionsOf(`${right}${bottom}`));
  });
});

describe('no positions, or cannot read them', () => {
  const empty = (count: string, below = '') => `<div>${tabs(count)}${table(HEADERS, [])}${below}</div>`;

  it('a grid with no rows and no count is "cannot read", not "none"', () => {
    const positions = positionsOf(empty('Positions'));
    expect(positions).not.toBeNull();
    expect(positions!.rows).toEqual([]);
    expect(positions!.declaredCount.ok).toBe(false);
  });

  it('"Positions(0)" says there are none', () => {
    expect(positionsOf(empty('Positions(0)'))).toEqual({ rows: [], declaredCount: { ok: true, value: 0 } });
  });

  it("the page's own empty-state text, with no count, says there are none", () => {
    expect(positionsOf(empty('Positions', '<div class="empty">You have no position.</div>'))).toEqual({ rows: [], declaredCount: { ok: true, value: 0 } });
  });

  it('a row whose side nothing shows (unsigned size, mark at entry, no liquidation price) is refused', () => {
    const flat = [[SYMBOL_CELL('BTCUSDT', 'Isolated', '20x'), '0.500 BTC', '60,000.0', '60,000.0', '--', '6.10%', '1,500.00 USDT', '0.00 USDT (0.00%)']];
    const positions = positionsOf(`<div>${tabs('Positions(1)')}${divList(HEADERS, flat)}</div>`);
    expect(positions?.rows.map((r) => r.symbol)).toEqual(['BTCUSDT']);
    expect(positions!.rows[0]!.side.ok).toBe(false);
  });
});

describe('entry and mark told apart', () => {
  it('with no number in PnL, an entry other than the mark is not trusted (a swap of the two would not show)', () => {
    const noPnl = ROWS.map((r) => [...r.slice(0, 7), '--']);
    const positions = positionsOf(`<div>${tabs()}${table(HEADERS, noPnl)}</div>`);
    expect(positions?.rows.map((r) => r.entryPrice.ok)).toEqual([false, false]);
    expect(positions?.rows.map((r) => r.markPrice)).toEqual([{ ok: true, value: '61000.0' }, { ok: true, value: '2950.00' }]);
  });
});

describe('what the content script watches', () => {
  it("the panel the last reading found by content, and the whole page while it finds none", () => {
    // A full page (every panel found), its positions panel renamed to a class no adapter knows.
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/binance/futures-btcusdt.html'), 'utf8').replace('<div name="positions"', '<div class="p-x9"');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true });
    const watched = watchRoots(binanceUsdm, doc, reading);
    expect(watched).toContain(doc.querySelector('.p-x9'));
    expect(watched).not.toContain(doc.body);
    const bare = page('<nav>x</nav>');
    const none = readChangedPanels(binanceUsdm, bare, URL_EN, null, { changed: () => true, relocate: true });
    expect(watchRoots(binanceUsdm, bare, none)).toContain(bare.body);
  });
});

describe('a signed-out page', () => {
  it('the real OKX capture (2026-04-08, logged out) shows no panel and a Log in button: signed out', () => {
    const file = join(process.cwd(), 'tests/fixtures/okx/captures/okx-trade-swap-btc-usdt-swap-2026-04-08.html');
    const html = readFileSync(file, 'utf8').replace(/<link\b[^>]*>|<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const snap = readPage(okx, new DOMParser().parseFromString(html, 'text/html'), new URL('https://www.okx.com/trade-swap/btc-usdt-swap'));
    expect(snap?.positions?.signedOut).toBe(true);
    expect(snap?.positions?.rows).toEqual([]);
  });

  it('a Log In button and no panel: signed out; neither: no panel at all', () => {
    expect(positionsOf('<nav><button>Log In</button><a href="/register">Register</a></nav>')?.signedOut).toBe(true);
    expect(positionsOf('<nav><button>Deposit</button></nav>')).toBeNull();
  });

  it('a Log In button beside a positions panel is not signed out', () => {
    expect(positionsOf(`<nav><button>Log In</button></nav><div>${tabs()}${table()}</div>`)?.signedOut).toBeUndefined();
  });
});
