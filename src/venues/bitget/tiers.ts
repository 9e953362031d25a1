import type { Tier } from '../../model/types';
import type { TierTable } from '../binance-usdm/tiers';

// Bitget USDT-M perpetual position tiers (bounds in USDT position value). Bitget publishes no
// deduction: the model derives it from the per-slice rule (reference docs/rules/bybit-okx-bitget.md
// §4.3, §9.7). Tier bounds change over time (the Nov 2025 notice already uses a 200,000 tier-1 bound):
// the worker should prefer a live query-position-lever table.

const tier = (floor: string, cap: string, maxLeverage: string, maintenanceMarginRate: string): Tier => ({
  floor,
  cap,
  maxLeverage,
  maintenanceMarginRate,
});

export const bitgetTiers: Record<string, TierTable> = {
  BTCUSDT: {
    date: '2025-06-25',
    source:
      'Bitget support "Bitget futures: Tiered maintenance margin explained" (2025-06-25), ' +
      'reference docs/rules/bybit-okx-bitget.md §4.5 [G3]',
    tiers: [
      tier('0', '150000', '125', '0.004'),
      tier('150000', '900000', '100', '0.005'),
      tier('900000', '12000000', '50', '0.01'),
      tier('12000000', '38000000', '25', '0.015'),
      tier('38000000', '50000000', '20', '0.03'),
      tier('50000000', '100000000', '10', '0.05'),
      tier('100000000', '150000000', '5', '0.12'),
      tier('150000000', '200000000', '4', '0.15'),
      tier('200000000', '250000000', '3', '0.2'),
      tier('250000000', '400000000', '2', '0.3'),
      tier('400000000', '1200000000', '1', '0.6'),
    ],
  },
};
