// Hyperliquid, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.4.
import type { VenueDeclaration } from '../venue';

export const hyperliquidVenue = {
  id: 'hyperliquid',
  label: 'Hyperliquid',
  nameKey: 'options_venueHyperliquid',
  // "/trade*" covers the bare /trade too (no coin in the URL: positions still read). Both hosts serve the
  // same app (docs/real-pages.md §6).
  pageMatches: [
    'https://app.hyperliquid.xyz/trade*',
    'https://app.hyperliquid.com/trade*',
  ],
  fundingIntervalHours: '1',
  // Coins: BTC, ETH, HYPE; the k-prefixed thousands kPEPE, kBONK, kSHIB.
  symbolPattern: /^(?:k[A-Z0-9]{2,15}|[A-Z0-9]{1,16})$/,
} as const satisfies VenueDeclaration;
