// The bundled tier tables per venue: what the worker falls back to before (or instead of) a fetch.
// A venue's bundled file plugs in with one line below. Where `npm run data:update` has written a
// <venue>-snapshot file too, the newer table of the two wins per symbol.
import type { Venue } from '../model/types';
import { binanceCoinmTiers } from './binance-coinm-tiers';
import { binanceUsdmTiers } from './binance-usdm-tiers';
import type { BundledTable, BundledTables } from './bundled-table';

export type { BundledTable, BundledTables };

export const bundledTables: Partial<Record<Venue, BundledTables[]>> = {
  'binance-usdm': [binanceUsdmTiers],
  'binance-coinm': [binanceCoinmTiers],
};

/** The newest bundled table for this symbol, or null. */
export function bundledTable(venue: Venue, symbol: string): BundledTable | null {
  let best: BundledTable | null = null;
  for (const tables of bundledTables[venue] ?? []) {
    const table = Object.hasOwn(tables, symbol) ? tables[symbol] : undefined;
    if (table && (!best || table.date > best.date)) best = table;
  }
  return best;
}
