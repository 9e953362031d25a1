// The tier tables the calculator offers: the bundled snapshots, per venue.
import { binanceCoinmTiers } from '../data/binance-coinm-tiers';
import { binanceUsdmTiers, type TierTable } from '../data/binance-usdm-tiers';
import type { Venue } from '../model/types';

export interface CalculatorMarket {
  venue: Venue;
  label: string;
  contract: 'linear' | 'inverse';
  tables: Record<string, TierTable & { contractValue?: string }>;
}

export const calculatorMarkets: CalculatorMarket[] = [
  { venue: 'binance-usdm', label: 'Binance USDⓈ-M', contract: 'linear', tables: binanceUsdmTiers },
  { venue: 'binance-coinm', label: 'Binance COIN-M', contract: 'inverse', tables: binanceCoinmTiers },
];
