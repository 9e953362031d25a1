// Hyperliquid, declared once (src/venues/index.ts lists it). Page matches: docs/pages.md §2.4.
import type { VenueDeclaration } from '../venue';

export const hyperliquidVenue = {
  id: 'hyperliquid',
  label: 'Hyperliquid',
  nameKey: 'options_venueHyperliquid',
  pageMatches: [
    'https://app.hyperliquid.xyz/trade/*',
  ],
  fundingIntervalHours: '1',
} as const satisfies VenueDeclaration;
