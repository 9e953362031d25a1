// The market-data checks refuse the absurd tables of issue 17, finding 8: a first floor not at 0, a
// rate of 1e-12 or 0.9999999, an OKX BTC contract value of 100 (0.01 is shipped, docs/rules
// bybit-okx-bitget.md §3.3), rows without a symbol in a per-symbol answer.
import { describe, expect, it } from 'vitest';
import { bitgetEndpoints } from '../venues/bitget/endpoints';
import { bybitEndpoints } from '../venues/bybit/endpoints';
import { okxEndpoints } from '../venues/okx/endpoints';
import { memoryArea } from '../platform/key-value-area';
import type { FetchFunction } from './fetch-json';
import { fetchTierTables } from './fetch-tier-tables';
import { TableStore } from './table-store';
import { BINANCE_BTCUSDT_2024, bitgetPositionLever, bybitRiskLimit, okxInstruments, okxPositionTiers } from './testing/venue-answers';
import { validateTiers } from './validate-tiers';

const reason = (tiers: unknown) => {
  const result = validateTiers(tiers);
  return result.ok ? 'accepted' : result.reason;
};

describe('absurd tier tables', () => {
  it('a first floor above 0 is refused', () => {
    expect(reason([{ floor: '100', maintenanceMarginRate: '0.004' }])).toMatch(/tier 1 starts at 100, not at 0/);
  });

  it.each(['1e-12', '0.0009', '0.9999999', '0.76'])('a maintenance rate of %s is refused', (rate) => {
    expect(reason([{ floor: '0', maintenanceMarginRate: rate }])).toMatch(/not in \[0\.001, 0\.75\]/);
  });

  it('the published extremes pass: 0.4 % (Binance BTC tier 1) and 60 % (Bitget BTCUSDT tier 11)', () => {
    expect(reason(BINANCE_BTCUSDT_2024)).toBe('accepted');
    expect(reason([{ floor: '0', maintenanceMarginRate: '0.004' }, { floor: '400000000', maintenanceMarginRate: '0.6' }])).toBe('accepted');
  });
});

describe('OKX contract value', () => {
  const fetchWith = (ctVal: string): FetchFunction => async (url) =>
    new Response(JSON.stringify(url.includes('instruments') ? okxInstruments('BTC-USDT-SWAP', ctVal) : okxPositionTiers('BTC-USDT')));

  it('a fetched BTC-USDT-SWAP ctVal of 100 disagrees with the shipped 0.01 and is refused', async () => {
    const table = (await fetchTierTables(okxEndpoints, ['BTC-USDT-SWAP'], { fetch: fetchWith('100') })).get('BTC-USDT-SWAP');
    expect(table).toEqual({ ok: false, reason: 'www.okx.com sent a table that fails a check: the contract size 100 differs from the 0.01 the extension ships with' });
  });

  it('the shipped 0.01 (written "0.010") is accepted', async () => {
    const table = (await fetchTierTables(okxEndpoints, ['BTC-USDT-SWAP'], { fetch: fetchWith('0.010') })).get('BTC-USDT-SWAP');
    expect(table).toMatchObject({ ok: true, contractSize: '0.010' });
  });

  it('a stored table with ctVal 100 (written before this check) is not used', async () => {
    const table = { tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }], fetchedAt: 1, source: 'x', contractSize: '100' };
    const entries = await new TableStore(memoryArea({ 'tiers:okx:BTC-USDT-SWAP': { table } })).read('okx', ['BTC-USDT-SWAP']);
    expect(entries.get('BTC-USDT-SWAP')?.table).toBeUndefined();
  });
});

describe('rows without a symbol in a per-symbol answer refuse the whole answer', () => {
  it('OKX position-tiers', () => {
    const answer = okxPositionTiers('BTC-USDT') as { data: Record<string, unknown>[] };
    answer.data.push({ tier: '2', minSz: '1000', maxSz: '2000', mmr: '0.005', maxLever: '75' });
    const parsed = okxEndpoints.parseTiers([answer, okxInstruments('BTC-USDT-SWAP')], 'BTC-USDT-SWAP');
    expect(!parsed.ok && parsed.reason).toMatch(/row without an instrument family/);
  });

  it('Bitget query-position-lever', () => {
    const answer = bitgetPositionLever('BTCUSDT') as { data: Record<string, unknown>[] };
    delete answer.data[3]!.symbol;
    const parsed = bitgetEndpoints.parseTiers([answer], 'BTCUSDT');
    expect(!parsed.ok && parsed.reason).toMatch(/row without a symbol/);
  });

  it('Bybit risk-limit', () => {
    const answer = bybitRiskLimit('BTCUSDT') as { result: { list: Record<string, unknown>[] } };
    delete answer.result.list[1]!.symbol;
    const parsed = bybitEndpoints.parseTiers([answer], 'BTCUSDT');
    expect(!parsed.ok && parsed.reason).toMatch(/row without a symbol/);
  });
});
