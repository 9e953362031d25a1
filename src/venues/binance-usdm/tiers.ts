import type { Tier } from '../../model/types';

// Binance USDⓈ-M perpetual maintenance tiers (notional in USDT).
// Source: reference docs/rules/binance.md §6.1/§6.2, itself a third-party snapshot of Binance's
// public bapi brackets feed. Tables change often; the worker should refresh them live.

export interface TierTable {
  /** Snapshot date, YYYY-MM-DD. */
  date: string;
  source: string;
  tiers: Tier[];
}

const SOURCE =
  'Binance bapi brackets feed via ychcb0521/veil-of-ignorance src/data/binanceLeverageTiers.json ' +
  '(commit b3ac37a, fetchedAt 2026-09-16T15:08:52Z, usdmVersion 1789571332487); reference docs/rules/binance.md §6';

const tier = (floor: string, cap: string, maxLeverage: string, maintenanceMarginRate: string, maintenanceAmount: string): Tier => ({
  floor,
  cap,
  maxLeverage,
  maintenanceMarginRate,
  maintenanceAmount,
});

export const binanceUsdmTiers: Record<string, TierTable> = {
  BTCUSDT: {
    date: '2026-09-16',
    source: SOURCE,
    tiers: [
      tier('0', '300000', '150', '0.004', '0'),
      tier('300000', '800000', '100', '0.005', '300'),
      tier('800000', '3000000', '75', '0.0065', '1500'),
      tier('3000000', '12000000', '50', '0.01', '12000'),
      tier('12000000', '70000000', '25', '0.02', '132000'),
      tier('70000000', '100000000', '20', '0.025', '482000'),
      tier('100000000', '230000000', '10', '0.05', '2982000'),
      tier('230000000', '480000000', '5', '0.1', '14482000'),
      tier('480000000', '600000000', '4', '0.125', '26482000'),
      tier('600000000', '800000000', '3', '0.15', '41482000'),
      tier('800000000', '1200000000', '2', '0.25', '121482000'),
      tier('1200000000', '1800000000', '1', '0.5', '421482000'),
    ],
  },
  ETHUSDT: {
    date: '2026-09-16',
    source: SOURCE,
    tiers: [
      tier('0', '300000', '150', '0.004', '0'),
      tier('300000', '800000', '100', '0.005', '300'),
      tier('800000', '3000000', '75', '0.0065', '1500'),
      tier('3000000', '12000000', '50', '0.01', '12000'),
      tier('12000000', '50000000', '25', '0.02', '132000'),
      tier('50000000', '65000000', '20', '0.025', '382000'),
      tier('65000000', '150000000', '10', '0.05', '2007000'),
      tier('150000000', '320000000', '5', '0.1', '9507000'),
      tier('320000000', '400000000', '4', '0.125', '17507000'),
      tier('400000000', '530000000', '3', '0.15', '27507000'),
      tier('530000000', '800000000', '2', '0.25', '80507000'),
      tier('800000000', '1200000000', '1', '0.5', '280507000'),
    ],
  },
};
