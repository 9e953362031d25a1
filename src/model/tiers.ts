import { t as say } from '../i18n/t';
import { approximateNumber } from './approximate-number';
import { Dm, ZERO } from './decimal';
import { ModelInputError } from './model-input-error';
import { parseDecimal, parseOptionalDecimal } from './parse-decimal';
import { resolveOnce } from './resolved-tier-cache';
import { tableFacts } from './tier-table-facts';
import type { ResolvedTier } from './equation';
import type { Dec, Tier } from './types';

export type { ResolvedTier } from './equation';

/**
 * Validates a tier table and derives missing maintenance amounts with the recurrence
 * cum_n = cum_(n-1) + floor_n * (MMR_n - MMR_(n-1)), cum_1 = 0 (Binance FAQ, reference §1.3),
 * which makes MM continuous in the notional. With rateFromMaxLeverage (Hyperliquid) a tier's rate is
 * 1/(2 x maxLeverage). With deduction 'none' (OKX: one tier's rate on the
 * whole position) every amount is 0 and a table that gives another is refused.
 * A table array is resolved once while it stays unchanged (resolved-tier-cache.ts).
 */
export function resolveTiers(
  tiers: unknown, field = 'tiers', deduction: 'derived' | 'none' = 'derived', rateFromMaxLeverage = false,
): ResolvedTier[] {
  const variant = deduction === 'none' ? (rateFromMaxLeverage ? 'none:rate' : 'none') : rateFromMaxLeverage ? 'derived:rate' : 'derived';
  return resolveOnce(tiers, variant, () => resolveTable(tiers, field, deduction, rateFromMaxLeverage));
}

function resolveTable(tiers: unknown, field: string, deduction: 'derived' | 'none', rateFromMaxLeverage: boolean): ResolvedTier[] {
  if (!Array.isArray(tiers) || tiers.length === 0) throw new ModelInputError(field, say('model_errNoTier'));
  const resolved: ResolvedTier[] = [];
  let previousFloor: Dm | undefined;
  let previousRate = ZERO;
  let previousAmount = ZERO;
  tiers.forEach((tier: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof tier !== 'object' || tier === null) throw new ModelInputError(at, say('model_errNotTier'));
    const t = tier as Partial<Record<keyof Tier, unknown>>;
    const floor = parseDecimal(`${at}.floor`, t.floor, 'non-negative');
    const cap = parseOptionalDecimal(`${at}.cap`, t.cap, 'positive');
    const rate = rateFromMaxLeverage ? rateOfMaxLeverage(at, t) : parseDecimal(`${at}.maintenanceMarginRate`, t.maintenanceMarginRate, 'non-negative');
    if (rate.gte(1)) throw new ModelInputError(`${at}.maintenanceMarginRate`, say('model_errBelowOne'));
    if (previousFloor !== undefined && !floor.gt(previousFloor)) {
      throw new ModelInputError(`${at}.floor`, say('model_errFloorOrder'));
    }
    if (cap !== undefined && !cap.gt(floor)) throw new ModelInputError(`${at}.cap`, say('model_errCapBelowFloor'));
    const given = parseOptionalDecimal(`${at}.maintenanceAmount`, t.maintenanceAmount);
    if (deduction === 'none' && given !== undefined && !given.isZero()) {
      throw new ModelInputError(`${at}.maintenanceAmount`, say('model_errNoDeduction'));
    }
    const amount = deduction === 'none' ? ZERO : given ?? (i === 0 ? ZERO : previousAmount.plus(floor.times(rate.minus(previousRate))));
    const last = resolved[resolved.length - 1];
    if (last) last.upper = floor;
    resolved.push({ lower: i === 0 ? ZERO : floor, upper: null, cap: cap ?? null, rate, amount });
    previousFloor = floor;
    previousRate = rate;
    previousAmount = amount;
  });
  return resolved;
}

// A rate given beside maxLeverage may be a rounded display value ("1.67 %" for 1/60); beyond this it contradicts it.
const RATE_AGREEMENT = new Dm('0.01');

/**
 * Hyperliquid: maintenance rate = half the initial rate at max leverage, 1/(2 x maxLeverage). Without
 * maxLeverage the given rate is used; a given rate that contradicts maxLeverage is refused.
 */
function rateOfMaxLeverage(at: string, t: Partial<Record<keyof Tier, unknown>>): Dm {
  if (t.maxLeverage === undefined) return parseDecimal(`${at}.maintenanceMarginRate`, t.maintenanceMarginRate, 'non-negative');
  const rate = new Dm(1).div(parseDecimal(`${at}.maxLeverage`, t.maxLeverage, 'positive').times(2));
  const given = parseOptionalDecimal(`${at}.maintenanceMarginRate`, t.maintenanceMarginRate, 'non-negative');
  if (given !== undefined && given.minus(rate).abs().gt(rate.times(RATE_AGREEMENT))) {
    throw new ModelInputError(`${at}.maintenanceMarginRate`, say('model_errRateVsLeverage', rate.toSignificantDigits(6).toString()));
  }
  return rate;
}

/** Index of the tier a notional falls in: the highest tier whose floor is <= notional. */
export function findTierIndex(tiers: ResolvedTier[], notional: Dm): number {
  // A cached table has its floors as floats: they guess the tier, two decimal comparisons confirm it
  // (the definition itself: lower <= notional < next lower), else the search below decides.
  const facts = tiers.length > 2 ? tableFacts(tiers) : undefined;
  if (facts) {
    const guess = guessTierIndex(facts.lowerApprox, approximateNumber(notional));
    const next = tiers[guess + 1];
    if ((guess === 0 || notional.gte((tiers[guess] as ResolvedTier).lower)) && (next === undefined || notional.lt(next.lower))) return guess;
  }
  // Lower bounds ascend strictly (resolveTiers checks): binary search for the last one <= notional.
  let low = 0;
  let high = tiers.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (notional.gte((tiers[middle] as ResolvedTier).lower)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function guessTierIndex(lowers: number[], value: number): number {
  let low = 0;
  let high = lowers.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (value >= (lowers[middle] as number)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Index of the tier a size that does not move with the price falls in (OKX contracts): the first
 * tier whose cap (inclusive, OKX maxSz) holds it; without a cap, below the next floor. Beyond the
 * last cap, the last tier.
 */
export function findTierIndexBySize(tiers: ResolvedTier[], size: Dm): number {
  const index = tiers.findIndex((tier) => (tier.cap !== null ? size.lte(tier.cap) : tier.upper === null || size.lt(tier.upper)));
  return index === -1 ? tiers.length - 1 : index;
}

/** MM = notional * MMR - cum of the tier the notional falls in. */
export function maintenanceMarginOf(tiers: ResolvedTier[], notional: Dm): Dm {
  const tier = tiers[findTierIndex(tiers, notional)] as ResolvedTier;
  return notional.times(tier.rate).minus(tier.amount);
}

/** Maintenance margin of a position of this notional (in the tier unit), as a decimal string. */
export function maintenanceMargin(notional: Dec, tiers: Tier[]): Dec {
  const n = parseDecimal('notional', notional, 'non-negative');
  return maintenanceMarginOf(resolveTiers(tiers), n).toString();
}

/** Index into tiers of the tier that applies at this notional (in the tier unit). */
export function tierIndexAt(notional: Dec, tiers: Tier[]): number {
  const n = parseDecimal('notional', notional, 'non-negative');
  return findTierIndex(resolveTiers(tiers), n);
}
