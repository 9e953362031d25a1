// What the worker answers to a snapshot: per position and per order side, Liqcheck's estimate,
// the exchange's figure and a verdict. The overlay renders this and nothing else.
import type { Dec } from '../model/types';
import type { Side } from './snapshot';

/** An estimate: a decimal, 'none' when no liquidation price exists, 'unknown' when it can't be computed. */
export type EstimateValue = Dec | 'none' | 'unknown';

export type Verdict = 'agree' | 'differs' | 'unknown';

/** Stable warning kinds (architecture.md): add new ones freely, never rename one. */
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
  /** Why the verdict is unknown or differs, in plain words. */
  reasons: string[];
  assumptions: string[];
  /** Date of the tier table used (YYYY-MM-DD). */
  tableDate?: string;
  /** The tier table used: date, origin, age. */
  table?: TableInfo;
  /** About this position's estimate: an old tier table, a refused refresh. */
  warnings?: Warning[];
}

export interface OrderSideResult {
  side: Side;
  estimate: EstimateValue;
  /** The page's own pre-trade figure, when shown. */
  displayed: Dec | 'none' | null;
  reasons: string[];
  assumptions: string[];
  warnings: Warning[];
  /** The tier table used: date, origin, age. */
  table?: TableInfo;
}

export interface EstimatesResult {
  symbol: string;
  positions: PositionResult[];
  /** Null when no order form was read. */
  order: { long: OrderSideResult; short: OrderSideResult } | null;
  warnings: Warning[];
}
