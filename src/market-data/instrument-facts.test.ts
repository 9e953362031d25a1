// An instrument's facts travel with its tier table: fetched beside it, checked, stored, read back
// checked again, and looked up with the table; a failed instrument answer costs the facts, never the
// tiers. The instruments answer is Bybit's docs example (data/sources/bybit/instruments-info-linear-BTCUSDT-docs.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bybitRiskLimit } from './testing/venue-answers';
import { fetchTierTables } from './fetch-tier-tables';
import type { FetchFunction } from './fetch-json';
import { checkInstrumentFacts } from './instrument-facts';
import { marketLookup } from './lookup';
import { TableStore } from './table-store';
import { memoryArea } from '../platform/key-value-area';
import { bybitEndpoints } from '../venues/bybit/endpoints';

const instrumentsInfo = readFileSync('data/sources/bybit/instruments-info-linear-BTCUSDT-docs.json', 'utf8');
const NOW = Date.parse('2026-09-17T00:00:00Z');

function fetchWith(instruments: () => Response): FetchFunction {
  return async (url) => (url.includes('/instruments-info') ? instruments() : new Response(JSON.stringify(bybitRiskLimit('BTCUSDT'))));
}
const fetchTable = async (fetch: FetchFunction) => (await fetchTierTables(bybitEndpoints, ['BTCUSDT'], { fetch })).get('BTCUSDT')!;

describe('facts fetched beside the tiers', () => {
  it('the instruments answer gives the table its tick, funding interval and settle coin', async () => {
    const table = await fetchTable(fetchWith(() => new Response(instrumentsInfo)));
    expect(table).toMatchObject({ ok: true, instrument: { priceTick: '0.10', fundingIntervalHours: '8', settlementAsset: 'USDT' } });
  });

  it.each<[string, () => Response]>([
    ['an HTTP error', () => new Response('busy', { status: 503 })],
    ['an answer without the symbol', () => new Response(JSON.stringify({ retCode: 0, result: { list: [] } }))],
    ['a tick that is no number', () => new Response(instrumentsInfo.replace('"tickSize": "0.10"', '"tickSize": "ten"'))],
    ['a funding interval of 10 days', () => new Response(instrumentsInfo.replace('"fundingInterval": 480', '"fundingInterval": 14400'))],
  ])('%s: the tiers stay, without facts', async (_case, answer) => {
    const table = await fetchTable(fetchWith(answer));
    expect(table.ok).toBe(true);
    expect(table.ok && table.instrument).toBeUndefined();
  });
});

describe('the checks', () => {
  it.each([
    [{ priceTick: '0' }],
    [{ priceTick: '-0.1' }],
    [{ priceTick: '1e-400' }],
    [{ fundingIntervalHours: '0' }],
    [{ fundingIntervalHours: '25' }],
    [{ settlementAsset: '<img>' }],
    [{ priceRule: { significantFigures: 5, maxDecimals: -1 } }],
    [{ priceRule: { significantFigures: 5 } }],
    [{ priceRule: '5 figures' }],
    ['0.1'],
  ])('refuse %o', (facts) => {
    expect(checkInstrumentFacts(facts).ok).toBe(false);
  });

  it('keep what passes', () => {
    expect(checkInstrumentFacts({ priceTick: '0.00001', fundingIntervalHours: '4', settlementAsset: 'USDT' })).toEqual({ ok: true, facts: { priceTick: '0.00001', fundingIntervalHours: '4', settlementAsset: 'USDT' } });
    expect(checkInstrumentFacts({ priceRule: { significantFigures: 5, maxDecimals: 1 } })).toEqual({ ok: true, facts: { priceRule: { significantFigures: 5, maxDecimals: 1 } } });
  });
});

describe('stored and looked up', () => {
  const tiers = [{ floor: '0', cap: '2000000', maintenanceMarginRate: '0.005', maintenanceAmount: '0' }];

  it('a fetched table\'s facts are its own, dated with the fetch', async () => {
    const store = new TableStore(memoryArea());
    await store.writeTable('bybit', 'ETHUSDT', { tiers, fetchedAt: NOW, source: 'test', instrument: { priceTick: '0.01', fundingIntervalHours: '4' } });
    const table = marketLookup(NOW, 'bybit', await store.read('bybit', ['ETHUSDT'])).tierTable('bybit', 'ETHUSDT');
    expect(table).toMatchObject({ origin: 'fetched', instrument: { priceTick: '0.01', fundingIntervalHours: '4' }, instrumentDate: '2026-09-17' });
  });

  it('a fetched Hyperliquid table keeps its price rule, dated with the fetch', async () => {
    const store = new TableStore(memoryArea());
    const priceRule = { significantFigures: 5, maxDecimals: 1 };
    await store.writeTable('hyperliquid', 'BTC', { tiers, fetchedAt: NOW, source: 'test', instrument: { priceRule } });
    const table = marketLookup(NOW, 'hyperliquid', await store.read('hyperliquid', ['BTC'])).tierTable('hyperliquid', 'BTC');
    expect(table).toMatchObject({ origin: 'fetched', instrument: { priceRule }, instrumentDate: '2026-09-17' });
  });

  it('a stored table with malformed facts (an older version, a bad write) is not read back', async () => {
    const area = memoryArea();
    const store = new TableStore(area);
    await store.writeTable('bybit', 'ETHUSDT', { tiers, fetchedAt: NOW, source: 'test', instrument: { priceTick: 'NaN' } });
    expect((await store.read('bybit', ['ETHUSDT'])).get('ETHUSDT')?.table).toBeUndefined();
  });

  it('a fetched table without facts takes the recorded ones (Bybit docs example, 2025-01-02)', async () => {
    const store = new TableStore(memoryArea());
    await store.writeTable('bybit', 'BTCUSDT', { tiers, fetchedAt: NOW, source: 'test' });
    const table = marketLookup(NOW, 'bybit', await store.read('bybit', ['BTCUSDT'])).tierTable('bybit', 'BTCUSDT');
    expect(table).toMatchObject({ origin: 'fetched', instrument: { priceTick: '0.10', fundingIntervalHours: '8' }, instrumentDate: '2025-01-02' });
  });
});

describe('a fetched answer without a tick', () => {
  it('keeps its own facts and takes the tick from the recorded answer, dated with it (OKX instruments, 2025-10-24)', async () => {
    const store = new TableStore(memoryArea());
    const tiers = [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004' }];
    await store.writeTable('okx', 'BTC-USDT-SWAP', { tiers, contractSize: '0.01', fetchedAt: NOW, source: 'test', instrument: { settlementAsset: 'USDT' } });
    const table = marketLookup(NOW, 'okx', await store.read('okx', ['BTC-USDT-SWAP'])).tierTable('okx', 'BTC-USDT-SWAP');
    expect(table).toMatchObject({ origin: 'fetched', instrument: { priceTick: '0.1', settlementAsset: 'USDT' }, instrumentDate: '2025-10-24' });
  });
});
