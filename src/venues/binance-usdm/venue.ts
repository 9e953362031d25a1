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
  // BTCUSDT, ETHUSDC, 1000PEPEUSDT; quarterlies BTCUSDT_251226 (docs/pages.md §2.1).
  symbolPattern: /^[A-Z0-9]{1,20}(?:USDT|USDC)(?:_\d{6})?$/,
} as const satisfies VenueDeclaration;
