// The trader's settings (issue 6): kept in storage.sync under one key, with a version so older
// saved shapes migrate forward. Decimals are strings here as everywhere.
import type { Dec, Venue } from '../model/types';
import { VENUE_IDS } from '../venues/venue-ids';

export const SETTINGS_KEY = 'liqcheck.settings';
export const SETTINGS_VERSION = 1;

export type Theme = 'auto' | 'dark' | 'light';

export interface VenueSettings {
  /** Off: the content script stays dormant on this venue's pages. */
  enabled: boolean;
  /** The trader's taker fee rate in percent (e.g. "0.04"); absent: the venue's base rate. */
  takerFeePercent?: Dec;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Warn when the pre-trade liquidation price is within this % of entry. */
  nearEntryPercent: Dec;
  /** Warn when the order's leverage is above this. */
  highLeverage: Dec;
  /** Alert when the mark comes within this % of a position's liquidation price. */
  alertPercent: Dec;
  alertsEnabled: boolean;
  /** At most one notification per position within this many minutes (unless it gets closer). */
  alertCooldownMinutes: number;
  venues: Record<Venue, VenueSettings>;
  /** Hide amounts (sizes, margins, balances, losses) in the overlay and popup; prices stay. */
  privacyMode: boolean;
  theme: Theme;
  /** Compact badge by default; the expanded view opens on demand. */
  compact: boolean;
}

/** Every venue, from the registry (src/venues/index.ts). */
export const VENUES: readonly Venue[] = VENUE_IDS;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  nearEntryPercent: '5',
  highLeverage: '20',
  alertPercent: '2',
  alertsEnabled: true,
  alertCooldownMinutes: 15,
  venues: Object.fromEntries(VENUES.map((v) => [v, { enabled: true }])) as Record<Venue, VenueSettings>,
  privacyMode: false,
  theme: 'auto',
  compact: true,
};
