// Inputs a page can show but no open position can have. Each one means a figure was read from the
// wrong place (swapped headers, a split number, a placeholder read as zero): the estimate is refused
// ("cannot verify") rather than computed from it.
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { unrealisedPnl, valueAt } from '../model/position-math';
import type { Dec, Tier } from '../model/types';
import type { Reading, Side } from '../protocol/snapshot';

/** Where a refusal is said (the builder's Needs). */
interface Needs {
  fail(reason: string): void;
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
 * the position's value: the page may take its PnL at the last price or a moment apart from the mark
 * it shows. A column read from the wrong header is off by far more (an entry read from the Liq.
 * column at 10x: about 9 %).
 */
export const PNL_TOLERANCE = new Dm('0.02');

export function requirePositive(value: Dec | undefined, what: string, needs: Needs): boolean {
  if (value === undefined) return false;
  if (new Dm(value).gt(0)) return true;
  needs.fail(t('worker_notPositive', what, value));
  return false;
}

export function requireSamePriceScale(price: Dec, mark: Dec, what: string, needs: Needs): boolean {
  const a = new Dm(price);
  const b = new Dm(mark);
  if (a.gt(0) && b.gt(0) && a.div(b).lte(PRICE_RATIO_LIMIT) && b.div(a).lte(PRICE_RATIO_LIMIT)) return true;
  needs.fail(t('worker_priceFarFromMark', what, price, mark));
  return false;
}

/** The leverage at most the venue allows on this symbol: its first tier's maximum, where the table gives one. */
export function requireLeverageAllowed(leverage: Dec | undefined, tiers: readonly Tier[], needs: Needs): boolean {
  if (leverage === undefined) return true;
  const max = tiers[0]?.maxLeverage;
  if (max === undefined || new Dm(leverage).lte(max)) return true;
  needs.fail(t('worker_leverageAboveMax', leverage, max));
  return false;
}

/** The page's own PnL must be the one its size, entry and mark give (catches columns read under the wrong header). */
export function requireShownPnlFits(shown: Reading | undefined, leg: Held, mark: Dec, needs: Needs): boolean {
  if (!shown?.ok) return true;
  const held = { ...leg.terms, side: leg.side, size: leg.size, entryPrice: leg.entry };
  const computed = unrealisedPnl(held, mark);
  const allowed = valueAt(held, mark).abs().mul(PNL_TOLERANCE);
  if (new Dm(shown.value).sub(computed).abs().lte(allowed)) return true;
  needs.fail(t('worker_pnlMismatch', shown.value, computed.toSignificantDigits(6).toString()));
  return false;
}
