// The worker's market data with a fake clock, an in-memory storage.local and fake endpoints: it
// answers with what it has, fetches what is missing or a day old, keeps the last good table when a
// refresh is refused, and says so.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { row, snapshot } from '../background/testing/make-snapshot';
import type { FetchFunction } from './fetch-json';
import { MarketService, REFRESH_AFTER_MS, RETRY_AFTER_FAILURE_MS } from './market-service';
import { TableStore } from './table-store';
import { bapiBrackets, BINANCE_BTCUSDT_2024, BINANCE_ETHUSDT_2024 } from './testing/venue-answers';

const NOW = Date.parse('2026-11-22T10:30:00Z');
const page = snapshot({
  mark: '100000',
  rows: [
    row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' }),
    row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' }),
  ],
});

function setup(answer: () => unknown) {
  const clock = { now: NOW };
  /** Requests of the brackets feed; the instrument answers beside it (exchangeInfo, fundingInfo) apart. */
  const calls: string[] = [];
  const factCalls: string[] = [];
  const updates: string[][] = [];
  const area = memoryArea();
  const fetch: FetchFunction = async (url) => {
    (url.startsWith('https://fapi.binance.com/') ? factCalls : calls).push(url);
    return new Response(JSON.stringify(answer()));
  };
  const service = new MarketService({ store: new TableStore(area), fetch, now: () => clock.now, onUpdate: (_venue, symbols) => updates.push(symbols) });
  /** Lets the fetch started by a lookup finish. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { clock, calls, factCalls, updates, area, service, settle };
}

const good = () => bapiBrackets({ BTCUSDT: BINANCE_BTCUSDT_2024, ETHUSDT: BINANCE_ETHUSDT_2024 });
const rateOfFive = () => {
  const tiers = structuredClone(BINANCE_BTCUSDT_2024);
  tiers[1]!.maintenanceMarginRate = '5';
  return bapiBrackets({ BTCUSDT: tiers, ETHUSDT: BINANCE_ETHUSDT_2024 });
};

describe('MarketService', () => {
  it('answers at once with the bundled table, fetches the feed once for both symbols, then uses the fetched table', async () => {
    const { calls, factCalls, updates, service, settle } = setup(good);
    const first = await service.lookupFor(page);
    expect(first.tierTable('binance-usdm', 'BTCUSDT')).toMatchObject({ origin: 'bundled', date: '2026-09-16' });
    await settle();
    expect(calls).toEqual(['https://www.binance.com/bapi/futures/v1/friendly/future/common/brackets']);
    // The instrument answers carry every symbol too: one request each for both symbols.
    expect(factCalls.sort()).toEqual(['https://fapi.binance.com/fapi/v1/exchangeInfo', 'https://fapi.binance.com/fapi/v1/fundingInfo']);
    expect(updates).toEqual([['BTCUSDT', 'ETHUSDT']]);
    const second = await service.lookupFor(page);
    expect(second.tierTable('binance-usdm', 'BTCUSDT')).toMatchObject({ origin: 'fetched', date: '2026-11-22', fetchedAt: NOW, tiers: BINANCE_BTCUSDT_2024 });
    expect(second.tierTable('binance-usdm', 'ETHUSDT')).toMatchObject({ origin: 'fetched', tiers: BINANCE_ETHUSDT_2024 });
    expect(second.refreshFailure!('binance-usdm', 'BTCUSDT')).toBeUndefined();
    await settle();
    expect(calls).toHaveLength(1); // fresh: no new fetch
  });

  it('re-fetches a table once it is a day old', async () => {
    const { clock, calls, service, settle } = setup(good);
    await service.lookupFor(page);
    await settle();
    clock.now += REFRESH_AFTER_MS - 1;
    await service.lookupFor(page);
    await settle();
    expect(calls).toHaveLength(1);
    clock.now += 1;
    await service.lookupFor(page);
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('a refused refresh keeps the last good table and is remembered with its reason', async () => {
    let answer = good;
    const { clock, service, settle } = setup(() => answer());
    await service.lookupFor(page);
    await settle();
    clock.now += REFRESH_AFTER_MS;
    answer = rateOfFive;
    await service.lookupFor(page);
    await settle();
    const lookup = await service.lookupFor(page);
    expect(lookup.tierTable('binance-usdm', 'BTCUSDT')).toMatchObject({ origin: 'fetched', fetchedAt: NOW, tiers: BINANCE_BTCUSDT_2024 });
    expect(lookup.refreshFailure!('binance-usdm', 'BTCUSDT')).toEqual({
      at: NOW + REFRESH_AFTER_MS,
      reason: 'www.binance.com sent a table that fails a check: tier 2 maintenance margin rate 5 is not in [0.001, 0.75]',
    });
    // ETHUSDT's table in the same answer was good.
    expect(lookup.tierTable('binance-usdm', 'ETHUSDT')).toMatchObject({ fetchedAt: NOW + REFRESH_AFTER_MS });
  });

  it('without any fetched table, a refused fetch leaves the bundled one; it is not retried on every snapshot', async () => {
    const { clock, calls, service, settle } = setup(() => ({}));
    await service.lookupFor(page);
    await settle();
    const lookup = await service.lookupFor(page);
    expect(lookup.tierTable('binance-usdm', 'BTCUSDT')).toMatchObject({ origin: 'bundled' });
    expect(lookup.refreshFailure!('binance-usdm', 'BTCUSDT')?.reason).toBe('www.binance.com sent an unexpected answer: the brackets feed has no data.brackets list');
    await settle();
    expect(calls).toHaveLength(1);
    clock.now += RETRY_AFTER_FAILURE_MS;
    await service.lookupFor(page);
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('a symbol with no bundled table has none until the fetch brings one', async () => {
    const sol = snapshot({ rows: [row({ symbol: 'ZZZUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100', mark: '100', margin: '10' })] });
    const { service, settle } = setup(() => bapiBrackets({ ZZZUSDT: BINANCE_ETHUSDT_2024 }));
    expect((await service.lookupFor(sol)).tierTable('binance-usdm', 'ZZZUSDT')).toBeNull();
    await settle();
    expect((await service.lookupFor(sol)).tierTable('binance-usdm', 'ZZZUSDT')).toMatchObject({ origin: 'fetched' });
  });

  it('the daily refresh re-fetches every stored symbol, fresh or not', async () => {
    const { calls, service, settle, updates } = setup(good);
    await service.lookupFor(page);
    await settle();
    await service.refreshAll();
    expect(calls).toHaveLength(2);
    expect(updates.at(-1)?.sort()).toEqual(['BTCUSDT', 'ETHUSDT']);
  });

  it('what storage holds is checked again when read: a corrupted entry is ignored', async () => {
    const { area, service } = setup(good);
    await area.set({ 'tiers:binance-usdm:BTCUSDT': { table: { tiers: [{ floor: '0', maintenanceMarginRate: '5' }], fetchedAt: NOW, source: 'x' } } });
    const lookup = await service.lookupFor(page);
    expect(lookup.tierTable('binance-usdm', 'BTCUSDT')).toMatchObject({ origin: 'bundled' });
  });
});
