// The tier tables the calculator offers: the bundled snapshot of every venue (src/data).
import { bundledTables, type BundledTable } from '../data';
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

export const calculatorMarkets: CalculatorMarket[] = venues
  .map(({ id: venue, label }) => ({ venue, label, tables: Object.assign({}, ...(bundledTables[venue] ?? [])) as Record<string, BundledTable> }))
  .filter((market) => Object.keys(market.tables).length > 0);

/** A symbol's contract terms from its table, as calculator fields. */
export function termsFor(venue: Venue, symbol: string): { contract: 'linear' | 'inverse'; contractValue: string; contractSize: string } {
  const table = calculatorMarkets.find((m) => m.venue === venue)?.tables[symbol];
  return { contract: table ? contractOf(table) : 'linear', contractValue: table?.contractValue ?? '', contractSize: table?.contractSize ?? '' };
}
