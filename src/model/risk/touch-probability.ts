// The probability that the mark touches the liquidation price within a horizon, under a driftless
// lognormal model (zero drift: no view on direction; funding and fat tails ignored):
//   P = 2·Φ(−|ln(L/S)| / (σ√T)), σ annualised, T in years (365 × 24 h).
// This is the reflection principle for a Brownian motion without drift in log price.
import Decimal from 'decimal.js';
import type { Dec } from '../types';
import { normalCdf } from './normal-cdf';
import { HOURS_PER_YEAR } from './volatility';

// 25 digits: ln at the model's 40 costs ~0.25 ms a call, and a probability needs nowhere near that.
const Dm = Decimal.clone({ precision: 25, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
type Dm = InstanceType<typeof Dm>;

export type TouchProbability = { ok: true; probability: Dec } | { ok: false; reason: 'bad-input' };

/** mark S, liquidation L (both > 0), annualised volatility σ (≥ 0), horizon in hours (> 0). */
export function touchProbability(mark: Dec, liquidation: Dec, annualisedVolatility: Dec, hours: Dec | number): TouchProbability {
  return touchProbabilities(mark, liquidation, annualisedVolatility, [hours])[0]!;
}

/** The same for several horizons, sharing the one logarithm. */
export function touchProbabilities(mark: Dec, liquidation: Dec, annualisedVolatility: Dec, horizons: readonly (Dec | number)[]): TouchProbability[] {
  const bad = horizons.map((): TouchProbability => ({ ok: false, reason: 'bad-input' }));
  let s: Dm, l: Dm, sigma: Dm, hs: Dm[];
  try {
    [s, l, sigma] = [new Dm(mark), new Dm(liquidation), new Dm(annualisedVolatility)];
    hs = horizons.map((h) => new Dm(h));
  } catch {
    return bad;
  }
  if (![s, l, sigma].every((v) => v.isFinite()) || !s.gt(0) || !l.gt(0) || sigma.isNeg()) return bad;
  const distance = l.div(s).ln().abs();
  return hs.map((h): TouchProbability => {
    if (!h.isFinite() || !h.gt(0)) return { ok: false, reason: 'bad-input' };
    if (distance.isZero()) return { ok: true, probability: '1' };
    if (sigma.isZero()) return { ok: true, probability: '0' };
    const spread = sigma.mul(h.div(HOURS_PER_YEAR).sqrt());
    const p = new Dm(normalCdf(distance.div(spread).neg()).mul(2).toString());
    return { ok: true, probability: Dm.min(p, 1).toSignificantDigits(15).toString() };
  });
}
