import { approximateNumber } from './approximate-number';
import { Dm, ZERO } from './decimal';
import { monotoneShape, type TableShape } from './monotone-tier-search';
import type { ResolvedTier } from './equation';

// What the solver derives from a tier table on every estimate, derived once per resolved table.
// Only tables kept by the resolved-tier cache are frozen and can be remembered safely; for any
// other table tableFacts() answers undefined and the caller computes as before. Every decimal here
// is computed by the very same operations the solver used to repeat, so no result changes.

// Bounds are checked with a tiny relative slack so that a root exactly on a tier boundary,
// computed in either adjacent tier, is not lost to the last digit of 40.
export const BOUND_SLACK = new Dm('1e-30');
// A root this far (relative) inside its tier's bounds is clearly inside (float-guided-root.ts).
const INSIDE = new Dm('1e-12');

export interface TableFacts {
  /** Per tier: lower − (|lower| + 1) × slack, the lowest measure the solver accepts in it. */
  lowestAccepted: Dm[];
  /** Per tier: upper + (|upper| + 1) × slack, the highest; null for the last tier. */
  highestAccepted: (Dm | null)[];
  /** Per tier: rate + 0 (the rate rounded to the model's precision), the requirement rate when there is no fee. */
  rateWithoutFee: Dm[];
  /** Per tier: lower × (1 + 1e-12) and upper × (1 − 1e-12): a measure within these is clearly inside. */
  clearlyAbove: Dm[];
  clearlyBelow: (Dm | null)[];
  /** Floats for guessing only. */
  lowerApprox: number[];
  rateApprox: number[];
  amountApprox: number[];
  /** The table's shape when its MM is continuous and its tiers wide (monotone-tier-search.ts), else null. */
  shape: TableShape | null;
  minRateApprox: number;
  maxRateApprox: number;
  maxAmountApprox: number;
  firstFloorApprox: number;
}

const known = new WeakMap<ResolvedTier[], TableFacts>();

export function tableFacts(tiers: ResolvedTier[]): TableFacts | undefined {
  const facts = known.get(tiers);
  if (facts !== undefined) return facts;
  if (!Object.isFrozen(tiers)) return undefined;
  const made = factsOf(tiers);
  known.set(tiers, made);
  return made;
}

export function lowestAccepted(tier: ResolvedTier): Dm {
  return tier.lower.minus(tier.lower.abs().plus(1).times(BOUND_SLACK));
}

export function highestAccepted(tier: ResolvedTier): Dm | null {
  return tier.upper === null ? null : tier.upper.plus(tier.upper.abs().plus(1).times(BOUND_SLACK));
}

function factsOf(tiers: ResolvedTier[]): TableFacts {
  const shape = tiers.length > 1 ? monotoneShape(tiers) : null;
  const upperApprox = tiers.length > 1 ? approximateNumber((tiers[0] as ResolvedTier).upper as Dm) : Infinity;
  return {
    lowestAccepted: tiers.map(lowestAccepted),
    highestAccepted: tiers.map(highestAccepted),
    rateWithoutFee: tiers.map((t) => t.rate.plus(ZERO)),
    clearlyAbove: tiers.map((t) => t.lower.times(INSIDE.plus(1))),
    clearlyBelow: tiers.map((t) => (t.upper === null ? null : t.upper.times(new Dm(1).minus(INSIDE)))),
    lowerApprox: tiers.map((t) => approximateNumber(t.lower)),
    rateApprox: tiers.map((t) => approximateNumber(t.rate)),
    amountApprox: tiers.map((t) => approximateNumber(t.amount)),
    shape,
    minRateApprox: shape ? approximateNumber(shape.minRate) : NaN,
    maxRateApprox: shape ? approximateNumber(shape.maxRate) : NaN,
    maxAmountApprox: shape ? approximateNumber(shape.maxAmount) : NaN,
    firstFloorApprox: upperApprox,
  };
}
