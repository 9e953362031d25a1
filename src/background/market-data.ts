// Where the worker gets a symbol's tier table. For now: the bundled snapshot only (src/data).
import { binanceUsdmTiers, type TierTable } from '../data/binance-usdm-tiers';
import type { Venue } from '../model/types';

export type { TierTable };

export function tierTable(venue: Venue, symbol: string): TierTable | null {
  if (venue !== 'binance-usdm') return null;
  return Object.hasOwn(binanceUsdmTiers, symbol) ? (binanceUsdmTiers[symbol] ?? null) : null;
}
