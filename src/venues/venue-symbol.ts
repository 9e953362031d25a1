// Is this text one of the venue's instrument symbols? Page text reaches the worker as a symbol; only
// what has the venue's shape may become an API request or a storage key (issue 17, finding 5).
import { isVenue, venueOf } from '.';

/** Longer than any real symbol (BTCUSDT_251226, 1000000MOGUSDT): a cap before the pattern runs. */
const MAX_SYMBOL_LENGTH = 32;

export function isVenueSymbol(venue: string, symbol: unknown): symbol is string {
  if (!isVenue(venue) || typeof symbol !== 'string' || symbol.length === 0 || symbol.length > MAX_SYMBOL_LENGTH) return false;
  return venueOf(venue).symbolPattern.test(symbol);
}
