// The volatility per venue + symbol in storage.local: the last good value with when it was fetched,
// and the last failure. What is read back is checked again: storage may hold what an older version
// wrote.
import { isBoundedUnsignedDecimal } from '../model/decimal-text';
import type { Dec, Venue } from '../model/types';
import type { KeyValueArea } from '../platform/key-value-area';
import { isObject } from '../market-data/json-fields';

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

export class VolatilityStore {
  constructor(private readonly area: KeyValueArea) {}

  async read(venue: Venue, symbols: readonly string[]): Promise<Map<string, VolatilityEntry>> {
    const values = await this.area.get(symbols.map((s) => keyOf(venue, s)));
    return new Map(symbols.map((s) => [s, readEntry(values[keyOf(venue, s)])]));
  }

  async writeVolatility(venue: Venue, symbol: string, volatility: Volatility): Promise<void> {
    await this.area.set({ [keyOf(venue, symbol)]: { volatility } });
  }

  /** A failed refresh is remembered beside the last good value, which stays (the offline fallback). */
  async writeFailure(venue: Venue, symbol: string, failure: { at: number; reason: string }): Promise<void> {
    const entry = (await this.read(venue, [symbol])).get(symbol) ?? {};
    await this.area.set({ [keyOf(venue, symbol)]: { ...(entry.volatility ? { volatility: entry.volatility } : {}), failure } });
  }
}
