// @vitest-environment happy-dom
// Hyperliquid's bare /trade names no coin in its URL: the worker must not price the order form as any
// coin (no estimate, the reason named), while the position rows, each naming its own coin, are read
// and the isolated ones estimated exactly as on /trade/BTC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import { hyperliquid } from '../venues/hyperliquid/page';
import { readPage } from '../sites/read-page';
import { estimatePage } from './estimate-page';

const NOW = Date.parse('2026-11-22T00:00:00Z');
const html = readFileSync(join(process.cwd(), 'tests/fixtures/hyperliquid/trade-btc.html'), 'utf8');
const estimate = (url: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return estimatePage(readPage(hyperliquid, doc, new URL(url))!, bundledMarket(NOW));
};

describe('app.hyperliquid.xyz/trade (no coin in the URL)', () => {
  const named = estimate('https://app.hyperliquid.xyz/trade/BTC');
  const bare = estimate('https://app.hyperliquid.xyz/trade');

  it('gives no estimate for either side of the order form, and says why', () => {
    expect(named.order?.long.estimate).toMatch(/^\d/);
    for (const side of [bare.order!.long, bare.order!.short]) {
      expect(side.estimate).toBe('unknown');
      expect(side.displayed).toBeNull();
      expect(side.reasons.join(' ')).toContain('the URL names no coin');
    }
  });

  it('estimates the isolated rows as the page naming the coin does; the cross row only with a reason', () => {
    const byKey = new Map(named.positions.map((p) => [p.key, p]));
    expect(bare.positions.map((p) => p.key)).toEqual(named.positions.map((p) => p.key));
    for (const row of bare.positions) {
      const same = byKey.get(row.key)!;
      if (row.estimate === 'unknown') {
        // The worker takes the cross wallet's asset from the page's symbol, which this URL does not
        // name: refused, never a figure.
        expect(row.verdict).toBe('unknown');
        expect(row.reasons.join(' ')).toMatch(/cross margin/);
      } else {
        expect([row.estimate, row.verdict]).toEqual([same.estimate, same.verdict]);
      }
    }
    expect(bare.positions.filter((p) => p.estimate !== 'unknown').length).toBeGreaterThan(0);
  });
});
