// The tier tables the calculator offers: the bundled snapshot of every venue (src/data).
import { bundledTable, bundledTables, type BundledTable } from '../data';
import type { Venue } from '../model/types';
import { venues } from '../venues';

export interface CalculatorMarket {
  venue: Venue;
  label: string;
  tables: Record<string, BundledTable>;
}

/** Inverse where the table carries a contract value (USD per contract), else linear. */
export function contractOf(table: BundledTable): 'linear' | 'inverse' {
  return table.contractValue ? 'inverse' : 'linear';
}

/**
 * Every symbol any bundled file of the venue has, each with its newest table (as the worker picks
 * it): the hand-checked reference symbols first (the venue's first file, BTC first), then the rest
 * alphabetically.
 */
function newestTables(venue: Venue): Record<string, BundledTable> {
  const [reference = {}, ...rest] = bundledTables[venue] ?? [];
  const others = [...new Set(rest.flatMap((tables) => Object.keys(tables)))].filter((s) => !Object.hasOwn(reference, s)).sort();
  const tables: Record<string, BundledTable> = {};
  for (const symbol of [...Object.keys(reference), ...others]) tables[symbol] = bundledTable(venue, symbol)!;
  return tables;
}

export const calculatorMarkets: CalculatorMarket[] = venues
  .map(({ id: venue, label }) => ({ venue, label, tables: newestTables(venue) }))
  .filter((market) => Object.keys(market.tables).length > 0);

/** A symbol's contract terms from its table, as calculator fields. */
export function termsFor(venue: Venue, symbol: string): { contract: 'linear' | 'inverse'; contractValue: string; contractSize: string } {
  const table = calculatorMarkets.find((m) => m.venue === venue)?.tables[symbol];
  return { contract: table ? contractOf(table) : 'linear', contractValue: table?.contractValue ?? '', contractSize: table?.contractSize ?? '' };
}
