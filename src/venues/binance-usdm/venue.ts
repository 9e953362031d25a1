// Binance USDⓈ-M, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.1.
import type { VenueDeclaration } from '../venue';

export const binanceUsdmVenue = {
  id: 'binance-usdm',
  label: 'Binance USDⓈ-M',
  nameKey: 'options_venueBinanceUsdm',
  pageMatches: [
    'https://www.binance.com/*/futures/*',
    'https://www.binance.com/futures/*',
  ],
  fundingIntervalHours: '8',
} as const satisfies VenueDeclaration;
