import type { TierTable } from '../binance-usdm/tiers';

// Binance COIN-M perpetual maintenance tiers; floors, caps and cum in coin.
// Source: reference docs/rules/binance.md §6.5 (same third-party snapshot of the bapi feed as the
// USDⓈ-M tables). ETHUSD_PERP and the other COIN-M symbols: snapshot.ts (the full delivery feed, same date).

export const binanceCoinmTiers: Record<string, TierTable & { contractValue: string }> = {
  BTCUSD_PERP: {
    date: '2026-09-16',
    source:
      'Binance bapi delivery brackets feed via ychcb0521/veil-of-ignorance src/data/binanceLeverageTiers.json ' +
      '(commit b3ac37a, fetchedAt 2026-09-16T15:08:52Z); reference docs/rules/binance.md §6.5',
    contractValue: '100',
    tiers: [
      { floor: '0', cap: '5', maxLeverage: '125', maintenanceMarginRate: '0.004', maintenanceAmount: '0' },
      { floor: '5', cap: '10', maxLeverage: '100', maintenanceMarginRate: '0.005', maintenanceAmount: '0.005' },
      { floor: '10', cap: '25', maxLeverage: '50', maintenanceMarginRate: '0.01', maintenanceAmount: '0.055' },
      { floor: '25', cap: '150', maxLeverage: '20', maintenanceMarginRate: '0.025', maintenanceAmount: '0.43' },
      { floor: '150', cap: '400', maxLeverage: '10', maintenanceMarginRate: '0.05', maintenanceAmount: '4.18' },
      { floor: '400', cap: '950', maxLeverage: '5', maintenanceMarginRate: '0.1', maintenanceAmount: '24.18' },
      { floor: '950', cap: '1200', maxLeverage: '4', maintenanceMarginRate: '0.125', maintenanceAmount: '47.93' },
      { floor: '1200', cap: '1600', maxLeverage: '3', maintenanceMarginRate: '0.15', maintenanceAmount: '77.93' },
      { floor: '1600', cap: '2400', maxLeverage: '2', maintenanceMarginRate: '0.25', maintenanceAmount: '237.93' },
      { floor: '2400', cap: '3500', maxLeverage: '1', maintenanceMarginRate: '0.5', maintenanceAmount: '837.93' },
    ],
  },
};
