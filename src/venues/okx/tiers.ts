import type { TierTable } from '../binance-usdm/tiers';

// OKX perpetual swap position tiers; floor (minSz) and cap (maxSz, inclusive) in CONTRACTS, not
// notional, and no deduction: the tier's MMR applies to the whole position.
// Source: reference docs/rules/bybit-okx-bitget.md §3.3 [O7]. The reference gives only tier 1 of
// BTC-USDT-SWAP; a position above its cap gets an assumption saying the last tier was used, and the
// worker should prefer a live /api/v5/public/position-tiers table. The capture is undated: the date
// below sorts before any dated table, so any other snapshot or fetch wins.

export const okxTiers: Record<string, TierTable & { contractSize: string }> = {
  'BTC-USDT-SWAP': {
    date: '0000-00-00',
    source:
      'OKX /api/v5/public/position-tiers (instType SWAP, instFamily BTC-USDT) tier 1 as recorded live by two ' +
      'public test fixtures (undated); reference docs/rules/bybit-okx-bitget.md §3.3 [O7]. Tiers 2+ not bundled.',
    // ctVal: 0.01 BTC per contract (§3.3), so tier 1 is 0-10 BTC.
    contractSize: '0.01',
    tiers: [{ floor: '0', cap: '1000', maxLeverage: '100', maintenanceMarginRate: '0.004' }],
  },
};
