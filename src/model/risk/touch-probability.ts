// The probability that the mark touches the liquidation price within a horizon, under a driftless
// lognormal model (zero drift: no view on direction; funding and fat tails ignored):
//   P = 2·Φ(−|ln(L/S)| / (σ√T)), σ annualised, T in years (365 × 24 h).
// This is the reflection principle for a Brownian motion without drift in log price.
import { Dm } from '../decimal';
import type { Dec } from '../types';
import { normalCdf } from './normal-cdf';
import { HOURS_PER_YEAR } from './volatility';

export type TouchProbability = { ok: true; probability: Dec } | { ok: false; reason: 'bad-input' };

/** mark S, liquidation L (both > 0), annualised volatility σ (≥ 0), horizon in hours (> 0). */
export function touchProbability(mark: Dec, liquidation: Dec, annualisedVolatility: Dec, hours: Dec | number): TouchProbability {
  let s: Dm, l: Dm, sigma: Dm, h: Dm;
  try {
    [s, l, sigma, h] = [new Dm(mark), new Dm(liquidation), new Dm(annualisedVolatility), new Dm(hours)];
  } catch {
    return { ok: false, reason: 'bad-input' };
  }
  if (![s, l, sigma, h].every((v) => v.isFinite()) || !s.gt(0) || !l.gt(0) || sigma.isNeg() || !h.gt(0)) return { ok: false, reason: 'bad-input' };
  const distance = l.div(s).ln().abs();
  if (distance.isZero()) return { ok: true, probability: '1' };
  if (sigma.isZero()) return { ok: true, probability: '0' };
  const spread = sigma.mul(h.div(HOURS_PER_YEAR).sqrt());
  const p = new Dm(normalCdf(distance.div(spread).neg()).mul(2).toString());
  return { ok: true, probability: Dm.min(p, 1).toSignificantDigits(20).toString() };
}
