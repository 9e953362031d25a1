import { Dm, isAboveZero, minusSkippingZero, plusSkippingZero } from './decimal';
import { floatGuidedRoot } from './float-guided-root';
import { monotoneCandidates } from './monotone-tier-search';
import { highestAccepted, lowestAccepted, tableFacts } from './tier-table-facts';
import type { Line, LiquidationEquation, MovingLeg, ResolvedTier, Root } from './equation';
import { findTierIndex } from './tiers';

// The one liquidation solver for every venue. The unknown x is the mark price P (linear
// contracts) or 1/P (inverse contracts): in that variable both the equity and every
// maintenance requirement are piecewise linear, so for a chosen tier per moving leg the
// equation equity(x) = requirement(x) is linear and has a closed-form root.

export type { Line, LiquidationEquation, MovingLeg, Root } from './equation';

const SAME_ROOT = new Dm('1e-28');

// The bounds with their slack (tier-table-facts.ts) come from the table's facts when it has them.
function withinTier(tiers: ResolvedTier[], index: number, measure: Dm): boolean {
  const facts = tableFacts(tiers);
  const tier = tiers[index] as ResolvedTier;
  if (measure.lt(facts ? (facts.lowestAccepted[index] as Dm) : lowestAccepted(tier))) return false;
  const highest = facts ? facts.highestAccepted[index] : highestAccepted(tier);
  return highest === null || highest === undefined || measure.lte(highest);
}

/** rate + extraRate of a tier; rate + 0 from the table's facts when there is no fee. */
export function requirementRate(leg: MovingLeg, index: number): Dm {
  const facts = leg.extraRate.isZero() ? tableFacts(leg.tiers) : undefined;
  return facts ? (facts.rateWithoutFee[index] as Dm) : (leg.tiers[index] as ResolvedTier).rate.plus(leg.extraRate);
}

function tierCombinations(equation: LiquidationEquation): number[][] {
  const candidates = monotoneCandidates(equation);
  if (candidates) return candidates.map((i) => [i]);
  const legs = equation.legs;
  let combinations: number[][] = [[]];
  for (const leg of legs) {
    const next: number[][] = [];
    const indexes = leg.fixedTierIndex === undefined ? leg.tiers.map((_, i) => i) : [leg.fixedTierIndex];
    for (const partial of combinations) indexes.forEach((i) => next.push([...partial, i]));
    combinations = next;
  }
  return combinations;
}

/**
 * Every positive root of equity(x) = requirement(x), ascending in x, each with the tiers
 * that are self-consistent at it (the tier chosen by the measure AT the root; the last tier
 * covers everything beyond its floor). One-way positions have at most one root; a hedged
 * pair (concave difference) can have two. The float-guided fast path answers when it can prove
 * its root is the exact search's only one; otherwise the exact search runs.
 */
export function solveEquation(equation: LiquidationEquation): Root[] {
  return floatGuidedRoot(equation) ?? solveEquationExactly(equation);
}

/** The exact search: every tier (or tier pair) that can hold a root is solved and checked. Same contract as solveEquation. */
export function solveEquationExactly(equation: LiquidationEquation): Root[] {
  const roots: Root[] = [];
  for (const tierIndexes of tierCombinations(equation)) {
    let slope = equation.equity.slope;
    let constant = minusSkippingZero(equation.equity.constant, equation.fixedRequirement);
    equation.legs.forEach((leg, k) => {
      const index = tierIndexes[k] as number;
      slope = slope.minus(leg.requirementPerX.times(requirementRate(leg, index)));
      constant = plusSkippingZero(constant, (leg.tiers[index] as ResolvedTier).amount);
    });
    // No root on a segment where equity and requirement run parallel.
    if (slope.isZero()) continue;
    const x = constant.neg().div(slope);
    if (!x.isFinite() || !x.gt(0)) continue;
    let first: Dm | undefined;
    const consistent = equation.legs.every((leg, k) => {
      if (leg.fixedTierIndex !== undefined) return true;
      const measure = plusSkippingZero(leg.tierMeasure.slope.times(x), leg.tierMeasure.constant);
      if (k === 0) first = measure;
      return withinTier(leg.tiers, tierIndexes[k] as number, measure);
    });
    if (consistent) roots.push(first ? { x, tierIndexes, measure: first } : { x, tierIndexes });
  }
  roots.sort((a, b) => a.x.comparedTo(b.x));
  // At a tier boundary both adjacent tiers give the same root: keep one.
  return roots.filter((root, i) => {
    const previous = roots[i - 1];
    return previous === undefined || root.x.minus(previous.x).abs().gt(root.x.times(SAME_ROOT));
  });
}

/** The x where the equity is zero (bankruptcy), or null when there is no positive one. */
export function solveZeroEquity(equity: Line): Dm | null {
  if (equity.slope.isZero()) return null;
  const x = equity.constant.neg().div(equity.slope);
  return x.isFinite() && isAboveZero(x) ? x : null;
}

/** equity(x) - requirement(x), with each leg's tier read at x: positive is safe, <= 0 liquidates. */
export function marginSurplus(equation: LiquidationEquation, x: Dm): Dm {
  let surplus = equation.equity.constant.plus(equation.equity.slope.times(x)).minus(equation.fixedRequirement);
  for (const leg of equation.legs) {
    const measure = leg.tierMeasure.constant.plus(leg.tierMeasure.slope.times(x));
    const tier = leg.tiers[leg.fixedTierIndex ?? findTierIndex(leg.tiers, measure)] as ResolvedTier;
    surplus = surplus.minus(leg.requirementPerX.times(x).times(tier.rate.plus(leg.extraRate)).minus(tier.amount));
  }
  return surplus;
}
