// @vitest-environment happy-dom
// The hostile variants of the Binance page (src/sites/testing/fixture-variants.ts) read as the trader
// sees them: the figure the page shows, never the hidden text beside it, the hidden copy of a panel or
// text written into a shadow host. Expectations are the visible text of the fixture written as a decimal.
import { describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView } from '../protocol/snapshot';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { makeSight } from './dom/sight';
import { segmentedTextOf, textOf } from './dom/text';
import { readChangedPanels, readPage } from './read-page';
import { fixturePage } from './testing/fixture-pages';
import { htmlNodes } from './testing/html';

const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

function load(path: string): Document {
  return new DOMParser().parseFromString(fixturePage(path), 'text/html');
}

function read(doc: Document): PageSnapshot {
  const snap = readPage(binanceUsdm, doc, URL_EN);
  if (!snap) throw new Error('not read as a trading page');
  return snap;
}

function row(snap: PageSnapshot, symbol: string, mode?: 'isolated' | 'cross'): PositionView {
  const r = snap.positions?.rows.find((p) => p.symbol === symbol && (!mode || (p.marginMode.ok && p.marginMode.value === mode)));
  if (!r) throw new Error(`no row ${symbol}`);
  return r;
}

describe('hostile pages read as the trader sees them', () => {
  it.each(['hostile/off-screen-text.html', 'hostile/invisible-text.html'])('%s: the Liq.Price shown, not the hidden text around it', (path) => {
    const doc = load(path);
    // The trap is set: all of the cell's text would read as the estimate.
    expect(doc.querySelector('[data-fx-symbol="ETHUSDT"]')!.children[5]!.textContent).toBe('4,233.07 (3,400.00)');
    expect(row(read(doc), 'ETHUSDT').liquidationPrice).toEqual({ ok: true, value: '3400.00' });
  });

  it('a hidden copy of the positions panel placed first is passed over', () => {
    const snap = read(load('hostile/decoy-positions-panel.html'));
    expect(snap.positions?.rows.map((r) => r.symbol)).toEqual(['BTCUSDT', 'ETHUSDT', 'SOLUSDT']);
    expect(row(snap, 'ETHUSDT').liquidationPrice).toEqual({ ok: true, value: '3400.00' });
    expect(snap.positions?.declaredCount).toEqual({ ok: true, value: 3 });
  });

  it('a hidden row holding a position is kept and marked, not dropped', () => {
    const snap = read(load('hostile/hidden-leg.html'));
    expect(snap.positions?.rows).toHaveLength(4);
    const leg = row(snap, 'BTCUSDT', 'cross');
    expect(leg.unidentified).toBe('the page holds a position in a row it does not show ("BTCUSDT")');
    expect(leg.size).toEqual({ ok: true, value: { amount: '0.200', unit: 'base' } });
    // The rows the trader sees are read as before.
    expect(row(snap, 'BTCUSDT', 'isolated').unidentified).toBeUndefined();
    expect(row(snap, 'ETHUSDT').unidentified).toBeUndefined();
  });

  it('text written into a shadow host, which shows only its shadow root, is not read', () => {
    const doc = load('binance/futures-btcusdt.html');
    const cell = doc.querySelector('[data-fx-symbol="ETHUSDT"]')!.children[5]!;
    const host = doc.createElement('span');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(doc.createTextNode('agrees'));
    host.append(doc.createTextNode('4,233.07'));
    cell.append(host);
    expect(cell.textContent).toBe('3,400.004,233.07');
    expect(row(read(doc), 'ETHUSDT').liquidationPrice).toEqual({ ok: true, value: '3400.00' });
  });

  it("the extension's own elements are never read, slotted or not", () => {
    const doc = load('binance/futures-btcusdt.html');
    const cell = doc.querySelector('[data-fx-symbol="ETHUSDT"]')!.children[5]!;
    const own = doc.createElement('span');
    own.attachShadow({ mode: 'open' }).append(doc.createElement('slot'));
    own.append(doc.createTextNode(' (1)'));
    cell.replaceChildren(doc.createTextNode('4,233.07'), own);
    const sight = () => makeSight({ layout: false, own: (el) => el === own });
    const reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true }, sight);
    expect(reading?.snapshot.positions?.rows.find((r) => r.symbol === 'ETHUSDT')?.liquidationPrice).toEqual({ ok: true, value: '4233.07' });
  });
});

describe('textOf and segmentedTextOf with a sight', () => {
  const sight = () => makeSight({ layout: false });
  const el = (markup: string) => {
    const div = document.createElement('div');
    div.append(...htmlNodes(markup));
    document.body.append(div);
    return div;
  };

  it.each([
    ['display: none', '<span style="display: none">9</span>1,000.5'],
    ['the hidden attribute', '<span hidden>9</span>1,000.5'],
    ['opacity 0', '1,000.5<span style="opacity: 0">9</span>'],
    ['font size 0', '1,000.5<span style="font-size: 0">9</span>'],
    ['clip-path inset 50 %', '1,000.5<span style="clip-path: inset(50%)">9</span>'],
    ['far off-screen', '1,000.5<span style="position: absolute; left: -9999px">9</span>'],
    ['visibility: hidden', '1,000.5<span style="visibility: hidden">9</span>'],
    ['zero size with overflow hidden', '1,000.5<span style="display: inline-block; width: 0; height: 0; overflow: hidden">9</span>'],
    ['max-height 0 with overflow clip', '1,000.5<div style="max-height: 0; overflow: clip">9</div>'],
  ])('leaves out text hidden by %s', (_, markup) => {
    const node = el(markup);
    expect(textOf(node)).toMatch(/9/);
    expect(textOf(node, sight())).toBe('1,000.5');
    expect(segmentedTextOf(node, sight())).toBe('1,000.5');
  });

  it('reads a shown child of a visibility: hidden parent', () => {
    expect(textOf(el('<span style="visibility: hidden">9<span style="visibility: visible">1,000.5</span></span>'), sight())).toBe('1,000.5');
  });

  it('reads shown text as textContent does', () => {
    const node = el('<b>BTCUSDT</b><i>Perp</i> <span>Cross <em>10x</em></span>');
    expect(textOf(node, sight())).toBe(textOf(node));
    expect(segmentedTextOf(node, sight())).toBe(segmentedTextOf(node));
  });
});
