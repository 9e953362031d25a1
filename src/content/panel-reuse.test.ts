// @vitest-environment happy-dom
// readChangedPanels (src/sites/read-page.ts) as the content script uses it: whatever it reuses, the
// snapshot must equal a full read of the same DOM (readPage, the reader every adapter test checks
// against the fixtures), and it must be the very same object exactly when nothing it holds changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { readChangedPanels, readPage, type PageReading } from '../sites/read-page';
import { ChangedNodes } from './changed-nodes';
import { OBSERVE, reportRecords } from './page-watcher';

const FIXTURE = join(process.cwd(), 'tests/fixtures/binance/futures-btcusdt.html');
const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

function load(): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
}

function first(doc: Document): PageReading {
  const reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true });
  if (!reading) throw new Error('not read as a trading page');
  return reading;
}

function again(doc: Document, previous: PageReading, changed: (elements: readonly Element[]) => boolean, url = URL_EN, relocate = true): PageReading {
  const reading = readChangedPanels(binanceUsdm, doc, url, previous, { changed, relocate });
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

/**
 * The content script's loop in small: a MutationObserver over the page reporting through the
 * watcher's own rule (reportRecords) into ChangedNodes, and each reading between full reads told
 * `relocate: false` unless the watcher said it does not know what changed.
 */
function tracked(doc: Document) {
  const changes = new ChangedNodes();
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.body, OBSERVE);
  let reading = first(doc);
  if (reading.anchors.order) changes.noteInputValues(reading.anchors.order);
  changes.clear();
  const relocations: boolean[] = [];
  return {
    get reading() {
      return reading;
    },
    relocations,
    read(forceRelocate = false): PageReading {
      reportRecords(observer.takeRecords(), () => false, (node) => changes.add(node), (node) => changes.has(node));
      if (reading.anchors.order) changes.noteInputValues(reading.anchors.order);
      const relocate = forceRelocate || changes.everything;
      relocations.push(relocate);
      // As the content script does right before a reading (cells re-rendered as they were are dropped).
      changes.dropUnchanged();
      const next = readChangedPanels(binanceUsdm, doc, URL_EN, reading, { changed: (els) => changes.touch(els, () => true), relocate });
      if (!next) throw new Error('not read as a trading page');
      changes.clear();
      reading = next;
      return next;
    },
  };
}

/** Replaces the text node, the way React re-renders a changed text child. */
function setText(el: Element, text: string): void {
  el.textContent = text;
}

describe('readChangedPanels between full reads (relocate: false)', () => {
  it('a mark tick re-reads the ticked row only, goes straight to the labels, and equals a full read', () => {
    const doc = load();
    const t = tracked(doc);
    const before = t.reading.snapshot;
    const row = el(doc, '[data-fx="row"]');
    setText(el(doc, '[data-fx="header-mark"]'), '61,234.5');
    setText(row.querySelector('[data-fx="mark"]') as Element, '61,234.5');
    setText(row.querySelector('[data-fx="pnl"]') as Element, '+617.25 USDT (+10.29%)');
    const next = t.read();
    expect(t.relocations).toEqual([false]);
    expect(next.snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    expect(next.snapshot.market.markPrice).toEqual({ ok: true, value: '61234.5' });
    const rows = next.snapshot.positions?.rows ?? [];
    const old = before.positions?.rows ?? [];
    expect(rows.length).toBeGreaterThan(1);
    // The ticked row is a new object; every other row is the very same object as before.
    expect(rows.filter((r, i) => r !== old[i]).map((r) => r.key)).toEqual([old[0]?.key]);
  });

  it('a label that no longer says the label is looked for afresh', () => {
    const doc = load();
    const t = tracked(doc);
    const header = el(doc, 'div[name="header"]');
    const label = [...header.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent?.trim() === 'Mark');
    expect(label).toBeDefined();
    setText(label as Element, 'Index');
    const next = t.read();
    expect(t.relocations).toEqual([false]);
    expect(next.snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    expect(next.snapshot.market.markPrice.ok).toBe(false);
  });

  it('a positions column header renamed in place is read again: equals a full read', () => {
    const doc = load();
    const t = tracked(doc);
    const size = [...doc.querySelectorAll('div[name="positions"] [role="columnheader"]')].find((h) => h.textContent?.trim() === 'Size');
    expect(size?.firstChild?.nodeType).toBe(3);
    (size!.firstChild as Text).data = 'Funding';
    const next = t.read();
    expect(t.relocations).toEqual([false]);
    expect(next.snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    expect(next.snapshot.positions?.rows ?? []).toEqual([]);
  });

  it('a market strip found by content: kept while its label shows, without searching the page; looked for afresh when it goes', () => {
    const doc = load();
    // No hint: the strip is found by its "Mark" label, searched for over the whole body.
    const header = el(doc, 'div[name="header"]');
    header.removeAttribute('name');
    const t = tracked(doc);
    expect(t.reading.snapshot.market.markPrice.ok).toBe(true);
    const walks = vi.spyOn(doc, 'createTreeWalker');
    const bodyWalks = () => walks.mock.calls.filter(([root]) => root === doc.body).length;
    setText(el(doc, '[data-fx="header-mark"]'), '61,234.5');
    expect(t.read().snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    expect(t.relocations).toEqual([false]);
    const fullReadWalks = bodyWalks();
    walks.mockClear();
    setText(el(doc, '[data-fx="header-mark"]'), '61,240.0');
    const next = t.read();
    expect(next.snapshot.market.markPrice).toEqual({ ok: true, value: '61240.0' });
    expect(bodyWalks()).toBe(0);
    expect(fullReadWalks).toBeGreaterThan(0); // readPage above: what a full read does
    // The label renamed: the strip is looked for afresh, as a full read would.
    const label = [...header.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent?.trim() === 'Mark');
    setText(label as Element, 'Index');
    expect(t.read().snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    walks.mockRestore();
  });

  it('a row added, removed or a header moved: equals a full read', () => {
    const doc = load();
    const t = tracked(doc);
    const row = el(doc, '[data-fx="row"]');
    row.parentElement?.append(row.cloneNode(true));
    expect(t.read().snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    row.remove();
    expect(t.read().snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    const headers = [...doc.querySelectorAll('div[name="positions"] [role="columnheader"]')];
    expect(headers.length).toBeGreaterThan(2);
    headers[0]?.parentElement?.append(headers[0]);
    expect(t.read().snapshot).toEqual(readPage(binanceUsdm, doc, URL_EN));
    // The removal alone needs no relocation; an element added (the row, the moved header) does.
    expect(t.relocations).toEqual([true, false, true]);
  });

  it('300 random edits of the watched panels, a reading after each: always equal to a full read', () => {
    const doc = load();
    const t = tracked(doc);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const panels = ['div[name="header"]', 'div[name="positions"]', 'div[name="account"]', 'div[name="orderForm"]'].map((s) => el(doc, s));
    const texts = ['61,234.5', '57,228.9', '--', '0.500 BTC', '-0.250 BTC', '+12.00 USDT', '-3.50 USDT (-1.2%)', '8,000.00 USDT', '', 'N/A', 'Mark', '12.5%'];
    for (let step = 0; step < 300; step++) {
      const panel = pick(panels);
      const elements = [...panel.querySelectorAll('*')];
      const target = pick(elements);
      const kind = random();
      if (!target) {
        // This panel was emptied by earlier steps.
      } else if (kind < 0.7) {
        // A value re-rendered: the text of an element without element children.
        const leaves = elements.filter((e) => e.children.length === 0);
        if (leaves.length > 0) setText(pick(leaves), pick(texts));
      } else if (kind < 0.8) {
        target.remove();
      } else if (kind < 0.9) {
        target.parentElement?.insertBefore(target.cloneNode(true), target);
      } else if (target instanceof HTMLInputElement) {
        target.value = pick(texts);
        target.dispatchEvent(new Event('input', { bubbles: true }));
      } else target.setAttribute('class', pick(['', 'active', 'css-1x']));
      const next = t.read(random() < 0.05);
      expect(next.snapshot, `after step ${step}`).toEqual(readPage(binanceUsdm, doc, URL_EN));
    }
    // Most readings went straight to where the last one found things.
    expect(t.relocations.filter((r) => !r).length).toBeGreaterThan(150);
  });
});
