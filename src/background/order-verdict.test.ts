// @vitest-environment happy-dom
// Issue 21: the pre-trade estimate judged against the page's own pre-trade liquidation figure, with the
// positions' compare(). Binance's order form shows "Liq. Price" per side; the correct figures are worked
// out in each fixture's header (docs/rules/binance.md §2.3): USDⓈ-M long 57,308.4002, short 57,228.9157;
// COIN-M long 57,490.2100, short 64,206.1611.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import { adapterFor } from '../sites';
import { readPage } from '../sites/read-page';
import { estimatePage } from './estimate-page';

const D = Decimal.clone({ precision: 40 });
const NOW = Date.parse('2026-11-22T00:00:00Z');

function estimate(file: string, url: string, edit: (doc: Document) => void = () => undefined) {
  const doc = new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8'), 'text/html');
  edit(doc);
  const u = new URL(url);
  return estimatePage(readPage(adapterFor(u)!, doc, u)!, bundledMarket(NOW)).order!;
}

/** Replaces a text node's exact text in the page. */
function retext(doc: Document, from: string, to: string): void {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.includes(from)) n.textContent = n.textContent.replace(from, to);
}

describe('the order panel against the page figure', () => {
  it('Binance USDⓈ-M: both sides agree with "57,308.4 USDT" and "57,228.9 USDT"', () => {
    const order = estimate('binance/futures-btcusdt.html', 'https://www.binance.com/en/futures/BTCUSDT');
    expect([order.long.displayed, order.long.verdict]).toEqual(['57308.4', 'agree']);
    expect([order.short.displayed, order.short.verdict]).toEqual(['57228.9', 'agree']);
  });

  it('Binance COIN-M: both sides agree with "57,490.2 USD" and "64,206.2 USD"', () => {
    const order = estimate('binance/delivery-btcusd-perp.html', 'https://www.binance.com/en/delivery/BTCUSD_PERP');
    expect([order.long.displayed, order.long.verdict]).toEqual(['57490.2', 'agree']);
    expect([order.short.displayed, order.short.verdict]).toEqual(['64206.2', 'agree']);
  });

  it('a page figure 1,000 away differs, by the relative difference worked out here', () => {
    const order = estimate('binance/futures-btcusdt.html', 'https://www.binance.com/en/futures/BTCUSDT', (doc) => retext(doc, '57,308.4', '58,308.4'));
    const lp = new D(36050).sub('1802.5').div(new D('0.6').mul('0.996'));
    const expected = lp.sub('58308.4').div('58308.4').mul(100);
    expect(order.long.verdict).toBe('differs');
    expect(new D(order.long.differencePercent!).sub(expected).abs().lte('0.005')).toBe(true);
    expect(order.short.verdict).toBe('agree');
  });

  it('no verdict where the page shows no pre-trade figure (Bybit)', () => {
    const order = estimate('bybit/trade-usdt-btcusdt.html', 'https://www.bybit.com/trade/usdt/BTCUSDT');
    expect(order.long.displayed).toBeNull();
    expect(order.long.verdict).toBeUndefined();
  });
});
