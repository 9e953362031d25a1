// Binance COIN-M, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.1.
import type { VenueDeclaration } from '../venue';

export const binanceCoinmVenue = {
  id: 'binance-coinm',
  label: 'Binance COIN-M',
  nameKey: 'options_venueBinanceCoinm',
  pageMatches: [
    'https://www.binance.com/*/delivery/*',
    'https://www.binance.com/delivery/*',
  ],
  fundingIntervalHours: '8',
  // BTCUSD_PERP, quarterly BTCUSD_251226 (docs/real-pages.md, src/venues/binance-coinm/tiers.ts).
  symbolPattern: /^[A-Z0-9]{1,20}USD_(?:PERP|\d{6})$/,
} as const satisfies VenueDeclaration;
