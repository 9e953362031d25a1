// The endpoints whose recorded answers the data update can read: every live one, and Binance's
// signed bracket endpoints, which the extension never calls but whose answers are public in copies.
import { venueEndpoints, type VenueEndpoints } from '../../src/market-data/venues';
import { binanceUsdmAccountBrackets } from '../../src/venues/binance-usdm/endpoints';

export const recordedEndpoints: readonly VenueEndpoints[] = [...venueEndpoints, binanceUsdmAccountBrackets];
