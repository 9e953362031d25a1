// Bybit, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.2.
import type { VenueDeclaration } from '../venue';

export const bybitVenue = {
  id: 'bybit',
  label: 'Bybit',
  nameKey: 'options_venueBybit',
  pageMatches: [
    'https://www.bybit.com/trade/usdt/*',
    'https://www.bybit.com/trade/inverse/*',
    'https://www.bybit.com/*/trade/usdt/*',
    'https://www.bybit.com/*/trade/inverse/*',
  ],
  fundingIntervalHours: '8',
  // BTCUSDT (linear), BTCUSD (inverse), BTCPERP (USDC) as /v5/market takes them.
  symbolPattern: /^[A-Z0-9]{1,20}(?:USDT|USD|PERP)$/,
} as const satisfies VenueDeclaration;
