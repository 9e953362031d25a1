// Every venue id, in the registry's order (src/venues/index.ts), without the venues' declarations:
// the content scripts need the ids (settings, the snapshot check) but not the other venues' page
// matches and symbol patterns, and carry a size budget. index.ts checks, by type, that the two agree.
export const VENUE_IDS = ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget'] as const;
