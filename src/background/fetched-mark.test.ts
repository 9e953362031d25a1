// Mark price for a page that shows none: fetched from the venue's public endpoint (premiumIndex for
// Binance), used for seconds, and named in the answer. The page's own mark always wins.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { estimatePage } from './estimate-page';
import type { FetchFunction } from '../market-data/fetch-json';
import { MARK_FRESH_MS, MarketService } from '../market-data/market-service';
import { TableStore } from '../market-data/table-store';
import { bapiBrackets, BINANCE_BTCUSDT_2024 } from '../market-data/testing/venue-answers';
import { order, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
const NOW = Date.parse('2026-11-22T10:30:00Z');
// §2.3, one isolated long: LP = (Q·EP − WB − cum) / (Q·(1 − MMR)); a market order of 2 BTC at 20x
// filled at the mark, so WB = 2 · mark / 20.
const longLp = (mark: string, mmr = '0.004', cum = '0') => new D(2).mul(mark).sub(new D(2).mul(mark).div(20)).sub(cum).div(new D(2).mul(new D(1).sub(mmr)));

function setup() {
  const clock = { now: NOW };
  const calls: string[] = [];
  const fetch: FetchFunction = async (url) => {
    calls.push(url);
    if (url.includes('premiumIndex')) return new Response(JSON.stringify({ symbol: 'BTCUSDT', markPrice: '50000.00', lastFundingRate: '0.00010000' }));
    return new Response(JSON.stringify(bapiBrackets({ BTCUSDT: BINANCE_BTCUSDT_2024 })));
  };
  const updates: string[][] = [];
  const service = new MarketService({ store: new TableStore(memoryArea()), fetch, now: () => clock.now, onUpdate: (_v, s) => updates.push(s) });
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { clock, calls, updates, service, settle };
}

const marketOrder = order({ type: 'market', size: '2', leverage: '20', mode: 'isolated' });

describe('a mark price the page does not show', () => {
  it('is fetched from premiumIndex, then used for a market order with a note saying where it came from', async () => {
    const { calls, updates, service, settle } = setup();
    const page = snapshot({ order: marketOrder });
    const first = estimatePage(page, await service.lookupFor(page));
    expect(first.order!.long.estimate).toBe('unknown');
    await settle();
    expect(calls).toContain('https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT');
    expect(updates).toContainEqual(['BTCUSDT']);
    const second = estimatePage(page, await service.lookupFor(page));
    const lp = new D(second.order!.long.estimate);
    // By then the 2024-10-24 table was fetched too: ~95,000 notional at the LP is its tier 2 (0.5 %, cum 50).
    expect(lp.sub(longLp('50000', '0.005', '50')).abs().lte('1e-9')).toBe(true);
    expect(second.order!.long.assumptions).toContain('mark price 50000.00 from fapi.binance.com at 10:30:00 UTC (the page shows none)');
  });

  it('the page\'s own mark wins: no fetch, no note', async () => {
    const { calls, service, settle } = setup();
    const page = snapshot({ mark: '40000', order: marketOrder });
    const result = estimatePage(page, await service.lookupFor(page));
    await settle();
    expect(calls.some((u) => u.includes('premiumIndex'))).toBe(false);
    expect(new D(result.order!.long.estimate).sub(longLp('40000')).abs().lte('1e-9')).toBe(true);
    expect(result.order!.long.assumptions.join(' ')).not.toContain('from fapi.binance.com');
  });

  it('a fetched mark is used for seconds only', async () => {
    const { clock, service, settle } = setup();
    const page = snapshot({ order: marketOrder });
    await service.lookupFor(page);
    await settle();
    clock.now += MARK_FRESH_MS;
    expect(estimatePage(page, await service.lookupFor(page)).order!.long.estimate).toBe('unknown');
  });
});
