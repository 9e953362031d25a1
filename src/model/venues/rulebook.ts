import type { MessageKey } from '../../i18n/catalog';
import type { Dm } from '../decimal';
import type { ResolvedTier } from '../tiers';
import type { PositionInput, Venue } from '../types';

/**
 * What makes a venue different, as data and small functions. The equation, the solver and
 * the validation are shared (../estimate.ts, ../solver.ts).
 */
export interface Rulebook {
  venue: Venue;
  /** 'both': one rule for the venue's linear and inverse contracts (OKX); the input says which. */
  contract: 'linear' | 'inverse' | 'both';
  /** Name of the tier unit, for messages: "USDT notional", "BTC notional", "contracts". */
  tierUnit: string;
  /** Fee rate added to the maintenance rate inside the requirement (OKX, Bitget); 0 when the venue has none. */
  requirementFeeRate(input: PositionInput, takerFeeRate: Dm | undefined): Dm;
  /**
   * Whether the first liquidation at this tier may close only part of the position. `at` gives the
   * position's size in the tier unit at the liquidation price (Hyperliquid's rule is by notional) and the input.
   */
  partialLiquidation(tierIndex: number, tiers: ResolvedTier[], at: { tierMeasure: Dm; input: PositionInput }): boolean;
  /**
   * Where the venue's rule says how much its first partial liquidation closes: that share of the
   * position (0..1). Asked only when partialLiquidation is true; absent or undefined: the rule does not say.
   */
  partialFirstStep?(tierIndex: number, tiers: ResolvedTier[], at: { tierMeasure: Dm; input: PositionInput }): Dm | undefined;
  /** The venue's margin ratio from its maintenance requirement and margin balance; undefined when not defined. */
  marginRatio(requirement: Dm, marginBalance: Dm): Dm | undefined;
  /**
   * Plain-language assumptions that hold for every estimate on this venue, as message keys (the
   * estimate puts them into words with t()). May read only the input's contract, marginMode,
   * positionMode and takerFeeRate: the estimate builds them once per combination.
   */
  assumptions(input: PositionInput): Said[];
  /**
   * Venues whose tier follows a size that does not move with the price (OKX counts contracts):
   * that size for one leg, in the tier unit; `field` names the leg for errors ('' for the position
   * itself, 'otherPositions[i]'). Absent: the tier follows the notional at the liquidation price.
   */
  tierSize?(input: PositionInput, leg: TierSizeLeg): Dm;
  /** 'none': the tier's rate applies to the whole position, no deduction (OKX). Default 'derived' (Binance cum recurrence). */
  tierDeduction?: 'derived' | 'none';
  /** The venue's maintenance margin leaves out the fee inside the requirement (OKX shows MM and the liquidation fee apart). */
  maintenanceMarginWithoutFee?: boolean;
  /** The tier's maintenance rate is 1/(2 x its maxLeverage) where maxLeverage is given (Hyperliquid). Default: the rate as given. */
  maintenanceRateFromMaxLeverage?: boolean;
  /** Throws ModelInputError for a case whose venue rule Liqcheck does not model (e.g. Bitget cross hedge with both legs). */
  checkInput?(input: PositionInput): void;
  /**
   * A fee to close, this rate x the position's value at its bankruptcy price, that the venue books into
   * both the position margin and the maintenance margin (Bybit). It is in the MM shown; in isolated it
   * cancels out of the trigger; in cross the wallet must cover it, at the value the leg's leverage sets.
   * Absent: no such fee (Binance, OKX).
   */
  closeFeeRate?(input: PositionInput, takerFeeRate: Dm | undefined): Dm;
  /**
   * How many price ticks toward the mark the venue prints its liquidation price from its own rule's
   * value, as real recorded positions show (OKX isolated: one). Used when the input gives priceTick.
   * Absent or 0: the venue prints the rule's value (or nothing is known).
   */
  ticksTowardMark?(input: PositionInput): number;
}

/** A sentence as a message key of src/i18n/messages/model.ts and its substitutions. */
export interface Said {
  key: MessageKey;
  subs?: readonly string[];
}

/** One leg as the tierSize hook sees it: the position itself or one of its otherPositions. */
export interface TierSizeLeg {
  field: string;
  symbol: string;
  side: 'long' | 'short';
  size: Dm;
  /** As given on that leg (validated by the hook). */
  contractSize: unknown;
}
