// @vitest-environment happy-dom
// readChangedPanels (src/sites/read-page.ts) as the content script uses it: whatever it reuses, the
// snapshot must equal a full read of the same DOM (readPage, the reader every adapter test checks
// against the fixtures), and it must be the very same object exactly when nothing it holds changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../sites/binance-usdm';
import { readChangedPanels, readPage, type PageReading } from '../sites/read-page';

const FIXTURE = join(process.cwd(), 'tests/fixtures/binance/futures-btcusdt.html');
const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

function load(): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
}

function first(doc: Document): PageReading {
  const reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, () => true);
  if (!reading) throw new Error('not read as a trading page');
  return reading;
}

function again(doc: Document, previous: PageReading, mayHaveChanged: (roots: readonly Element[]) => boolean, url = URL_EN): PageReading {
  const reading = readChangedPanels(binanceUsdm, doc, url, previous, mayHaveChanged);
  if (!reading) throw new Error('not read as a trading page');
  return reading;
}

function el(doc: Document, selector: string): Element {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

describe('readChangedPanels', () => {
  it('reads what readPage reads', () => {
    const doc = load();
    expect(first(doc).snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
  });

  it('nothing changed: the very same snapshot object, without reading', () => {
    const doc = load();
    const one = first(doc);
    let asked = 0;
    const two = again(doc, one, () => {
      asked += 1;
      return false;
    });
    expect(two.snapshot).toBe(one.snapshot);
    expect(asked).toBeGreaterThan(0);
  });

  it('panels re-read with the same values keep their objects: the same snapshot object', () => {
    const doc = load();
    const one = first(doc);
    const two = again(doc, one, () => true);
    expect(two.snapshot).toBe(one.snapshot);
  });

  it('a mark tick re-reads the header only; the rest keeps its objects and the whole equals a full read', () => {
    const doc = load();
    const one = first(doc);
    const header = el(doc, 'div[name="header"]');
    el(doc, '[data-fx="header-mark"]').textContent = '61,234.5';
    const two = again(doc, one, (roots) => roots.some((r) => r === header || r.contains(header) || header.contains(r)));
    expect(two.snapshot).not.toBe(one.snapshot);
    expect(two.snapshot.market.markPrice).toEqual({ ok: true, value: '61234.5' });
    expect(two.snapshot.order).toBe(one.snapshot.order);
    expect(two.snapshot.positions).toBe(one.snapshot.positions);
    expect(two.snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
  });

  it('a panel whose root was replaced is re-read even when the caller says nothing changed', () => {
    const doc = load();
    const one = first(doc);
    const form = el(doc, 'div[name="orderForm"]');
    const copy = form.cloneNode(true) as Element;
    (copy.querySelector('[data-fx="size"]') as HTMLInputElement).value = '0.250';
    form.replaceWith(copy);
    const two = again(doc, one, () => false);
    expect(two.snapshot.order).not.toEqual(one.snapshot.order);
    expect(two.anchors.order).toBe(copy);
    expect(two.snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
  });

  it('another URL re-reads every panel even when the caller says nothing changed', () => {
    const doc = load();
    const one = first(doc);
    const eth = new URL('https://www.binance.com/en/futures/ETHUSDT');
    const two = again(doc, one, () => false, eth);
    expect(two.snapshot.symbol).toBe('ETHUSDT');
    expect(two.snapshot).toEqual(readPage(binanceUsdm, doc, eth));
  });

  it('position cells re-rendered with the same text: the same view, the new cells as anchors', () => {
    const doc = load();
    const one = first(doc);
    const positions = el(doc, 'div[name="positions"]');
    positions.replaceChildren(...[...positions.childNodes].map((n) => n.cloneNode(true)));
    const two = again(doc, one, () => true);
    expect(two.snapshot).toBe(one.snapshot);
    const [key, oldCell] = [...one.anchors.positions][0] ?? [];
    expect(key).toBeDefined();
    const newCell = two.anchors.positions.get(key as string);
    expect(newCell?.isConnected).toBe(true);
    expect(newCell).not.toBe(oldCell);
  });
});
