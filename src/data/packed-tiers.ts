// Generated snapshots write each tier table as one line of text, "floor cap rate amount leverage"
// per tier, tiers separated by "|", a missing field as "-": a few hundred tables as objects would
// repeat every field name thousands of times in the worker bundle. The writer is
// scripts/data-sources/snapshot-file.ts (the numbers were checked before they were written);
// src/data/index.ts reads them back. A snapshot written as objects reads back unchanged.
import type { Tier } from '../model/types';
import type { BundledTable, BundledTables } from './bundled-table';

const FIELDS = ['floor', 'cap', 'maintenanceMarginRate', 'maintenanceAmount', 'maxLeverage'] as const;

/** A snapshot file's tables: tiers packed as text, or as objects. */
export type SnapshotTables = Record<string, Omit<BundledTable, 'tiers'> & { tiers: string | Tier[] }>;

export function packTiers(tiers: readonly Tier[]): string {
  return tiers.map((tier) => FIELDS.map((field) => tier[field] ?? '-').join(' ')).join('|');
}

export function unpackTiers(packed: string): Tier[] {
  return packed.split('|').map((line) => {
    const values = line.split(' ');
    const tier: Partial<Record<(typeof FIELDS)[number], string>> = {};
    FIELDS.forEach((field, i) => {
      const value = values[i];
      if (value !== undefined && value !== '-') tier[field] = value;
    });
    return tier as Tier;
  });
}

export function unpackTables(tables: SnapshotTables): BundledTables {
  const out: BundledTables = {};
  for (const [symbol, table] of Object.entries(tables)) out[symbol] = { ...table, tiers: typeof table.tiers === 'string' ? unpackTiers(table.tiers) : table.tiers };
  return out;
}
