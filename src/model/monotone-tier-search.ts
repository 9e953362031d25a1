import { Dm } from './decimal';
import type { LiquidationEquation } from './equation';
import type { ResolvedTier } from './equation';

// One moving leg whose tier follows its own notional (every one-way position). When the table's
// maintenance margin is continuous at every floor and every tier gives the surplus a slope of the
// same sign, the surplus equity - requirement is continuous and strictly monotone: it crosses zero
// once (reference docs/rules/binance.md §2.4), and only the tier where it does and its two
// neighbours can pass the solver's self-consistency check. Those are found by bisection over the
// floors instead of solving every tier. Outside these conditions the solver tries every tier.
//
// Why the neighbours suffice: a tier two away from the crossing is separated from it by a whole tier
// of width >= 1e-6 of its bound (MIN_WIDTH), across which the surplus moves by >= 1e-12 relative
// (slopes within RATIO of each other); its own root misses its bounds by that much, far beyond the
// solver's 1e-30 slack and the 40-digit rounding while the terms are within CONDITION of the result.

const MIN_WIDTH = new Dm('1e-6');
const RATIO = new Dm('1e6');
const CONDITION = new Dm('1e15');

export interface TableShape {
  minRate: Dm;
  maxRate: Dm;
  maxAmount: Dm;
  firstFloor: Dm;
}

const shapes = new WeakMap<ResolvedTier[], TableShape | null>();

/** Rates, amounts and bounds the search relies on; null when MM jumps at a floor or a tier is too narrow. */
export function monotoneShape(tiers: ResolvedTier[]): TableShape | null {
  const known = shapes.get(tiers);
  if (known !== undefined) return known;
  let shape: TableShape | null = {
    minRate: (tiers[0] as ResolvedTier).rate,
    maxRate: (tiers[0] as ResolvedTier).rate,
    maxAmount: (tiers[0] as ResolvedTier).amount.abs(),
    firstFloor: (tiers[1] as ResolvedTier).lower,
  };
  for (let j = 1; j < tiers.length && shape; j++) {
    const [previous, tier] = [tiers[j - 1] as ResolvedTier, tiers[j] as ResolvedTier];
    const continuous = tier.lower.times(tier.rate.minus(previous.rate)).eq(tier.amount.minus(previous.amount));
    const wide = tier.upper === null || tier.upper.minus(tier.lower).gte(tier.upper.times(MIN_WIDTH));
    if (!continuous || !wide) shape = null;
    else {
      shape.minRate = Dm.min(shape.minRate, tier.rate);
      shape.maxRate = Dm.max(shape.maxRate, tier.rate);
      shape.maxAmount = Dm.max(shape.maxAmount, tier.amount.abs());
    }
  }
  // Only tables kept by the resolved-tier cache are frozen and can be remembered safely.
  if (Object.isFrozen(tiers)) shapes.set(tiers, shape);
  return shape;
}

/**
 * The tiers (ascending) that can hold a root of a one-leg equation, or undefined when the surplus
 * is not known to be monotone and every tier must be tried.
 */
export function monotoneCandidates(equation: LiquidationEquation): number[] | undefined {
  const leg = equation.legs[0];
  if (equation.legs.length !== 1 || !leg || leg.fixedTierIndex !== undefined || leg.tiers.length < 4) return undefined;
  const perX = leg.requirementPerX;
  if (!leg.tierMeasure.constant.isZero() || !leg.tierMeasure.slope.eq(perX) || !perX.gt(0)) return undefined;
  const shape = monotoneShape(leg.tiers);
  if (!shape) return undefined;

  const k = equation.equity.slope;
  const slopeLow = k.minus(perX.times(shape.minRate.plus(leg.extraRate)));
  const slopeHigh = k.minus(perX.times(shape.maxRate.plus(leg.extraRate)));
  if (slopeLow.isZero() || slopeHigh.isZero() || slopeLow.isNegative() !== slopeHigh.isNegative()) return undefined;
  const smallest = Dm.min(slopeLow.abs(), slopeHigh.abs());
  if (Dm.max(slopeLow.abs(), slopeHigh.abs(), k.abs()).gt(smallest.times(RATIO))) return undefined;
  const constant = equation.equity.constant.minus(equation.fixedRequirement);
  if (constant.abs().plus(shape.maxAmount).times(perX).gt(smallest.times(shape.firstFloor).times(CONDITION))) return undefined;

  // Surplus at the floor of tier j, in the tier unit: constant + amount + (k/perX - extra - rate) x floor.
  const increasing = !slopeLow.isNegative();
  const perUnit = k.div(perX).minus(leg.extraRate);
  const pastZero = (j: number): boolean => {
    const tier = leg.tiers[j] as ResolvedTier;
    const surplus = constant.plus(tier.amount).plus(perUnit.minus(tier.rate).times(tier.lower));
    return increasing ? !surplus.isNegative() || surplus.isZero() : surplus.isNegative() || surplus.isZero();
  };
  // First floor (1..n-1) where the surplus has reached zero; n when none has.
  let low = 1;
  let high = leg.tiers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pastZero(middle)) high = middle;
    else low = middle + 1;
  }
  const crossing = low - 1;
  const candidates: number[] = [];
  for (let j = Math.max(0, crossing - 1); j <= Math.min(leg.tiers.length - 1, crossing + 1); j++) candidates.push(j);
  return candidates;
}
