import { approximateNumber } from './approximate-number';
import { isAboveZero, minusSkippingZero, plusSkippingZero, type Dm } from './decimal';
import type { LiquidationEquation, Root } from './equation';
import { tableFacts } from './tier-table-facts';
import type { ResolvedTier } from './equation';

// The fast path of the solver for one moving leg whose tier follows its own notional (every
// one-way position). Plain floats only GUESS the tier where the surplus (equity − requirement)
// crosses zero; that tier's root is then computed in decimals by the very operations of the exact
// search (solver.ts) and accepted only when it lies clearly inside the tier (1e-12 relative from
// both bounds). Anything else — a condition near its limit, a root near a bound, a wrong guess —
// answers undefined and the exact search runs.
//
// Why the exact search finds this root and no other (so the result is the same by construction):
// the table's MM is continuous and its tiers wide (monotoneShape, checked in decimals), and the
// float checks below imply, with a factor of 2 to spare, every condition of monotone-tier-search.ts:
// the slopes of all tiers have one sign and are within 1e6 of each other, and the terms are within
// 1e15 of the result. The surplus then crosses zero once, inside this tier. Every other tier's line
// meets the surplus at the bound it shares with the crossing side, so its own root misses its tier
// by at least 1e-6 x the distance from that bound to the crossing: >= 1e-18 relative for a neighbour
// (the root is 1e-12 inside), >= 1e-12 for a tier further away (tiers are >= 1e-6 of their bound
// wide). That is far beyond the 1e-30 slack of the self-consistency check and the rounding of 40
// digits (about 1e-24 relative at a condition of 1e15), since floors are at least 1e-6 (checked).

const RATIO = 1e6 / 2;
const CONDITION = 1e15 / 2;
const SIGN_MARGIN = 1e-6;
const SMALLEST_FLOOR = 1e-6;

export function floatGuidedRoot(equation: LiquidationEquation): Root[] | undefined {
  const leg = equation.legs[0];
  if (equation.legs.length !== 1 || !leg || leg.fixedTierIndex !== undefined || leg.tiers.length < 2) return undefined;
  const perX = leg.requirementPerX;
  if (leg.tierMeasure.slope !== perX || !leg.tierMeasure.constant.isZero() || !isAboveZero(perX)) return undefined;
  const facts = tableFacts(leg.tiers);
  if (!facts?.shape) return undefined;

  const k = approximateNumber(equation.equity.slope);
  const p = approximateNumber(perX);
  const extra = approximateNumber(leg.extraRate);
  const equityConstant = approximateNumber(equation.equity.constant);
  const fixed = approximateNumber(equation.fixedRequirement);
  if (!(facts.firstFloorApprox >= SMALLEST_FLOOR) || !(extra >= 0)) return undefined;

  const slopeLow = k - p * (facts.minRateApprox + extra);
  const slopeHigh = k - p * (facts.maxRateApprox + extra);
  const scale = Math.abs(k) + p * (facts.maxRateApprox + extra);
  if (!(Math.abs(slopeLow) > SIGN_MARGIN * scale) || !(Math.abs(slopeHigh) > SIGN_MARGIN * scale)) return undefined;
  if (slopeLow > 0 !== slopeHigh > 0) return undefined;
  const smallest = Math.min(Math.abs(slopeLow), Math.abs(slopeHigh));
  if (!(Math.max(Math.abs(slopeLow), Math.abs(slopeHigh), Math.abs(k)) <= smallest * RATIO)) return undefined;
  const terms = Math.abs(equityConstant) + Math.abs(fixed) + facts.maxAmountApprox;
  if (!(terms * p <= smallest * facts.firstFloorApprox * CONDITION)) return undefined;

  // The guess: the first floor where the surplus has reached zero, in the tier unit.
  const increasing = slopeLow > 0;
  const constant = equityConstant - fixed;
  const perUnit = k / p - extra;
  let crossing = leg.tiers.length - 1;
  for (let j = 1; j < leg.tiers.length; j++) {
    const surplus = constant + (facts.amountApprox[j] as number) + (perUnit - (facts.rateApprox[j] as number)) * (facts.lowerApprox[j] as number);
    if (increasing ? surplus >= 0 : surplus <= 0) {
      crossing = j - 1;
      break;
    }
  }

  // The root of that tier, exactly as the exact search computes it, then checked in decimals.
  const tier = leg.tiers[crossing] as ResolvedTier;
  const rate = leg.extraRate.isZero() ? (facts.rateWithoutFee[crossing] as Dm) : tier.rate.plus(leg.extraRate);
  const slope = equation.equity.slope.minus(perX.times(rate));
  if (slope.isZero()) return undefined;
  const x = plusSkippingZero(minusSkippingZero(equation.equity.constant, equation.fixedRequirement), tier.amount).neg().div(slope);
  if (!x.isFinite() || !isAboveZero(x)) return undefined;
  const measure = perX.times(x);
  if (crossing > 0 && !measure.gte(facts.clearlyAbove[crossing] as Dm)) return undefined;
  const below = facts.clearlyBelow[crossing];
  if (below && !measure.lte(below)) return undefined;
  return [{ x, tierIndexes: [crossing], measure }];
}
