// Inputs a page can show but no open position can have. Each one means a figure was read from the
// wrong place (swapped headers, a split number, a placeholder read as zero): the estimate is refused
// ("cannot verify") rather than computed from it.
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { unrealisedPnl, valueAt } from '../model/position-math';
import type { Dec, Tier } from '../model/types';
import type { Reading, Side } from '../protocol/snapshot';

/** Where a refusal is said (the builder's Needs): as a figure that was misread, not merely missing. */
interface Needs {
  misread(reason: string): void;
}

/** A position in model terms (the builder's Leg). */
interface Held {
  side: Side;
  size: Dec;
  entry: Dec;
  terms: { contract: 'linear' | 'inverse'; contractValue?: Dec; contractSize?: Dec };
}

/**
 * An entry price and a mark (or an order price and the mark) further apart than this factor are not
 * one instrument's prices: a 90 % move either way is beyond any open leveraged position.
 */
export const PRICE_RATIO_LIMIT = 10;

/**
 * How far the PnL a page shows may be from the one its own size, entry and mark give, as a share of
 * the position's value: the page may take its PnL at the last price (OKX and Bybit let the trader
 * choose), which stays within a few hundredths of a percent of the mark in normal markets, and rounds
 * both figures. A column read from the wrong header is off by far more (an entry read from the Liq.
 * column at 10x: about 9 %; a mark read from Break Even Price 1,000 away on 61,000: 1.6 %). Where the
 * two disagree by more, the estimate is refused: in a fast market that is the safe side.
 */
export const PNL_TOLERANCE = new Dm('0.005');

/**
 * An isolated margin above the position's value (less than 1x) by more than this factor: a figure
 * from another column (a Liq. Price read as the margin is about 1.8x the value at 20x), or margin
 * added beyond any use (a long's liquidation price is already below zero at 1x). Refused either way.
 */
export const MARGIN_TO_VALUE_LIMIT = new Dm('1.1');

/**
 * An isolated margin below this share of the initial margin at the row's own leverage (value at entry
 * / leverage): the venues let a trader remove isolated margin only down to the initial margin
 * (Binance, Bybit and OKX cap the removable amount there), so a figure far below it was read from
 * another column (a Break Even Price read as the margin of a 1x position is a tenth of it). Half
 * leaves room for fees taken from the margin and for each venue's rounding. Refused.
 */
export const MARGIN_TO_INITIAL_LIMIT = new Dm('0.5');

/** Position value as shown may be at the mark or at the entry; within this share of one of them. */
export const VALUE_TOLERANCE = new Dm('0.005');

export function requirePositive(value: Dec | undefined, what: string, needs: Needs): boolean {
  if (value === undefined) return false;
  if (new Dm(value).gt(0)) return true;
  needs.misread(t('worker_notPositive', what, value));
  return false;
}

export function requireSamePriceScale(price: Dec, mark: Dec, what: string, needs: Needs): boolean {
  const a = new Dm(price);
  const b = new Dm(mark);
  if (a.gt(0) && b.gt(0) && a.div(b).lte(PRICE_RATIO_LIMIT) && b.div(a).lte(PRICE_RATIO_LIMIT)) return true;
  needs.misread(t('worker_priceFarFromMark', what, price, mark));
  return false;
}

/** The leverage at most the venue allows on this symbol: its first tier's maximum, where the table gives one. */
export function requireLeverageAllowed(leverage: Dec | undefined, tiers: readonly Tier[], needs: Needs): boolean {
  if (leverage === undefined) return true;
  const max = tiers[0]?.maxLeverage;
  if (max === undefined || new Dm(leverage).lte(max)) return true;
  needs.misread(t('worker_leverageAboveMax', leverage, max));
  return false;
}

/** The page's own PnL must be the one its size, entry and mark give (catches columns read under the wrong header). */
export function requireShownPnlFits(shown: Reading | undefined, leg: Held, mark: Dec, needs: Needs): boolean {
  if (!shown?.ok) return true;
  const held = { ...leg.terms, side: leg.side, size: leg.size, entryPrice: leg.entry };
  const computed = unrealisedPnl(held, mark);
  const allowed = valueAt(held, mark).abs().mul(PNL_TOLERANCE);
  if (new Dm(shown.value).sub(computed).abs().lte(allowed)) return true;
  needs.misread(t('worker_pnlMismatch', shown.value, computed.toSignificantDigits(6).toString()));
  return false;
}

export function requireMarginWithinValue(margin: Dec | undefined, leg: Held, needs: Needs): boolean {
  if (margin === undefined) return true;
  const value = valueAt({ ...leg.terms, size: leg.size }, leg.entry).abs();
  if (new Dm(margin).lte(value.mul(MARGIN_TO_VALUE_LIMIT))) return true;
  needs.misread(t('worker_marginAboveValue', margin, value.toSignificantDigits(6).toString()));
  return false;
}

export function requireMarginNearInitial(margin: Dec | undefined, leverage: Dec | undefined, leg: Held, needs: Needs): boolean {
  if (margin === undefined || leverage === undefined || !new Dm(leverage).gt(0)) return true;
  const initial = valueAt({ ...leg.terms, size: leg.size }, leg.entry).abs().div(leverage);
  if (new Dm(margin).gte(initial.mul(MARGIN_TO_INITIAL_LIMIT))) return true;
  needs.misread(t('worker_marginBelowInitial', margin, initial.toSignificantDigits(6).toString(), leverage));
  return false;
}

/** The position value the page shows must be size x mark or size x entry (catches a margin column read as value). */
export function requireShownValueFits(shown: Reading | undefined, leg: Held, mark: Dec, needs: Needs): boolean {
  if (!shown?.ok) return true;
  const value = new Dm(shown.value).abs();
  const fits = [mark, leg.entry].some((price) => {
    const expected = valueAt({ ...leg.terms, size: leg.size }, price).abs();
    return value.sub(expected).abs().lte(expected.mul(VALUE_TOLERANCE));
  });
  if (fits) return true;
  needs.misread(t('worker_valueMismatch', shown.value, leg.size));
  return false;
}

/**
 * How far the margin ratio a page shows may be from the model's at the mark, as a share of the
 * model's, beyond half a unit of the page's last printed digit: the two compute maintenance over
 * margin balance from the same figures, so they differ only by rounding and a tier table that moved.
 */
export const RATIO_TOLERANCE = new Dm('0.01');

/**
 * The page's own margin ratio (percent) is the model's (a fraction) at the mark: the exchange, from
 * its exact figures, confirms the size, mark and margin the model was given. False where either is missing.
 */
export function shownRatioFits(shown: Reading | undefined, ratio: Dec | undefined): boolean {
  if (!shown?.ok || ratio === undefined) return false;
  const page = new Dm(shown.value);
  const model = new Dm(ratio).mul(100);
  const decimals = shown.value.split('.')[1]?.length ?? 0;
  const halfUnit = new Dm(10).pow(-decimals).div(2);
  return page.sub(model).abs().lte(model.abs().mul(RATIO_TOLERANCE).add(halfUnit));
}
