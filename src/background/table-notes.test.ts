// What the answer says about the tier table behind each estimate: date, origin, age, a warning
// when it is older than 7 days, and one when the last refresh was refused.
import { describe, expect, it } from 'vitest';
import { estimatePage } from './estimate-page';
import { bundledMarket, marketLookup } from '../market-data/lookup';
import type { StoredEntry } from '../market-data/table-store';
import { BINANCE_BTCUSDT_2024 } from '../market-data/testing/venue-answers';
import { order, row, snapshot } from './testing/make-snapshot';

const TODAY = Date.parse('2026-11-22T10:30:00Z');
const btc = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' });
const page = snapshot({ rows: [btc], order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }) });
const fetchedAt = Date.parse('2026-11-22T09:15:00Z');
const stored = (entry: StoredEntry) => marketLookup(TODAY, 'binance-usdm', new Map([['BTCUSDT', entry]]));
const table = { tiers: BINANCE_BTCUSDT_2024, fetchedAt, source: 'https://www.binance.com/bapi/futures/v1/friendly/future/common/brackets' };

describe('tier table notes', () => {
  it('the bundled table of 2026-09-16 is 67 days old on 2026-11-22: flagged on the badge and once for the order form', () => {
    const result = estimatePage(page, bundledMarket(TODAY));
    const position = result.positions[0]!;
    expect(position.table).toEqual({ date: '2026-09-16', origin: 'bundled', ageDays: 67 });
    expect(position.warnings).toEqual([{ kind: 'stale-market-data', message: 'BTCUSDT tier table of 2026-09-16 (bundled) is 67 days old' }]);
    expect(position.assumptions).toContain('tier table of 2026-09-16 (bundled)');
    expect(result.warnings).toEqual([{ kind: 'stale-market-data', message: 'BTCUSDT tier table of 2026-09-16 (bundled) is 67 days old' }]);
    expect(result.order!.long.table).toEqual({ date: '2026-09-16', origin: 'bundled', ageDays: 67 });
  });

  it('7 days is not yet old; 8 days is', () => {
    const at = (iso: string) => estimatePage(page, bundledMarket(Date.parse(iso))).positions[0]!;
    expect(at('2026-09-23T23:59:00Z').warnings).toBeUndefined();
    expect(at('2026-09-24T00:00:00Z').warnings?.[0]?.kind).toBe('stale-market-data');
  });

  it('a table fetched today is used, says when it was fetched, and is not flagged', () => {
    const result = estimatePage(page, stored({ table }));
    const position = result.positions[0]!;
    expect(position.table).toEqual({ date: '2026-11-22', origin: 'fetched', fetchedAt: '2026-11-22T09:15:00.000Z', ageDays: 0 });
    expect(position.tableDate).toBe('2026-11-22');
    expect(position.assumptions).toContain('tier table of 2026-11-22 (fetched 2026-11-22 09:15 UTC)');
    expect(position.warnings).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('a refused refresh is said beside the last good table, which stays in use', () => {
    const failure = { at: Date.parse('2026-11-22T10:00:00Z'), reason: 'www.binance.com sent a table that fails a check: tier 2 maintenance margin rate 5 is not in (0, 1)' };
    const result = estimatePage(page, stored({ table, failure }));
    const position = result.positions[0]!;
    expect(position.estimate).not.toBe('unknown');
    expect(position.table?.origin).toBe('fetched');
    expect(position.warnings).toEqual([
      {
        kind: 'market-data-refresh-failed',
        message: `BTCUSDT: the refresh at 2026-11-22 10:00 UTC was not used (${failure.reason}); still on the tier table of 2026-11-22 (fetched 2026-11-22 09:15 UTC)`,
      },
    ]);
  });

  it('with neither a table nor a fetch yet, it cannot verify and says why; a failed fetch gives its reason', () => {
    const sol = snapshot({ rows: [row({ symbol: 'ZZZUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100', mark: '100', margin: '10' })] });
    expect(estimatePage(sol, bundledMarket(TODAY)).positions[0]!.reasons).toEqual(['no tier table for ZZZUSDT yet']);
    const failed = marketLookup(TODAY, 'binance-usdm', new Map([['ZZZUSDT', { failure: { at: TODAY, reason: 'www.binance.com did not answer within 8 s' } }]]));
    expect(estimatePage(sol, failed).positions[0]!.reasons).toEqual(['no tier table for ZZZUSDT: www.binance.com did not answer within 8 s']);
  });

  it('an undated bundled table (date 0000-00-00) is said to be undated, never given an age', () => {
    const undated = { ...bundledMarket(TODAY), tierTable: () => ({ tiers: BINANCE_BTCUSDT_2024, date: '0000-00-00', source: 'reference', origin: 'bundled' as const }) };
    const position = estimatePage(page, undated).positions[0]!;
    expect(position.table).toEqual({ date: '0000-00-00', origin: 'bundled' });
    expect(position.warnings).toEqual([{ kind: 'stale-market-data', message: 'BTCUSDT: undated tier table (bundled); its age is unknown' }]);
  });
});
