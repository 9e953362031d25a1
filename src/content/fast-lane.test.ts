// @vitest-environment happy-dom
// Which of the page's own changes skip the streaming pace (issue 22): on the Binance fixture read by the
// real reader, each change is made to the DOM, its mutation records go through the watcher's
// reportRecords, each reported node's role is looked up as the content script does, and the batch is
// judged. Expected: a change to an input of an estimate (size, entry, leverage, margin, the
// exchange's Liq. Price, the form's leverage control, the cross wallet) is read at once; changes
// only to what follows the price (mark, PnL, ratio, Max, Margin Balance), or a margin moving with
// the mark in one commit (a tick), keep the pace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { readChangedPanels, type PageReading } from '../sites/read-page';
import { FastLane } from './fast-lane';
import { OBSERVE, reportRecords } from './page-watcher';

const FIXTURE = join(process.cwd(), 'tests/fixtures/binance/futures-btcusdt.html');
const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

interface Page {
  doc: Document;
  reading: PageReading;
  /** Makes `change` to the page as one batch (one commit) and says whether the lane reads it at once. */
  fast(change: () => void): boolean;
  el(selector: string): Element;
  /** The positions row of `symbol`, and its cell under the header `column`. */
  cell(symbol: string, column: string): Element;
}

function page(): Page {
  const doc = new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
  const reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true });
  if (!reading) throw new Error('not read as a trading page');
  const lane = new FastLane();
  const el = (selector: string) => {
    const found = doc.querySelector(selector);
    if (!found) throw new Error(`fixture has no ${selector}`);
    return found;
  };
  const headers = Array.from(doc.querySelectorAll('[role="columnheader"]')).map((h) => h.textContent?.trim());
  return {
    doc,
    reading,
    el,
    cell: (symbol, column) => el(`[data-fx-symbol="${symbol}"]`).children[headers.indexOf(column)]!,
    fast: (change) => {
      const observer = new MutationObserver(() => undefined);
      observer.observe(doc.body, OBSERVE);
      change();
      const records = observer.takeRecords();
      observer.disconnect();
      expect(records.length).toBeGreaterThan(0);
      reportRecords(records, () => false, (node) => {
        if (node) lane.note(reading.roles.of(node), node);
      });
      lane.endBatch(0);
      return lane.take(0);
    },
  };
}

/** The figure's text node replaced, as React commits a cell's only text child. */
function setFigure(cell: Element, text: string): void {
  const node = cell.firstChild;
  if (node && node.nodeType === 3) node.nodeValue = text;
  else cell.textContent = text;
}

/** One tick of the BTCUSDT row's price (61,000.0 -> 61,010.0): what the page re-renders with it. */
function tick(p: Page): void {
  setFigure(p.el('[data-fx="header-mark"]'), '61,010.0');
  setFigure(p.cell('BTCUSDT', 'Mark Price'), '61,010.0');
  setFigure(p.cell('BTCUSDT', 'Margin Ratio'), '6.10%');
  setFigure(p.cell('BTCUSDT', 'Margin'), '2,005.00 USDT');
  setFigure(p.cell('BTCUSDT', 'PNL(ROI %)'), '+505.00 USDT (+33.67%)');
}

describe('the fast lane: the page changed an input of an estimate', () => {
  it('a position size, an entry, a leverage: read at once', () => {
    const p = page();
    expect(p.fast(() => setFigure(p.cell('BTCUSDT', 'Size'), '0.600 BTC'))).toBe(true);
    expect(p.fast(() => setFigure(p.cell('ETHUSDT', 'Entry Price'), '3,010.00'))).toBe(true);
    // The leverage inside the symbol cell, two levels down.
    expect(p.fast(() => setFigure(p.cell('BTCUSDT', 'Symbol').querySelectorAll('span')[3]!, '10x'))).toBe(true);
  });

  it('the isolated margin alone (margin added), and the exchange Liq. Price alone: read at once', () => {
    const p = page();
    expect(p.fast(() => setFigure(p.cell('BTCUSDT', 'Margin'), '2,100.00 USDT'))).toBe(true);
    expect(p.fast(() => setFigure(p.cell('BTCUSDT', 'Liq.Price'), '57,128.5'))).toBe(true);
  });

  it('a size that moved in the same commit as a tick: read at once (a size never follows the price)', () => {
    const p = page();
    expect(
      p.fast(() => {
        tick(p);
        setFigure(p.cell('BTCUSDT', 'Size'), '0.600 BTC');
      }),
    ).toBe(true);
  });

  it("an isolated position's Liq.Price moving in the same commit as a tick: read at once (it rests on its own margin only)", () => {
    const p = page();
    expect(
      p.fast(() => {
        tick(p);
        setFigure(p.cell('BTCUSDT', 'Liq.Price'), '57,128.5');
      }),
    ).toBe(true);
  });

  it("the order form's leverage control and the account's wallet balance: read at once", () => {
    const p = page();
    expect(p.fast(() => setFigure(p.el('[data-fx="leverage"]'), '25x'))).toBe(true);
    const wallet = Array.from(p.doc.querySelectorAll('[name="account"] [title="Wallet Balance"]'))[0]!.nextElementSibling!;
    expect(p.fast(() => setFigure(wallet, '8,100.00 USDT'))).toBe(true);
  });
});

describe('the pace: changes that only follow the price', () => {
  it('a tick (mark, ratio, PnL and the margin with its PnL, in one commit) keeps the pace', () => {
    const p = page();
    expect(p.fast(() => tick(p))).toBe(false);
  });

  it("a cross position's Liq.Price moving in the same commit as a tick keeps the pace (it follows the other positions' PnL)", () => {
    const p = page();
    expect(
      p.fast(() => {
        tick(p);
        setFigure(p.cell('ETHUSDT', 'Liq.Price'), '3,301.00');
      }),
    ).toBe(false);
  });

  it('the PnL, the margin ratio, a row mark, the header mark alone keep the pace', () => {
    const p = page();
    expect(p.fast(() => setFigure(p.cell('ETHUSDT', 'PNL(ROI %)'), '+190.00 USDT (+15.83%)'))).toBe(false);
    expect(p.fast(() => setFigure(p.cell('ETHUSDT', 'Margin Ratio'), '0.92%'))).toBe(false);
    expect(p.fast(() => setFigure(p.cell('SOLUSDT', 'Mark Price'), '152.10'))).toBe(false);
    expect(p.fast(() => setFigure(p.el('[data-fx="header-mark"]'), '61,000.1'))).toBe(false);
  });

  it("the form's Max and Cost, and the account's Margin Balance, keep the pace", () => {
    const p = page();
    const beside = (root: string, title: string) => p.doc.querySelector(`${root} [title="${title}"]`)!.nextElementSibling!;
    expect(p.fast(() => setFigure(beside('[name="orderForm"]', 'Max'), '1.653 BTC'))).toBe(false);
    expect(p.fast(() => setFigure(beside('[name="orderForm"]', 'Cost'), '302.60 USDT'))).toBe(false);
    expect(p.fast(() => setFigure(beside('[name="account"]', 'Margin Balance'), '8,725.00 USDT'))).toBe(false);
  });

  it('a change the reader never read (an order book row added beside the panels) keeps the pace', () => {
    const p = page();
    const book = p.doc.createElement('div');
    p.doc.body.append(book);
    expect(p.fast(() => book.append('61,000.0 0.512'))).toBe(false);
  });
});

describe('a cell set again with what it held', () => {
  it('a page re-rendering every cell on every tick: the size and entry set as they were keep the pace', () => {
    const p = page();
    const everything = (mark: string) => () => {
      tick(p);
      p.cell('BTCUSDT', 'Mark Price').textContent = mark;
      p.cell('BTCUSDT', 'Size').textContent = '0.500 BTC';
      p.cell('BTCUSDT', 'Entry Price').textContent = '60,000.0';
    };
    // The records themselves say the size's and the entry's new text nodes hold the old text.
    expect(p.fast(everything('61,010.0'))).toBe(false);
    expect(p.fast(everything('61,020.0'))).toBe(false);
    expect(p.fast(everything('61,030.0'))).toBe(false);
  });

  it('a cell whose same text comes in other nodes: read the first time, then compared with what it held', () => {
    const p = page();
    const size = p.cell('BTCUSDT', 'Size');
    const text = size.textContent!;
    const split = () => size.replaceChildren(text.slice(0, 3), text.slice(3));
    // One text removed and two added: the records cannot tell; the lane compares the cell's content.
    expect(p.fast(split)).toBe(true);
    expect(p.fast(split)).toBe(false);
  });

  it('a margin changed while the mark is set again unchanged in the same commit: read at once', () => {
    const p = page();
    expect(p.fast(() => tick(p))).toBe(false);
    expect(
      p.fast(() => {
        p.cell('BTCUSDT', 'Mark Price').textContent = '61,010.0';
        setFigure(p.cell('BTCUSDT', 'Margin'), '2,105.00 USDT');
      }),
    ).toBe(true);
  });
});

describe('the roles outlive readings between full reads', () => {
  it('a row re-read after a tick, then a margin change alone: read at once', () => {
    const p = page();
    tick(p);
    const cells = ['Mark Price', 'Margin Ratio', 'Margin', 'PNL(ROI %)'].map((c) => p.cell('BTCUSDT', c));
    // Between full reads: only the ticked row is read again; the other cells keep their roles.
    const again = readChangedPanels(binanceUsdm, p.doc, URL_EN, p.reading, { changed: (els) => els.some((el) => cells.some((c) => el.contains(c))), relocate: false });
    expect(again?.roles).toBe(p.reading.roles);
    expect(again?.roles.of(p.cell('SOLUSDT', 'Size').firstChild!)).toBe('input');
    expect(p.fast(() => setFigure(p.cell('BTCUSDT', 'Margin'), '2,105.00 USDT'))).toBe(true);
  });
});

describe('the lane budget: a page whose "inputs" move on every tick', () => {
  it('is read at once no more often than a page that does not stream (10 a second, after a first burst of 4)', () => {
    const lane = new FastLane();
    let taken = 0;
    // 50 batches a second for 10 s, each changing an input.
    for (let ms = 0; ms < 10_000; ms += 20) {
      lane.note('input');
      lane.endBatch(ms);
      if (lane.take(ms)) taken += 1;
    }
    expect(taken).toBeGreaterThan(90);
    expect(taken).toBeLessThanOrEqual(10 * 10 + 4);
  });

  it('a lane refused by the budget is clear: the change is read at the pace, not later on this lane', () => {
    const lane = new FastLane();
    for (let i = 0; i < 10; i++) {
      lane.note('input');
      lane.endBatch(0);
      lane.take(0);
    }
    lane.note('input');
    lane.endBatch(0);
    expect(lane.take(0)).toBe(false);
    expect(lane.take(5_000)).toBe(false);
  });
});

describe('a streaming page whose mark the watcher no longer observes', () => {
  // Its batches come without the mark (page-watcher.ts leaves busy cells out), so "moved in a batch
  // without a price" no longer tells a follower's own change from a tick. The streaming page is read
  // once a second: a follower moving again within a second of its last move is following the price.
  const follower = () => {
    const cell = document.createElement('span');
    cell.append('1.00 USDT');
    return { cell, text: cell.firstChild as Text };
  };
  const moved = (lane: FastLane, text: Text, at: number, value: string) => {
    text.data = value;
    lane.note('follows-price', text);
    lane.endBatch(at);
    return lane.take(at);
  };

  it('a follower that keeps moving keeps the pace; one that moves after a still second is read at once', () => {
    const lane = new FastLane();
    lane.pricesUnobserved = true;
    const { text } = follower();
    expect(moved(lane, text, 0, '1.01 USDT')).toBe(true);
    const atPace = [200, 400, 600, 800, 1000, 2100].map((ms, i) => moved(lane, text, ms, `1.0${i + 2} USDT`));
    expect(atPace).toEqual([false, false, false, false, false, true]);
    // Still for 2.5 s, then margin added: read at once.
    expect(moved(lane, text, 4400, '101.00 USDT')).toBe(true);
  });

  it('while every cell is observed, a follower moving without a price is read at once however often it moves', () => {
    const lane = new FastLane();
    const { text } = follower();
    const fast = [0, 200, 400, 600].map((ms, i) => moved(lane, text, ms, `1.0${i + 1} USDT`));
    expect(fast).toEqual([true, true, true, true]);
  });
});
