// What src/data reads back from every committed snapshot is exactly what the venues' live parsers
// make of the recorded answers in data/sources: packing the tables into runs changed no value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTables } from '../../src/data';
import type { Venue } from '../../src/model/types';
import { readSources } from './read-sources';
import { recordedEndpoints } from './recorded-endpoints';
import { tablesFromRecorded } from './recorded-tables';

const recorded = readSources(join(import.meta.dirname, '../../data/sources'));
const parsed = tablesFromRecorded(recorded.sources, recordedEndpoints).tables;

describe('bundled snapshots read back', () => {
  const venues: Venue[] = ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget'];
  it.each(venues)('%s: every table, tier for tier, as the parser made it from the recorded answer', (venue) => {
    // Index 1 is the generated snapshot (index 0 the hand-written tiers.ts).
    const read = bundledTables[venue][1]!;
    const expected = parsed[venue]!;
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(Object.keys(read).sort()).toEqual(Object.keys(expected).sort());
    for (const [symbol, table] of Object.entries(expected)) expect(read[symbol], symbol).toStrictEqual(table);
  });

  it('the 30 OKX tables are the long runs the packing is for: 2,802 tiers', () => {
    const tiers = Object.values(bundledTables.okx[1]!).map((table) => table.tiers.length);
    expect(tiers.reduce((a, b) => a + b, 0)).toBe(2802);
  });
});
