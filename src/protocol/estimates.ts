// What the worker answers to a snapshot: per position and per order side, Liqcheck's estimate,
// the exchange's figure and a verdict. The overlay renders this and nothing else.
import type { Dec } from '../model/types';
import type { Side } from './snapshot';

/** An estimate: a decimal, 'none' when no liquidation price exists, 'unknown' when it can't be computed. */
export type EstimateValue = Dec | 'none' | 'unknown';

export type Verdict = 'agree' | 'differs' | 'unknown';

/**
 * Which way a difference cuts: 'sooner' when Liqcheck's liquidation price is nearer the mark than the
 * exchange's figure (the dangerous case), 'later' when it is farther.
 */
export type Direction = 'sooner' | 'later';

/** Stable warning kinds (docs/architecture.md): add new ones freely, never rename one. */
export type WarningKind =
  | 'liquidation-near-entry'
  | 'leverage-high'
  | 'stop-beyond-liquidation'
  | 'tier-jump'
  | 'instant-liquidation'
  | 'notional-above-cap'
  | 'stale-market-data'
  | 'market-data-refresh-failed'
  | 'cannot-read';

export interface Warning {
  kind: WarningKind;
  side?: Side;
  message: string;
  /**
   * The kind's short name in the trader's language ("high leverage"), the same for every warning of
   * the kind: the worker writes it into each answer (src/background/warning-names.ts).
   */
  name?: string;
}

/** The tier table behind an estimate: which one, and how old. */
export interface TableInfo {
  /** The day the table is known valid (YYYY-MM-DD): the bundled snapshot's date or the fetch date. */
  date: string;
  origin: 'bundled' | 'fetched';
  /** ISO time of the fetch; fetched tables only. */
  fetchedAt?: string;
  /** Whole days since that date (or fetch); absent when the table is undated. */
  ageDays?: number;
}

/**
 * The most likely reason an estimate differs from the exchange's figure, from the model's own
 * assumptions (issue 6). Stable kinds; add new ones freely, never rename one.
 */
export type DifferenceCause =
  | 'tier'
  | 'fee-treatment'
  | 'mark-vs-entry'
  | 'other-cross-positions'
  | 'stale-market-data'
  | 'rounding'
  | 'unknown';

export interface LikelyCause {
  kind: DifferenceCause;
  /** Plain words for the trader, localised. */
  message: string;
}

/** Figures about a position at the current mark, all decimal strings (issue 6). */
export interface PositionMetrics {
  markPrice?: Dec;
  /** |mark - Liqcheck's liquidation price|, in the quote currency. */
  distancePrice?: Dec;
  /** distancePrice / mark x 100. */
  distancePercent?: Dec;
  /** The venue's own margin ratio at mark, in percent (as the model defines it per venue). */
  marginRatioPercent?: Dec;
  /** Maintenance margin at mark, settlement asset. */
  maintenanceMargin?: Dec;
  /** The margin that stands between this position and liquidation at mark (isolated: position margin plus unrealized PnL; cross: the wallet's equity), settlement asset. */
  equity?: Dec;
  /** The loss from mark to the liquidation price (what the margin loses if the mark reaches it), settlement asset, positive. */
  lossAtLiquidation?: Dec;
  /** Position value at mark, settlement asset. */
  notional?: Dec;
  /** The settlement asset's name: USDT, USDC, BTC... */
  settlementAsset?: string;
  /** Funding rate per interval in percent, as read or fetched, and the interval in hours. */
  fundingRatePercent?: Dec;
  fundingIntervalHours?: Dec;
  /** Leverage as read. */
  leverage?: Dec;
}

/** Risk tools that need no input from the trader, shown in the expanded view (issue 6). */
export interface RiskView {
  /** Hours until funding alone, at the current rate, erodes the margin to liquidation; absent when the position receives funding. */
  fundingHoursToLiquidation?: Dec;
  /** Why fundingHoursToLiquidation is absent, when it is. */
  fundingNote?: string;
  /** Probability (0..1 as a decimal string) that the mark touches the liquidation price. */
  touchProbability?: { hour1: Dec; hour24: Dec };
  /** The annualised volatility used, its source and age. */
  volatility?: { annualised: Dec; source: string; asOf: string; ageMinutes: number };
  /** Why touchProbability is absent, when it is. */
  touchNote?: string;
  /** The model behind touchProbability in plain words (zero drift, constant volatility), localised. */
  touchAssumption?: string;
}

export interface PositionResult {
  key: string;
  symbol: string;
  /** 'unknown' when the side could not be read. */
  side: Side | 'unknown';
  estimate: EstimateValue;
  /** The exchange's figure as parsed; null when it could not be read. */
  displayed: Dec | 'none' | null;
  verdict: Verdict;
  /** Relative difference in percent, when both are numbers. */
  differencePercent?: Dec;
  /** When the verdict is 'differs' and the side is known: which way the difference cuts. */
  direction?: Direction;
  /** The venue may liquidate this position in steps: its first liquidation may close only part of it. */
  partialLiquidation?: boolean;
  /** With partialLiquidation, where the venue's rule gives it: the share of the position its first step closes, in percent. */
  partialFirstStepPercent?: Dec;
  /** Why the verdict is unknown or differs, in plain words. */
  reasons: string[];
  assumptions: string[];
  /** Date of the tier table used (YYYY-MM-DD). */
  tableDate?: string;
  /** The tier table used: date, origin, age. */
  table?: TableInfo;
  /** That table in a few words ("Tier table of 2026-09-16 (bundled)"): the worker's (src/background/table-sentence.ts). */
  tableText?: string;
  /** About this position's estimate: an old tier table, a refused refresh. */
  warnings?: Warning[];
  /** When the verdict is 'differs': the most likely reason (issue 6). */
  likelyCause?: LikelyCause;
  /** Distance, margin ratio, loss at liquidation... (issue 6). */
  metrics?: PositionMetrics;
  /** Funding erosion and touch probabilities (issue 6). */
  risk?: RiskView;
  /** The alert threshold crossed: the mark is within the trader's N % of the liquidation price. */
  alert?: boolean;
  /**
   * The exchange's figure as read, where Liqcheck can't estimate (estimate 'unknown') and nothing shows
   * the row misread. Not shown as the exchange's verified figure; the alerts use it and say so.
   */
  unverifiedDisplayed?: Dec;
}

export interface OrderSideResult {
  side: Side;
  estimate: EstimateValue;
  /** The page's own pre-trade figure, when shown. */
  displayed: Dec | 'none' | null;
  /** Liqcheck's estimate against the page's own pre-trade figure, where the page shows one (as for positions). */
  verdict?: Verdict;
  /** Relative difference in percent, when both are numbers and they differ. */
  differencePercent?: Dec;
  reasons: string[];
  assumptions: string[];
  warnings: Warning[];
  /** The tier table used: date, origin, age. */
  table?: TableInfo;
  /**
   * What the order does, in model units (coin, or contracts for inverse): its size, and the side and
   * size of the position after it ('flat' when it closes the position).
   */
  outcome?: { orderSize: Dec; side: Side | 'flat'; size: Dec };
  /** The position as it would be after the order: size, entry, leverage, notional, maintenance rate (issue 6). */
  after?: { size?: Dec; entryPrice?: Dec; leverage?: Dec; notional?: Dec; maintenanceMarginRate?: Dec };
}

export interface EstimatesResult {
  symbol: string;
  positions: PositionResult[];
  /** Null when no order form was read. */
  order: { long: OrderSideResult; short: OrderSideResult } | null;
  warnings: Warning[];
}
