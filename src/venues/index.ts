// The registry: every venue Liqcheck supports, each declared once in its own folder
// (src/venues/<venue>/venue.ts). The Venue type, the settings, the options page, the popup's lists,
// the protocol's checks and the model's rulebook table all derive from this list, and
// manifest.json's content scripts and host permissions are checked against it
// (src/sites/manifest-matches.test.ts). docs/adding-a-venue.md says what else a venue needs.
import { binanceCoinmVenue } from './binance-coinm/venue';
import { binanceUsdmVenue } from './binance-usdm/venue';
import { bitgetVenue } from './bitget/venue';
import { bybitVenue } from './bybit/venue';
import { hyperliquidVenue } from './hyperliquid/venue';
import { okxVenue } from './okx/venue';
import type { VenueDeclaration } from './venue';
import { VENUE_IDS } from './venue-ids';

export const venues = [binanceUsdmVenue, binanceCoinmVenue, bybitVenue, okxVenue, hyperliquidVenue, bitgetVenue] as const satisfies readonly VenueDeclaration[];

export type Venue = (typeof venues)[number]['id'];

/** Every venue id, in the registry's order: kept in venue-ids.ts, which the content scripts import
 * alone; registry.test.ts checks that the two name the same venues in the same order. */
export { VENUE_IDS };

export function isVenue(value: unknown): value is Venue {
  return typeof value === 'string' && (VENUE_IDS as readonly string[]).includes(value);
}

/** A venue's declaration. */
export function venueOf(id: Venue): (typeof venues)[number] {
  return venues.find((v) => v.id === id)!;
}

export type { VenueDeclaration } from './venue';
