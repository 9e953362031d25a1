import type { BundledTables } from '../../data/bundled-table';

// Bybit risk-limit tiers (GET /v5/market/risk-limit): floor and cap in position value, USDT for
// linear. Bybit's mmDeduction follows D_n = RiskLimit_(n-1)·(MMR_n − MMR_(n-1)) + D_(n-1) [B6], the
// same recurrence the model derives when a deduction is absent.
// Source: reference docs/rules/bybit-okx-bitget.md §2.6. The reference gives only BTCUSDT tiers 1-2
// (mainnet); a position above 2.6 M gets an assumption saying the last tier was used, and the worker
// should prefer a live table. Tier 1 (riskId 1 = 2,000,000) is confirmed by a capture of 2024-06-27.

export const bybitTiers: BundledTables = {
  BTCUSDT: {
    date: '2024-06-27',
    source:
      'Bybit help "Maintenance Margin (USDT Contract)" [B7] (BTCUSDT 2 M @ 0.5 %, 2.6 M @ 0.56 %) and a ' +
      '/v5/position/list capture of 2024-06-27 [B12] (riskId 1 = 2,000,000); deduction 1,200 derived by the ' +
      '[B6] rule; reference docs/rules/bybit-okx-bitget.md §2.6. Tiers 3+ not bundled.',
    tiers: [
      { floor: '0', cap: '2000000', maxLeverage: '100', maintenanceMarginRate: '0.005', maintenanceAmount: '0' },
      { floor: '2000000', cap: '2600000', maintenanceMarginRate: '0.0056', maintenanceAmount: '1200' },
    ],
  },
};
