// The margin to add (isolated: to the position; cross: to the wallet) so that Liqcheck's
// liquidation price moves to a target. The model is a black box here: the liquidation price is
// monotone in the added margin, so a bracketed search (secant steps, bisection as the fallback)
// finds it on every venue, and the answer is checked by the model itself: with the margin added, the
// liquidation price reaches the target (at or beyond it, away from the mark) within one tick.
// A negative answer is margin that could be removed.
import { estimateLiquidation } from '../index';
import { Dm } from '../decimal';
import type { Dec, PositionInput } from '../types';
import { notionalAt } from './position-notional';

export type MarginToTargetRefusal =
  /** No mark price: the side of the target can't be checked. */
  | 'no-mark'
  /** The position's own margin (isolated) or wallet (cross) is missing. */
  | 'no-margin'
  /** A long's target must be below the mark, a short's above it. */
  | 'wrong-side'
  /** No amount of margin gets there: a long's liquidation can't go below the fully collateralised bankruptcy price, and removing margin can't go past bankrupt at entry. */
  | 'beyond-bankruptcy'
  | 'bad-input';

export type MarginToTarget =
  | { ok: true; addMargin: Dec; to: 'position' | 'wallet'; marginAfter: Dec; liquidationPrice: Dec | null; tick: Dec }
  | { ok: false; reason: MarginToTargetRefusal };

const MAX_STEPS = 200;
const MARGIN_DECIMALS = 8;

/** The price step a typed figure implies: "90000" -> 1, "90000.5" -> 0.1. */
export function impliedTick(price: Dec): Dm {
  const dot = price.indexOf('.');
  return new Dm(10).pow(dot < 0 ? 0 : -(price.length - dot - 1));
}

export function marginToTarget(input: PositionInput, target: Dec, tick?: Dec): MarginToTarget {
  let goal: Dm, mark: Dm, step: Dm;
  try {
    goal = new Dm(target);
    step = tick ? new Dm(tick) : impliedTick(goal.toString());
    if (!input.markPrice) return { ok: false, reason: 'no-mark' };
    mark = new Dm(input.markPrice);
  } catch {
    return { ok: false, reason: 'bad-input' };
  }
  if (!goal.isFinite() || !goal.gt(0) || !step.gt(0)) return { ok: false, reason: 'bad-input' };
  const long = input.side === 'long';
  if (long ? !goal.lt(mark) : !goal.gt(mark)) return { ok: false, reason: 'wrong-side' };
  const isolated = input.marginMode === 'isolated';
  const baseText = isolated ? input.isolatedMargin : input.walletBalance;
  if (!baseText) return { ok: false, reason: 'no-margin' };
  const base = new Dm(baseText);

  const withMargin = (add: Dm): PositionInput => {
    const m = base.add(add).toString();
    return isolated ? { ...input, isolatedMargin: m } : { ...input, walletBalance: m };
  };
  /** How far the liquidation price is beyond the target, away from the mark; +Infinity: none; null: refused. */
  const beyond = (add: Dm): Dm | null => {
    try {
      const price = estimateLiquidation(withMargin(add)).liquidationPrice;
      if (price === null) return new Dm(Infinity);
      return long ? goal.sub(price) : new Dm(price).sub(goal);
    } catch {
      return null;
    }
  };

  // Bracket [lo, hi]: beyond(lo) < 0 <= beyond(hi).
  const at0 = beyond(new Dm(0));
  if (at0 === null) return { ok: false, reason: 'bad-input' };
  let lo: Dm, hi: Dm, hLo: Dm, hHi: Dm;
  if (at0.gte(0)) {
    // Already beyond: margin can be removed, at most all of it (the model refuses a margin of 0).
    hi = new Dm(0);
    hHi = at0;
    lo = base.neg().mul('0.999999');
    const h = beyond(lo);
    if (h === null || h.gte(0)) return { ok: false, reason: 'beyond-bankruptcy' };
    hLo = h;
  } else {
    lo = new Dm(0);
    hLo = at0;
    hi = Dm.max(notionalAt(input, mark), base, 1);
    let h = beyond(hi);
    for (let i = 0; i < 60 && (h === null || h.lt(0)); i++) {
      lo = hi;
      if (h !== null) hLo = h;
      hi = hi.mul(2);
      h = beyond(hi);
    }
    if (h === null || h.lt(0)) return { ok: false, reason: 'beyond-bankruptcy' };
    hHi = h;
  }

  for (let i = 0; i < MAX_STEPS && hHi.gt(step); i++) {
    // Secant on even steps (the price is piecewise linear in the margin), bisection on odd ones.
    let mid = lo.add(hi).div(2);
    if (i % 2 === 0 && hHi.isFinite()) {
      const secant = lo.sub(hLo.mul(hi.sub(lo)).div(hHi.sub(hLo)));
      if (secant.gt(lo) && secant.lt(hi)) mid = secant;
    }
    const h = beyond(mid);
    if (h === null) return { ok: false, reason: 'bad-input' };
    if (h.gte(0)) [hi, hHi] = [mid, h];
    else [lo, hLo] = [mid, h];
  }
  // Round the answer up: more margin moves the price further beyond, never short of the target.
  const add = hi.toDecimalPlaces(MARGIN_DECIMALS, Dm.ROUND_CEIL);
  const check = beyond(add);
  if (check === null || check.lt(0) || check.gt(step)) return { ok: false, reason: 'beyond-bankruptcy' };
  const price = estimateLiquidation(withMargin(add)).liquidationPrice;
  return { ok: true, addMargin: add.toString(), to: isolated ? 'position' : 'wallet', marginAfter: base.add(add).toString(), liquidationPrice: price, tick: step.toString() };
}
