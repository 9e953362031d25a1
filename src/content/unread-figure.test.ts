// @vitest-environment happy-dom
// The order form is not read again between full reads for a figure no reading of it reads (its Max,
// Cost, Avbl). What must hold: whatever the filter skips, the reading equals a full read of the same
// DOM (readPage, the reader every adapter test checks against the fixtures); and it does skip the
// figures that follow the price, so that a tick that moves nothing read costs no reading of the form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { readChangedPanels, readPage, type PageReading } from '../sites/read-page';
import { ChangedNodes } from './changed-nodes';
import { reportRecords } from './page-watcher';
import { unreadFigure } from './unread-figure';

const FIXTURE = join(process.cwd(), 'tests/fixtures/binance/futures-btcusdt.html');
const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

interface Outcome {
  /** The form counted as changed for the reading between full reads. */
  formTouched: boolean;
  reading: PageReading;
  doc: Document;
}

/** Reads the fixture, makes `change`, and reads again between full reads as the content script does. */
function readAfter(change: (doc: Document) => void): Outcome {
  const doc = new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
  const first = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true })!;
  const form = first.anchors.order!;
  const changes = new ChangedNodes();
  changes.noteInputValues(form);
  changes.clear();
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
  change(doc);
  reportRecords(observer.takeRecords(), () => false, (node) => changes.add(node));
  observer.disconnect();
  changes.noteInputValues(form);
  const changed = (elements: readonly Element[]) =>
    changes.touch(elements, () => true, elements.length === 1 && elements[0] === form ? (node) => unreadFigure(node, first.roles) : undefined);
  const formTouched = changed([form]);
  const reading = readChangedPanels(binanceUsdm, doc, URL_EN, first, { changed, relocate: false })!;
  return { formTouched, reading, doc };
}

/** The value element beside the form's label `title` (the long side's, the first). */
function beside(doc: Document, title: string): Element {
  return doc.querySelector(`[name="orderForm"] [title="${title}"]`)!.nextElementSibling!;
}

describe("the order form's figures no reading reads", () => {
  it("Max, Cost and Avbl following the price: the form is not read again, and the reading is a full read's", () => {
    const out = readAfter((doc) => {
      beside(doc, 'Max').textContent = '1.700 BTC';
      beside(doc, 'Cost').firstChild!.nodeValue = '302.80 USDT';
      doc.querySelector('[name="orderForm"] .css-c8v7b6')!.textContent = '4,990.00 USDT';
    });
    expect(out.formTouched).toBe(false);
    expect(out.reading.snapshot).toEqual(readPage(binanceUsdm, out.doc, URL_EN));
  });

  it("the page's own Liq. Price in the form: read again, and the reading has the new figure", () => {
    const out = readAfter((doc) => {
      beside(doc, 'Liq. Price').textContent = '57,400.0 USDT';
    });
    expect(out.formTouched).toBe(true);
    expect(out.reading.snapshot).toEqual(readPage(binanceUsdm, out.doc, URL_EN));
    expect(out.reading.snapshot.order?.displayedLiquidation.long).toEqual({ ok: true, value: '57400.0' });
  });

  it('a leverage control ("20x", a figure with a lower-case unit), a size typed, a label renamed: read again', () => {
    const cases: ((doc: Document) => void)[] = [
      (doc) => (doc.querySelector('[data-fx="leverage"]')!.textContent = '25x'),
      (doc) => ((doc.querySelector('#unitAmount-7c2d') as HTMLInputElement).value = '0.200'),
      (doc) => (doc.querySelector('label[for="limitPrice-1f3a"]')!.textContent = 'Trigger Price'),
      (doc) => (doc.querySelector('[data-testid="unit-select-button"]')!.textContent = 'USDT'),
    ];
    for (const change of cases) {
      const out = readAfter(change);
      expect(out.formTouched).toBe(true);
      expect(out.reading.snapshot).toEqual(readPage(binanceUsdm, out.doc, URL_EN));
    }
  });

  it('a figure changed together with something the form reads: read again', () => {
    const out = readAfter((doc) => {
      beside(doc, 'Max').textContent = '1.700 BTC';
      doc.querySelector('[data-fx="leverage"]')!.textContent = '10x';
    });
    expect(out.formTouched).toBe(true);
    expect(out.reading.snapshot.order?.leverage).toEqual({ ok: true, value: '10' });
  });
});
