// The worker's market data under a hostile page (issue 17, finding 5): page text becomes a symbol,
// so a symbol cell with a changing word must not become a request and a storage entry per variant.
import { describe, expect, it } from 'vitest';
import { estimatePage } from '../background/estimate-page';
import { row, snapshot } from '../background/testing/make-snapshot';
import { memoryArea } from '../platform/key-value-area';
import type { PositionView } from '../protocol/snapshot';
import type { FetchFunction } from './fetch-json';
import { MarketService, symbolsOf } from './market-service';
import { BUDGET_WINDOW_MS, MAX_REQUESTS_IN_FLIGHT, NEW_SYMBOLS_PER_WINDOW } from './fetch-budget';
import { MAX_TABLES_PER_VENUE, TableStore } from './table-store';
import { bybitRiskLimit, hyperliquidMeta } from './testing/venue-answers';

const NOW = Date.parse('2026-11-22T10:30:00Z');

function setup() {
  const clock = { now: NOW };
  const calls: string[] = [];
  const updates: string[][] = [];
  const area = memoryArea();
  const fetch: FetchFunction = async (url) => {
    calls.push(url);
    const symbol = new URL(url).searchParams.get('symbol') ?? '';
    return new Response(JSON.stringify(url.includes('hyperliquid') ? hyperliquidMeta() : bybitRiskLimit(symbol)));
  };
  const service = new MarketService({ store: new TableStore(area), fetch, now: () => clock.now, onUpdate: (_venue, symbols) => updates.push(symbols) });
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { clock, calls, updates, area, service, settle };
}

const position = (symbol: string): PositionView => row({ symbol, side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' });
const bybitPage = (rowSymbol: string) => snapshot({ venue: 'bybit', symbol: 'BTCUSDT', mark: '100000', rows: [position(rowSymbol)] });
const storedKeys = (area: ReturnType<typeof memoryArea>) => [...area.data.keys()].filter((k) => k.startsWith('tiers:'));

describe('symbols from the page are checked before any request or storage', () => {
  it('a burst of 160 junk symbols (a changing word in the cell) makes no request and stores nothing for them', async () => {
    const { calls, area, service, settle } = setup();
    for (let i = 1; i <= 160; i++) await service.lookupFor(bybitPage(`ETHUSDT${String(i).padStart(4, '0')}`));
    await settle();
    // The page's own symbol (from the URL) is a real one: its table is fetched once.
    expect(calls.filter((url) => !url.includes('symbol=BTCUSDT'))).toEqual([]);
    // One table: its tiers and its instrument's facts, one request each.
    expect(calls.map((url) => new URL(url).pathname)).toEqual(['/v5/market/risk-limit', '/v5/market/instruments-info']);
    expect(storedKeys(area)).toEqual(['tiers:bybit:BTCUSDT']);
  });

  it('a row the reader could not identify is no symbol to fetch, even when its text has a symbol shape', () => {
    const unidentified = { ...position('ETHUSDT'), unidentified: 'Symbol: not understood' };
    const page = snapshot({ venue: 'bybit', symbol: 'BTCUSDT', mark: '100000', rows: [unidentified, position('SOLUSDT')] });
    expect(symbolsOf(page)).toEqual(['BTCUSDT', 'SOLUSDT']);
  });

  it('a page symbol without the venue shape is not fetched for a mark price either', async () => {
    const { calls, area, service, settle } = setup();
    await service.lookupFor(snapshot({ venue: 'bybit', symbol: 'BTCUSDT<x>', rows: [] }));
    await settle();
    expect(calls).toEqual([]);
    expect(storedKeys(area)).toEqual([]);
  });

  it('an old entry whose key is no symbol is not re-fetched by the daily refresh', async () => {
    const { calls, area, service } = setup();
    await area.set({ 'tiers:bybit:ETHUSDT0001': { failure: { at: NOW, reason: 'x' } } });
    await service.refreshAll();
    expect(calls).toEqual([]);
  });
});

describe('a fetch budget: new symbols per venue per window, and requests in flight', () => {
  // Hyperliquid coins are short capitals, so a changing word can keep the shape ("ETH0001"): the
  // budget is what bounds those.
  const hyperliquidPage = (coin: string) => snapshot({ venue: 'hyperliquid', symbol: 'BTC', mark: '100000', rows: [position(coin)] });
  const coins = (n: number) => Array.from({ length: n }, (_, i) => `X${String(i + 1).padStart(4, '0')}`);

  it(`asks for at most ${NEW_SYMBOLS_PER_WINDOW} new symbols of a venue per window; the rest say why, without a request`, async () => {
    const { calls, area, service, settle, clock } = setup();
    const lookups = [];
    for (const coin of coins(160)) lookups.push(await service.lookupFor(hyperliquidPage(coin)));
    await settle();
    // The page's BTC counts as one of the window's new symbols.
    const stored = storedKeys(area);
    expect(stored).toHaveLength(NEW_SYMBOLS_PER_WINDOW);
    expect(calls.length).toBeLessThanOrEqual(NEW_SYMBOLS_PER_WINDOW);
    const last = lookups.at(-1)!;
    expect(last.tierTable('hyperliquid', 'X0160')).toBeNull();
    expect(last.refreshFailure!('hyperliquid', 'X0160')?.reason).toBe(
      `not requested: ${NEW_SYMBOLS_PER_WINDOW} new symbols of this venue were asked for in the last 10 minutes`,
    );
    // The estimate of that row: cannot verify, and why.
    const [estimate] = estimatePage(hyperliquidPage('X0160'), last).positions;
    expect(estimate).toMatchObject({ symbol: 'X0160', estimate: 'unknown' });
    expect(estimate!.reasons.join(' ')).toContain('no tier table for X0160: not requested: 40 new symbols');
    // Other venues keep their own budget.
    await service.lookupFor(bybitPage('ETHUSDT'));
    await settle();
    expect(storedKeys(area)).toContain('tiers:bybit:ETHUSDT');
    // A window later, the budget is back.
    clock.now += BUDGET_WINDOW_MS;
    await service.lookupFor(hyperliquidPage('X0160'));
    await settle();
    expect(storedKeys(area)).toContain('tiers:hyperliquid:X0160');
  });

  it(`has at most ${MAX_REQUESTS_IN_FLIGHT} requests in flight; the others wait their turn`, async () => {
    let inFlight = 0;
    let most = 0;
    const waiting: (() => void)[] = [];
    const fetch: FetchFunction = async (url) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight--;
      return new Response(JSON.stringify(bybitRiskLimit(new URL(url).searchParams.get('symbol') ?? '')));
    };
    const area = memoryArea();
    const service = new MarketService({ store: new TableStore(area), fetch, now: () => NOW, onUpdate: () => undefined });
    for (let i = 1; i <= 30; i++) await service.lookupFor(bybitPage(`COIN${i}USDT`));
    for (let round = 0; round < 200 && storedKeys(area).length < 31; round++) {
      await new Promise((r) => setTimeout(r, 0));
      waiting.splice(0).forEach((resolve) => resolve());
    }
    expect(storedKeys(area)).toHaveLength(31);
    expect(most).toBe(MAX_REQUESTS_IN_FLIGHT);
  });
});

describe('stored tables are bounded and pruned', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const bybitRows = (...symbols: string[]) => snapshot({ venue: 'bybit', symbol: symbols[0]!, mark: '100000', rows: symbols.map(position) });

  it('the daily refresh re-fetches only symbols a page used in the last 7 days, and drops those unused for 30', async () => {
    const { calls, clock, area, service, settle } = setup();
    await service.lookupFor(bybitRows('BTCUSDT', 'ETHUSDT', 'SOLUSDT'));
    await settle();
    expect(storedKeys(area)).toHaveLength(3);
    // Day 8: only BTCUSDT is still on a page.
    clock.now += 8 * DAY;
    await service.lookupFor(bybitRows('BTCUSDT'));
    await settle();
    calls.length = 0;
    await service.refreshAll();
    expect(calls.filter((url) => url.includes('/risk-limit')).map((url) => new URL(url).searchParams.get('symbol'))).toEqual(['BTCUSDT']);
    expect(calls.every((url) => new URL(url).searchParams.get('symbol') === 'BTCUSDT')).toBe(true);
    // Day 31: ETHUSDT and SOLUSDT have not been on a page for 31 days; BTCUSDT was used on day 8.
    clock.now += 23 * DAY;
    await service.refreshAll();
    expect(storedKeys(area)).toEqual(['tiers:bybit:BTCUSDT']);
  });

  it(`keeps at most ${MAX_TABLES_PER_VENUE} tables per venue, dropping the least recently used`, async () => {
    const { clock, area, service, settle } = setup();
    const symbols = Array.from({ length: MAX_TABLES_PER_VENUE + 20 }, (_, i) => `C${i + 1}USDT`);
    for (const [i, symbol] of symbols.entries()) {
      // A new symbol every five minutes: inside the fetch budget, and ten hours in all.
      clock.now += 5 * 60 * 1000;
      await service.lookupFor(bybitRows(symbol));
      await settle();
      // C1USDT stays on a page all along.
      if (i % 10 === 0) await service.lookupFor(bybitRows('C1USDT'));
    }
    await settle();
    const kept = storedKeys(area);
    expect(kept).toHaveLength(MAX_TABLES_PER_VENUE);
    expect(kept).toContain('tiers:bybit:C1USDT');
    expect(kept).toContain(`tiers:bybit:C${MAX_TABLES_PER_VENUE + 20}USDT`);
    expect(kept).not.toContain('tiers:bybit:C2USDT');
  });

  it('an entry whose key is no symbol, or whose value is unreadable, is removed', async () => {
    const { area, service } = setup();
    await area.set({ 'tiers:bybit:ETHUSDT0001': { failure: { at: NOW, reason: 'x' } }, 'tiers:bybit:BTCUSDT': 'garbage', 'tiers:nowhere:BTCUSDT': {}, 'settings:x': 1 });
    await service.refreshAll();
    expect(storedKeys(area)).toEqual([]);
    expect(area.data.has('settings:x')).toBe(true);
  });

  it('a stored value read back is checked: a decimal with a huge exponent is no table', async () => {
    const { area, service } = setup();
    const tiers = [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }];
    const stored = (contractSize: string) => ({ table: { tiers, fetchedAt: NOW, source: 'x', contractSize }, usedAt: NOW });
    await area.set({ 'tiers:okx:BTC-USDT-SWAP': stored('1e999999999'), 'tiers:okx:ETH-USDT-SWAP': stored('0.1') });
    const page = snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', mark: '100000', rows: [position('ETH-USDT-SWAP')] });
    const lookup = await service.lookupFor(page);
    expect(lookup.tierTable('okx', 'BTC-USDT-SWAP')).toMatchObject({ origin: 'bundled' });
    expect(lookup.tierTable('okx', 'ETH-USDT-SWAP')).toMatchObject({ origin: 'fetched', contractSize: '0.1' });
  });
});
