// The shapes the solver works on, apart from the code that builds and solves them, so the tier
// search, the root finder and the table facts can name them without importing the solver.
import type { Dm } from './decimal';

/** A tier ready for the solver: numbers parsed, bounds settled, deduction (cum) known. */
export interface ResolvedTier {
  /** Lower bound in the tier unit; the first tier starts at 0 whatever its floor says. */
  lower: Dm;
  /** Upper bound: the next tier's floor; null for the last tier (beyond the last cap the last tier applies). */
  upper: Dm | null;
  /** The venue's own cap, when given: above it a position cannot be opened. */
  cap: Dm | null;
  rate: Dm;
  /** Binance "cum": MM = notional * rate - amount. */
  amount: Dm;
}

/** value(x) = constant + slope * x */
export interface Line {
  constant: Dm;
  slope: Dm;
}

/** A position whose price is the unknown (the position itself, or its hedge leg on the same symbol). */
export interface MovingLeg {
  /** Requirement of the leg = requirementPerX * x * (tier rate + extraRate) - tier amount. */
  requirementPerX: Dm;
  /** The quantity the tier is chosen by (notional at x, or a fixed contract count), in the tier unit. */
  tierMeasure: Line;
  tiers: ResolvedTier[];
  /** Added to every tier's rate: a fee inside the requirement (OKX, Bitget); 0 for Binance. */
  extraRate: Dm;
  /** A tier that does not move with the price (OKX chooses it by contract count); absent: by tierMeasure at x. */
  fixedTierIndex?: number;
}

export interface LiquidationEquation {
  /** Margin balance as a function of x (wallet + unrealized PnL, everything else held at its mark). */
  equity: Line;
  /** Requirement that does not move with x (other positions at their mark). */
  fixedRequirement: Dm;
  legs: MovingLeg[];
}

export interface Root {
  x: Dm;
  /** For each leg, the tier that holds at this root. */
  tierIndexes: number[];
  /** The first leg's tier measure at x, when the solver computed it (a tier that follows the price). */
  measure?: Dm;
}
