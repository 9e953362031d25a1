// The registry of venues' public market-data endpoints. Its host permissions are the only network
// access the extension asks for besides the venue pages (manifest.json; pinned by
// src/sites/manifest-matches.test.ts).
import type { Venue } from '../../model/types';
import { binanceCoinmEndpoints } from '../../venues/binance-coinm/endpoints';
import { binanceUsdmEndpoints } from '../../venues/binance-usdm/endpoints';
import { bitgetEndpoints } from '../../venues/bitget/endpoints';
import { bybitEndpoints } from '../../venues/bybit/endpoints';
import { hyperliquidEndpoints } from '../../venues/hyperliquid/endpoints';
import { okxEndpoints } from '../../venues/okx/endpoints';
import type { VenueEndpoints } from './endpoint';

export type { Parsed, ParsedMark, ParsedTiers, VenueEndpoints } from './endpoint';

export const venueEndpoints: readonly VenueEndpoints[] = [binanceUsdmEndpoints, binanceCoinmEndpoints, bybitEndpoints, okxEndpoints, hyperliquidEndpoints, bitgetEndpoints];

export function endpointsFor(venue: Venue): VenueEndpoints | null {
  return venueEndpoints.find((e) => e.venue === venue) ?? null;
}

/** Every API host permission, as manifest.json must list them. */
export const apiHostPermissions: readonly string[] = venueEndpoints.flatMap((e) => e.hostPermissions);
