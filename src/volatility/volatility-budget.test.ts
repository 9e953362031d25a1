// Candles are fetched per symbol, so they share the tier tables' budget (issue 17, finding 5): a
// page that keeps changing a coin-shaped word must not cause a candle request per variant.
import { describe, expect, it } from 'vitest';
import { row, snapshot } from '../background/testing/make-snapshot';
import { NEW_SYMBOLS_PER_WINDOW } from '../market-data/fetch-budget';
import type { FetchFunction } from '../market-data/fetch-json';
import { memoryArea } from '../platform/key-value-area';
import { VolatilityService } from './volatility-service';
import { VolatilityStore } from './volatility-store';

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
