// OKX, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.3.
import type { VenueDeclaration } from '../venue';

export const okxVenue = {
  id: 'okx',
  label: 'OKX',
  nameKey: 'options_venueOkx',
  pageMatches: [
    'https://www.okx.com/trade-swap/*',
    'https://www.okx.com/*/trade-swap/*',
  ],
  fundingIntervalHours: '8',
  // Instrument ids: BTC-USDT-SWAP, BTC-USD-SWAP, BTC-USDC-SWAP.
  symbolPattern: /^[A-Z0-9]{1,20}-(?:USDT|USDC|USD)-SWAP$/,
} as const satisfies VenueDeclaration;
