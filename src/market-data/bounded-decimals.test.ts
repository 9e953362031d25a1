// Every boundary where a decimal string from outside becomes a Decimal refuses one with an absurd
// exponent or thousands of digits (issue 17, finding 6: "1e999999999" passed a check, and the model's
// toString() then wrote it out in full). Each boundary is fed the same absurd strings.
import { describe, expect, it } from 'vitest';
import type { Tier } from '../model/types';
import { memoryArea } from '../platform/key-value-area';
import { snapshot } from '../background/testing/make-snapshot';
import { hyperliquidMeta, okxInstruments, okxPositionTiers } from './testing/venue-answers';
import { BINANCE_BTCUSDT_2024 } from './testing/venue-answers';
import { candleEndpointFor } from '../volatility/candle-endpoints';
import { VolatilityStore } from '../volatility/volatility-store';
import { parseHyperliquidMeta } from '../venues/hyperliquid/endpoints';
import { okxEndpoints } from '../venues/okx/endpoints';
import { fetchTierTables } from './fetch-tier-tables';
import type { FetchFunction } from './fetch-json';
import { MarketService } from './market-service';
import { TableStore } from './table-store';
import { validateTiers } from './validate-tiers';

const ABSURD: [string, string][] = [
  ['an exponent of 999999999', '1e999999999'],
  ['an exponent of -999999999', '1e-999999999'],
  ['10,000 digits', `1${'0'.repeat(10_000)}`],
  ['10,000 decimal places', `0.${'0'.repeat(9_999)}1`],
  ['10,000 trailing zeros', `1.${'0'.repeat(10_000)}`],
];

/** A fetch that answers every URL with the same JSON. */
const answering = (json: unknown): FetchFunction => async () => new Response(JSON.stringify(json));

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

describe.each(ABSURD)('a decimal with %s is refused', (_name, absurd) => {
  it.each<[string, number, keyof Tier]>([
    ['a floor', 2, 'floor'],
    ['a cap', 2, 'cap'],
    ['a maintenance rate', 0, 'maintenanceMarginRate'],
    ['a maintenance amount', 0, 'maintenanceAmount'],
    ['a max leverage', 0, 'maxLeverage'],
  ])('by the tier check, as %s', (_field, index, field) => {
    const tiers = structuredClone(BINANCE_BTCUSDT_2024) as unknown as Record<string, unknown>[];
    tiers[index] = { ...tiers[index], [field]: absurd };
    const result = validateTiers(tiers);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not a decimal number/);
  });

  it('as a stored contract size read back from storage', async () => {
    const table = { tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }], fetchedAt: 1, source: 'x', contractSize: absurd };
    const entries = await new TableStore(memoryArea({ 'tiers:okx:SOL-USDT-SWAP': { table } })).read('okx', ['SOL-USDT-SWAP']);
    expect(entries.get('SOL-USDT-SWAP')?.table).toBeUndefined();
  });

  it('as a fetched contract value (OKX ctVal)', async () => {
    const fetch: FetchFunction = async (url) => new Response(JSON.stringify(url.includes('instruments') ? okxInstruments('SOL-USDT-SWAP', absurd) : okxPositionTiers('SOL-USDT')));
    const table = (await fetchTierTables(okxEndpoints, ['SOL-USDT-SWAP'], { fetch })).get('SOL-USDT-SWAP');
    expect(table?.ok).toBe(false);
  });

  it('as a fetched mark price or funding rate', async () => {
    for (const answer of [
      { symbol: 'BTCUSDT', markPrice: absurd },
      { symbol: 'BTCUSDT', markPrice: '61000.5', lastFundingRate: absurd },
    ]) {
      const service = new MarketService({ store: new TableStore(memoryArea()), fetch: answering(answer), now: () => 1, onUpdate: () => {} });
      await service.lookupFor(snapshot({}));
      await settle();
      const lookup = await service.lookupFor(snapshot({}));
      expect(lookup.markPrice?.('binance-usdm', 'BTCUSDT')).toBeUndefined();
    }
  });

  it('as a candle close', () => {
    expect(candleEndpointFor('binance-usdm')!.parse([[1_700_000_000_000, '1', '1', '1', absurd]]).ok).toBe(false);
  });

  it('as a stored volatility', async () => {
    const volatility = { annualised: absurd, source: 'x', asOf: '2026-11-22T10:00:00Z', fetchedAt: '2026-11-22T10:00:00Z', samples: 168 };
    const entries = await new VolatilityStore(memoryArea({ 'volatility:binance-usdm:BTCUSDT': { volatility } })).read('binance-usdm', ['BTCUSDT']);
    expect(entries.get('BTCUSDT')).toEqual({});
  });
});

describe('a control: the same boundaries take ordinary values', () => {
  it('a stored contract size, a candle close, a mark price', async () => {
    const table = { tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }], fetchedAt: 1, source: 'x', contractSize: '1' };
    const entries = await new TableStore(memoryArea({ 'tiers:okx:SOL-USDT-SWAP': { table } })).read('okx', ['SOL-USDT-SWAP']);
    expect(entries.get('SOL-USDT-SWAP')?.table?.contractSize).toBe('1');
    expect(candleEndpointFor('binance-usdm')!.parse([[1_700_000_000_000, '1', '1', '1', '61000.5']]).ok).toBe(true);
    const service = new MarketService({ store: new TableStore(memoryArea()), fetch: answering({ symbol: 'BTCUSDT', markPrice: '61000.5', lastFundingRate: '0.0001' }), now: () => 1, onUpdate: () => {} });
    await service.lookupFor(snapshot({}));
    await settle();
    expect((await service.lookupFor(snapshot({}))).markPrice?.('binance-usdm', 'BTCUSDT')).toMatchObject({ markPrice: '61000.5', fundingRate: '0.0001' });
  });
});

describe('Hyperliquid max leverage', () => {
  it('of 10,000 digits is refused before it becomes a rate', () => {
    const meta = hyperliquidMeta() as { universe: { maxLeverage: unknown }[]; marginTables: [number, { marginTiers: { maxLeverage: unknown }[] }][] };
    meta.marginTables[0]![1].marginTiers[0]!.maxLeverage = '9'.repeat(10_000);
    expect(parseHyperliquidMeta(meta, 'BTC').ok).toBe(false);
  });
});
