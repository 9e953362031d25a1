// The tier tables the calculator offers: the bundled snapshot of every venue (src/data).
import { bundledTables, type BundledTable } from '../data';
import type { Venue } from '../model/types';

export interface CalculatorMarket {
  venue: Venue;
  label: string;
  tables: Record<string, BundledTable>;
}

const LABELS: Record<Venue, string> = {
  'binance-usdm': 'Binance USDⓈ-M',
  'binance-coinm': 'Binance COIN-M',
  bybit: 'Bybit',
  okx: 'OKX',
  hyperliquid: 'Hyperliquid',
  bitget: 'Bitget',
};

/** Inverse where the table carries a contract value (USD per contract), else linear. */
export function contractOf(table: BundledTable): 'linear' | 'inverse' {
  return table.contractValue ? 'inverse' : 'linear';
}

export const calculatorMarkets: CalculatorMarket[] = (Object.keys(LABELS) as Venue[])
  .map((venue) => ({ venue, label: LABELS[venue], tables: Object.assign({}, ...(bundledTables[venue] ?? [])) as Record<string, BundledTable> }))
  .filter((market) => Object.keys(market.tables).length > 0);

/** A symbol's contract terms from its table, as calculator fields. */
export function termsFor(venue: Venue, symbol: string): { contract: 'linear' | 'inverse'; contractValue: string; contractSize: string } {
  const table = calculatorMarkets.find((m) => m.venue === venue)?.tables[symbol];
  return { contract: table ? contractOf(table) : 'linear', contractValue: table?.contractValue ?? '', contractSize: table?.contractSize ?? '' };
}
