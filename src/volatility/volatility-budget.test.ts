// Candles are fetched per symbol, so they share the tier tables' budget (issue 17, finding 5): a
// page that keeps changing a coin-shaped word must not cause a candle request per variant.
import { describe, expect, it } from 'vitest';
import { row, snapshot } from '../background/testing/make-snapshot';
import { NEW_SYMBOLS_PER_WINDOW } from '../market-data/fetch-budget';
import type { FetchFunction } from '../market-data/fetch-json';
import { memoryArea } from '../platform/key-value-area';
import { VolatilityService } from './volatility-service';
import { MAX_VOLATILITIES_PER_VENUE, VolatilityStore } from './volatility-store';

const NOW = Date.parse('2026-11-22T10:30:00Z');

describe('VolatilityService under a burst of symbols', () => {
  it(`fetches candles for at most ${NEW_SYMBOLS_PER_WINDOW} new symbols of a venue per window`, async () => {
    let requests = 0;
    const fetch: FetchFunction = async () => {
      requests++;
      return new Response('[]');
    };
    const service = new VolatilityService({ store: new VolatilityStore(memoryArea()), fetch, now: () => NOW });
    for (let i = 1; i <= 160; i++) {
      const coin = `X${String(i).padStart(4, '0')}`;
      await service.lookupFor(snapshot({ venue: 'hyperliquid', symbol: 'BTC', mark: '1', rows: [row({ symbol: coin, side: 'long', mode: 'isolated', size: '1', entry: '1', mark: '1' })] }));
    }
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    // BTC and 39 of the coins.
    expect(requests).toBe(NEW_SYMBOLS_PER_WINDOW);
  });
});

describe('VolatilityStore is bounded and pruned', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const stored = (at: number) => ({
    volatility: { annualised: '0.6', source: 'x', asOf: new Date(at).toISOString(), fetchedAt: new Date(at).toISOString(), samples: 168 },
  });

  it(`keeps at most ${MAX_VOLATILITIES_PER_VENUE} symbols per venue (the most recent), drops values 30 days old and keys that are no symbol`, async () => {
    const area = memoryArea({
      'volatility:bybit:ETHUSDT0001': stored(NOW),
      'volatility:bybit:OLDUSDT': stored(NOW - 31 * DAY),
      'volatility:bybit:RECENTUSDT': stored(NOW - 29 * DAY),
      'other:key': 1,
    });
    for (let i = 1; i <= MAX_VOLATILITIES_PER_VENUE + 20; i++) await area.set({ [`volatility:hyperliquid:C${i}`]: stored(NOW - (200 - i) * 60_000) });
    await new VolatilityStore(area).prune(NOW);
    const keys = [...area.data.keys()];
    expect(keys.filter((k) => k.startsWith('volatility:bybit:'))).toEqual(['volatility:bybit:RECENTUSDT']);
    const hyperliquid = keys.filter((k) => k.startsWith('volatility:hyperliquid:'));
    expect(hyperliquid).toHaveLength(MAX_VOLATILITIES_PER_VENUE);
    expect(hyperliquid).not.toContain('volatility:hyperliquid:C20');
    expect(hyperliquid).toContain('volatility:hyperliquid:C21');
    expect(keys).toContain('other:key');
  });

  it('a fetch that stores a new symbol prunes the store', async () => {
    const area = memoryArea({ 'volatility:hyperliquid:OLD': stored(NOW - 40 * DAY) });
    const fetch: FetchFunction = async () => new Response('[]');
    const service = new VolatilityService({ store: new VolatilityStore(area), fetch, now: () => NOW });
    await service.refresh('hyperliquid', 'BTC');
    expect([...area.data.keys()]).toEqual(['volatility:hyperliquid:BTC']);
  });
});
