// @vitest-environment happy-dom
// Issue 21: on every venue's fixture page a stop-loss at or beyond the liquidation price is a danger
// warning, in the positions table's TP/SL column and typed in the order form. Stops are written into
// the page here, far beyond liquidation (half the mark) or just inside it (0.1 % from the mark), so the
// expectation needs no estimate: a long's liquidation lies between those two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Venue } from '../model/types';
import { bundledMarket } from '../market-data/lookup';
import type { PageSnapshot } from '../protocol/snapshot';
import { adapterFor } from '../sites';
import { readPage } from '../sites/read-page';
import { estimatePage } from './estimate-page';

const NOW = Date.parse('2026-11-22T00:00:00Z');

interface Page {
  venue: Venue;
  file: string;
  url: string;
  /** The words the warning adds about the venue's stop trigger (src/background/stop-warning.ts). */
  trigger: RegExp;
  /** The order side whose resulting position is on that side (the fixture's header says what it holds). */
  orderSide: 'long' | 'short';
}

const LAST = /triggers on the last price by default while liquidation follows the mark price/;
const UNKNOWN = /which price triggers a stop on .+ is not confirmed/;

const pages: Page[] = [
  { venue: 'binance-usdm', file: 'binance/futures-btcusdt.html', url: 'https://www.binance.com/en/futures/BTCUSDT', trigger: LAST, orderSide: 'long' },
  { venue: 'bybit', file: 'bybit/trade-usdt-btcusdt.html', url: 'https://www.bybit.com/trade/usdt/BTCUSDT', trigger: LAST, orderSide: 'long' },
  { venue: 'okx', file: 'okx/trade-swap-btc-usdt-swap.html', url: 'https://www.okx.com/trade-swap/btc-usdt-swap', trigger: LAST, orderSide: 'long' },
  { venue: 'hyperliquid', file: 'hyperliquid/trade-btc.html', url: 'https://app.hyperliquid.xyz/trade/BTC', trigger: UNKNOWN, orderSide: 'short' },
  { venue: 'bitget', file: 'bitget/futures-usdt-btcusdt.html', url: 'https://www.bitget.com/futures/usdt/BTCUSDT', trigger: UNKNOWN, orderSide: 'long' },
];

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8'), 'text/html');
}

function read(doc: Document, url: string): PageSnapshot {
  const u = new URL(url);
  const snapshot = readPage(adapterFor(u)!, doc, u);
  if (!snapshot) throw new Error(`${url} not read`);
  return snapshot;
}

/** The first row's TP/SL cell: the first cell reading "-- / --". */
function firstStopCell(doc: Document): Element {
  const cell = Array.from(doc.querySelectorAll('td, [role="gridcell"]')).find((c) => c.textContent?.trim() === '-- / --');
  if (!cell) throw new Error('no TP/SL cell');
  return cell;
}

/** A price as the fixtures print them: thousands commas, one decimal. */
const printed = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe.each(pages)('$venue ($file)', ({ file, url, trigger, orderSide }) => {
  it("the positions table's stop beyond liquidation is a danger warning on that position; one inside it is none", () => {
    const doc = load(file);
    const first = read(doc, url).positions!.rows[0]!;
    expect(first.side.ok && first.markPrice.ok).toBe(true);
    const side = first.side.ok ? first.side.value : 'long';
    const mark = Number(first.markPrice.ok ? first.markPrice.value : NaN);
    const cell = firstStopCell(doc);

    // Long: half the mark is below any liquidation price at these leverages; short: twice the mark above it.
    cell.textContent = `-- / ${printed(side === 'long' ? mark / 2 : mark * 2)}`;
    let result = estimatePage(read(doc, url), bundledMarket(NOW));
    let position = result.positions.find((p) => p.key === first.key)!;
    const warning = position.warnings?.find((w) => w.kind === 'stop-beyond-liquidation');
    expect(warning?.message).toMatch(side === 'long' ? /stop-loss .* is at or below the liquidation price/ : /stop-loss .* is at or above the liquidation price/);
    expect(warning?.message).toMatch(trigger);

    cell.textContent = `-- / ${printed(side === 'long' ? mark * 0.999 : mark * 1.001)}`;
    result = estimatePage(read(doc, url), bundledMarket(NOW));
    position = result.positions.find((p) => p.key === first.key)!;
    expect(position.warnings?.some((w) => w.kind === 'stop-beyond-liquidation') ?? false).toBe(false);
  });

  it('a stop typed with the order, found by its label, beyond the liquidation of the position it opens or adds to is a danger warning on that side', () => {
    const doc = load(file);
    const before = read(doc, url);
    const mark = Number(before.market.markPrice.ok ? before.market.markPrice.value : NaN);
    // Half the mark below a long, twice it above a short: beyond any liquidation at these leverages.
    const stopAt = orderSide === 'long' ? mark / 2 : mark * 2;
    const stop = printed(stopAt);
    const adapter = adapterFor(new URL(url))!;
    const hooked = adapter.order.stopLoss!.hooks.map((h) => doc.querySelector<HTMLInputElement>(h)).find((el) => el !== null);
    if (hooked) hooked.setAttribute('value', stop);
    else {
      // A form item "<label> <input>" at the end of the form (the box holding the price and size
      // inputs), labelled as the adapter declares it.
      const typed = (value: string) => Array.from(doc.querySelectorAll('input')).find((i) => i.value.replace(/,/g, '') === value)!;
      const size = typed(before.order!.size.ok ? before.order!.size.value.amount : '');
      const price = typed(before.order!.price.ok ? before.order!.price.value : '');
      let form = size.parentElement!;
      while (!form.contains(price)) form = form.parentElement!;
      const item = doc.createElement('div');
      const label = doc.createElement('span');
      label.textContent = adapter.order.stopLoss!.labels['en']![0]!;
      const input = doc.createElement('input');
      input.setAttribute('value', stop);
      item.append(label, input);
      form.append(item);
    }
    const snapshot = read(doc, url);
    expect(snapshot.order!.stopLoss).toEqual({ ok: true, value: stop.replace(/,/g, '') });
    const result = estimatePage(snapshot, bundledMarket(NOW)).order![orderSide];
    expect(result.estimate).toMatch(/^\d/);
    const warning = result.warnings.find((w) => w.kind === 'stop-beyond-liquidation');
    expect(warning?.message).toMatch(orderSide === 'long' ? /stop-loss .* is at or below the liquidation price/ : /stop-loss .* is at or above the liquidation price/);
    expect(warning?.message).toMatch(trigger);
    expect(warning?.side).toBe(orderSide);
  });
});
