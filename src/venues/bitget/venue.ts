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
} as const satisfies VenueDeclaration;
