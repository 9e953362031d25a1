// A tick that depends on the price. Hyperliquid quotes a perp price with at most 5 significant
// figures and at most 6 - szDecimals decimals, and a whole price is always allowed (its docs, "Tick
// and lot size"): BTC at 105942 moves by 1, a coin at 0.012345 by 0.000001. So there is no one
// tick per instrument, only the rule and the price it is applied at.
import { Dm } from '../model/decimal';
import { isBoundedPositiveDecimal } from '../model/decimal-text';
import type { Dec } from '../model/types';

export interface PriceRule {
  significantFigures: number;
  maxDecimals: number;
}

/** Counts a venue could publish: a rule beyond them is a broken answer. */
const MAX_COUNT = 20;
const isCount = (value: unknown, least: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= least && value <= MAX_COUNT;

export function isPriceRule(value: unknown): value is PriceRule {
  if (typeof value !== 'object' || value === null) return false;
  const { significantFigures, maxDecimals } = value as Record<string, unknown>;
  return isCount(significantFigures, 1) && isCount(maxDecimals, 0) && Object.keys(value).length === 2;
}

/**
 * The smallest step a price can take at `price` under the rule: the coarser of the last significant
 * figure and the last allowed decimal, never coarser than 1 (whole prices are always allowed).
 */
export function tickAtPrice(rule: PriceRule, price: Dec): Dm {
  const byDecimals = new Dm(10).pow(-rule.maxDecimals);
  if (!isBoundedPositiveDecimal(price)) return byDecimals;
  // The exponent of the leading digit: 105942 -> 5, 0.012345 -> -2.
  const leading = new Dm(price).e;
  const byFigures = new Dm(10).pow(leading - (rule.significantFigures - 1));
  return Dm.min(Dm.max(byFigures, byDecimals), 1);
}
