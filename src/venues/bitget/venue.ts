// Bitget, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.5.
import type { VenueDeclaration } from '../venue';

export const bitgetVenue = {
  id: 'bitget',
  label: 'Bitget',
  nameKey: 'options_venueBitget',
  pageMatches: [
    'https://www.bitget.com/futures/usdt/*',
    'https://www.bitget.com/*/futures/usdt/*',
  ],
  fundingIntervalHours: '8',
  // BTCUSDT (USDT-M), BTCPERP / BTCUSDC (USDC-M), BTCUSD (coin-M), as the v2 mix API takes them.
  symbolPattern: /^[A-Z0-9]{1,20}(?:USDT|USDC|USD|PERP)$/,
} as const satisfies VenueDeclaration;
