// The bundled tier tables per venue: what the worker falls back to before (or instead of) a fetch.
// A venue's bundled file plugs in with one line below. Where `npm run data:update` has written a
// <venue>-snapshot file, the newer table of the two wins per symbol (undated tables, '0000-00-00',
// lose to any dated one).
import type { Venue } from '../model/types';
import { binanceCoinmTiers } from './binance-coinm-tiers';
import { binanceUsdmSnapshot } from './binance-usdm-snapshot';
import { binanceUsdmTiers } from './binance-usdm-tiers';
import { bitgetSnapshot } from './bitget-snapshot';
import { bitgetTiers } from './bitget-tiers';
import type { BundledTable, BundledTables } from './bundled-table';
import { bybitSnapshot } from './bybit-snapshot';
import { bybitTiers } from './bybit-tiers';
import { hyperliquidSnapshot } from './hyperliquid-snapshot';
import { hyperliquidTiers } from './hyperliquid-tiers';
import { okxSnapshot } from './okx-snapshot';
import { okxTiers } from './okx-tiers';

export type { BundledTable, BundledTables };

export const bundledTables: Record<Venue, BundledTables[]> = {
  'binance-usdm': [binanceUsdmTiers, binanceUsdmSnapshot],
  'binance-coinm': [binanceCoinmTiers],
  bybit: [bybitTiers, bybitSnapshot],
  okx: [okxTiers, okxSnapshot],
  hyperliquid: [hyperliquidTiers, hyperliquidSnapshot],
  bitget: [bitgetTiers, bitgetSnapshot],
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
