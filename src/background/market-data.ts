// Where the worker gets a symbol's tier table. For now: the bundled snapshot only (src/data).
import { binanceUsdmTiers } from '../data/binance-usdm-tiers';
import type { Tier, Venue } from '../model/types';

export interface TierTable {
  tiers: Tier[];
  /** YYYY-MM-DD of the snapshot. */
  date: string;
  source: string;
}

export function tierTable(venue: Venue, symbol: string): TierTable | null {
  if (venue !== 'binance-usdm') return null;
  const table = binanceUsdmTiers[symbol];
  return table ? { tiers: table.tiers, date: table.date, source: table.source } : null;
}
