import type { Dm } from '../decimal';
import type { ResolvedTier } from '../tiers';
import type { PositionInput, Venue } from '../types';

/**
 * What makes a venue different, as data and small functions. The equation, the solver and
 * the validation are shared (../estimate.ts, ../solver.ts).
 */
export interface Rulebook {
  venue: Venue;
  contract: 'linear' | 'inverse';
  /** Name of the tier unit, for messages: "USDT notional", "BTC notional", "contracts". */
  tierUnit: string;
  /** Fee rate added to the maintenance rate inside the requirement (OKX, Bitget); 0 when the venue has none. */
  requirementFeeRate(input: PositionInput, takerFeeRate: Dm | undefined): Dm;
  /** Whether the first liquidation at this tier may close only part of the position. */
  partialLiquidation(tierIndex: number, tiers: ResolvedTier[]): boolean;
  /** The venue's margin ratio from its maintenance requirement and margin balance; undefined when not defined. */
  marginRatio(requirement: Dm, marginBalance: Dm): Dm | undefined;
  /** Plain-language assumptions that hold for every estimate on this venue. */
  assumptions(input: PositionInput): string[];
}
