// The volatility per venue + symbol in storage.local: the last good value with when it was fetched,
// and the last failure. What is read back is checked again: storage may hold what an older version
// wrote. Bounded (issue 17): venue-shaped symbols only, at most MAX_VOLATILITIES_PER_VENUE per venue,
// and a value is fetched again hourly while a page shows it, so one 30 days old is no page's: removed.
import { isBoundedUnsignedDecimal } from '../model/decimal-text';
import type { Dec, Venue } from '../model/types';
import type { PrunableArea } from '../platform/key-value-area';
import { isObject } from '../market-data/json-fields';
import { isVenue } from '../venues';
import { isVenueSymbol } from '../venues/venue-symbol';

export const MAX_VOLATILITIES_PER_VENUE = 100;
export const VOLATILITY_UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/** Annualised volatility of a symbol's price, from public 1 h candles. */
export interface Volatility {
  /** Annualised, as a fraction (0.6 = 60 %), decimal string. */
  annualised: Dec;
  /** Where it came from, e.g. "Binance USDⓈ-M 1h klines". */
  source: string;
  /** ISO open time of the last candle used. */
  asOf: string;
  /** ISO time of the fetch. */
  fetchedAt: string;
  /** Number of log returns used. */
  samples: number;
}

export type VolatilityLookup = (venue: Venue, symbol: string) => Volatility | undefined;

export interface VolatilityEntry {
  volatility?: Volatility;
  failure?: { at: number; reason: string };
}

const PREFIX = 'volatility:';
const keyOf = (venue: Venue, symbol: string) => `${PREFIX}${venue}:${symbol}`;

function readVolatility(value: unknown): Volatility | undefined {
  if (!isObject(value)) return undefined;
  const { annualised, source, asOf, fetchedAt, samples } = value;
  if (!isBoundedUnsignedDecimal(annualised)) return undefined;
  if (typeof source !== 'string' || typeof asOf !== 'string' || typeof fetchedAt !== 'string' || Number.isNaN(Date.parse(fetchedAt))) return undefined;
  if (typeof samples !== 'number' || !Number.isSafeInteger(samples) || samples < 1) return undefined;
  return { annualised, source, asOf, fetchedAt, samples };
}

function readEntry(value: unknown): VolatilityEntry {
  if (!isObject(value)) return {};
  const volatility = readVolatility(value.volatility);
  const f = value.failure;
  const failure = isObject(f) && typeof f.at === 'number' && typeof f.reason === 'string' ? { at: f.at, reason: f.reason } : undefined;
  return { ...(volatility ? { volatility } : {}), ...(failure ? { failure } : {}) };
}

/** When the entry was last written: its fetch or its failure, whichever is later. */
const lastWritten = (entry: VolatilityEntry) => Math.max(entry.volatility ? Date.parse(entry.volatility.fetchedAt) : 0, entry.failure?.at ?? 0);

/** A storage key's venue, when it is one of ours with a venue-shaped symbol. */
function venueOfKey(key: string): Venue | null {
  const rest = key.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const venue = rest.slice(0, colon);
  return colon > 0 && isVenue(venue) && isVenueSymbol(venue, rest.slice(colon + 1)) ? venue : null;
}

export class VolatilityStore {
  constructor(private readonly area: PrunableArea) {}

  async read(venue: Venue, symbols: readonly string[]): Promise<Map<string, VolatilityEntry>> {
    const values = await this.area.get(symbols.map((s) => keyOf(venue, s)));
    return new Map(symbols.map((s) => [s, readEntry(values[keyOf(venue, s)])]));
  }

  async writeVolatility(venue: Venue, symbol: string, volatility: Volatility): Promise<void> {
    if (!isVenueSymbol(venue, symbol)) return;
    await this.area.set({ [keyOf(venue, symbol)]: { volatility } });
  }

  /** A failed refresh is remembered beside the last good value, which stays (the offline fallback). */
  async writeFailure(venue: Venue, symbol: string, failure: { at: number; reason: string }): Promise<void> {
    if (!isVenueSymbol(venue, symbol)) return;
    const entry = (await this.read(venue, [symbol])).get(symbol) ?? {};
    await this.area.set({ [keyOf(venue, symbol)]: { ...(entry.volatility ? { volatility: entry.volatility } : {}), failure } });
  }

  /** Removes keys that are no venue's symbol, values that read as nothing or are 30 days old, and each venue's oldest beyond the cap. */
  async prune(now: number): Promise<void> {
    const all = await this.area.get(null);
    const doomed: string[] = [];
    const kept = new Map<Venue, { key: string; at: number }[]>();
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const venue = venueOfKey(key);
      const at = lastWritten(readEntry(value));
      if (!venue || at === 0 || now - at >= VOLATILITY_UNUSED_FOR_MS) {
        doomed.push(key);
        continue;
      }
      kept.set(venue, [...(kept.get(venue) ?? []), { key, at }]);
    }
    for (const list of kept.values()) {
      list.sort((a, b) => b.at - a.at);
      doomed.push(...list.slice(MAX_VOLATILITIES_PER_VENUE).map((e) => e.key));
    }
    if (doomed.length > 0) await this.area.remove(doomed);
  }
}
