// Generated snapshots write each tier table as one line of text: a few hundred tables as objects
// would repeat every field name thousands of times in the worker bundle. The line holds the five
// fields as columns ("floor|cap|rate|amount|leverage"), each column's values separated by spaces;
// a value is a decimal, "-" (missing), or "+step*n": n more values, each step above the one before.
// OKX tables are long runs (each cap a fixed step above the last, rates in fixed increments), and
// a run is a few characters where its values were hundreds. The step is added with the model's
// Decimal, and the writer uses a run only where that addition gives back each written string
// exactly, so a table reads back as it was written. The writer is scripts/data-sources/snapshot-file.ts
// (the numbers were checked before they were written); src/data/index.ts reads them back. A snapshot
// written as objects reads back unchanged.
import { Dm } from '../model/decimal';
import type { Tier } from '../model/types';
import type { BundledTable, BundledTables } from './bundled-table';

const FIELDS = ['floor', 'cap', 'maintenanceMarginRate', 'maintenanceAmount', 'maxLeverage'] as const;

/** A snapshot file's tables: tiers packed as text, or as objects. */
export type SnapshotTables = Record<string, Omit<BundledTable, 'tiers'> & { tiers: string | Tier[] }>;

const after = (value: string, step: string) => new Dm(value).plus(step).toString();
const isDecimal = (value: string | undefined): value is string => value !== undefined && /^-?\d+(\.\d+)?$/.test(value);

export function packTiers(tiers: readonly Tier[]): string {
  return FIELDS.map((field) => packColumn(tiers.map((tier) => tier[field] ?? '-'))).join('|');
}

function packColumn(values: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; ) {
    const value = values[i]!;
    if (!isDecimal(value) && value !== '-') throw new Error(`not a decimal: ${value}`);
    const previous = values[i - 1];
    const step = isDecimal(previous) && isDecimal(value) ? new Dm(value).minus(previous).toString() : '';
    let n = 0;
    while (step && isDecimal(values[i + n]) && after(values[i + n - 1]!, step) === values[i + n]) n++;
    // A run of one is no shorter than the value itself.
    if (n >= 2) {
      out.push(`+${step}*${n}`);
      i += n;
    } else {
      out.push(value);
      i++;
    }
  }
  return out.join(' ');
}

function unpackColumn(column: string): string[] {
  const values: string[] = [];
  for (const entry of column.split(' ')) {
    if (!entry.startsWith('+')) {
      values.push(entry);
      continue;
    }
    const [step = '', n = ''] = entry.slice(1).split('*');
    for (let k = 0; k < Number(n); k++) values.push(after(values[values.length - 1]!, step));
  }
  return values;
}

export function unpackTiers(packed: string): Tier[] {
  const columns = packed.split('|').map(unpackColumn);
  return columns[0]!.map((_, i) => {
    const tier: Partial<Record<(typeof FIELDS)[number], string>> = {};
    FIELDS.forEach((field, c) => {
      const value = columns[c]?.[i];
      if (value !== undefined && value !== '-') tier[field] = value;
    });
    return tier as Tier;
  });
}

// A table's tiers are unpacked when first read: the worker starts again after every idle spell and
// reads a few tables, where unpacking all of them took tens of milliseconds.
export function unpackTables(tables: SnapshotTables): BundledTables {
  const out: BundledTables = {};
  for (const [symbol, table] of Object.entries(tables)) {
    const packed = table.tiers;
    if (typeof packed !== 'string') {
      out[symbol] = { ...table, tiers: packed };
      continue;
    }
    let tiers: Tier[] | undefined;
    out[symbol] = Object.defineProperty({ ...table, tiers: [] }, 'tiers', { enumerable: true, get: () => (tiers ??= unpackTiers(packed)) });
  }
  return out;
}
