// The bundled tier tables per venue: what the worker falls back to before (or instead of) a fetch.
// A venue's bundled file plugs in with one line below. Where `npm run data:update` has written a
// src/venues/<venue>/snapshot.ts, the newer table of the two wins per symbol (undated tables, '0000-00-00',
// lose to any dated one).
import type { Venue } from '../model/types';
import { binanceCoinmSnapshot } from '../venues/binance-coinm/snapshot';
import { binanceCoinmTiers } from '../venues/binance-coinm/tiers';
import { binanceUsdmSnapshot } from '../venues/binance-usdm/snapshot';
import { binanceUsdmTiers } from '../venues/binance-usdm/tiers';
import { bitgetSnapshot } from '../venues/bitget/snapshot';
import { bitgetTiers } from '../venues/bitget/tiers';
import type { BundledTable, BundledTables } from './bundled-table';
import { unpackTables } from './packed-tiers';
import { bybitSnapshot } from '../venues/bybit/snapshot';
import { bybitTiers } from '../venues/bybit/tiers';
import { hyperliquidSnapshot } from '../venues/hyperliquid/snapshot';
import { hyperliquidTiers } from '../venues/hyperliquid/tiers';
import { okxSnapshot } from '../venues/okx/snapshot';
import { okxTiers } from '../venues/okx/tiers';

export type { BundledTable, BundledTables };

export const bundledTables: Record<Venue, BundledTables[]> = {
  'binance-usdm': [binanceUsdmTiers, unpackTables(binanceUsdmSnapshot)],
  'binance-coinm': [binanceCoinmTiers, unpackTables(binanceCoinmSnapshot)],
  bybit: [bybitTiers, unpackTables(bybitSnapshot)],
  okx: [okxTiers, unpackTables(okxSnapshot)],
  hyperliquid: [hyperliquidTiers, unpackTables(hyperliquidSnapshot)],
  bitget: [bitgetTiers, unpackTables(bitgetSnapshot)],
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
