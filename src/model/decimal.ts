import Decimal from 'decimal.js';

/**
 * The model's own Decimal constructor. A clone, so that no other part of the extension
 * can change our precision or rounding by configuring the global Decimal.
 * 40 significant digits: far beyond any venue's price or notional precision.
 */
// toExpNeg/toExpPos: toString() never switches to exponent notation ("1e-8"), so strings stay plain.
export const Dm = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dm = InstanceType<typeof Dm>;

export const ZERO = new Dm(0);
export const ONE = new Dm(1);

// finalise() rounds to 40 significant digits; a decimal with at most 40 (6 words of 7 digits, the
// first with at most 5) comes out of it unchanged. Sufficient, not exact: a longer one takes plus().
export function fitsPrecision(d: Dm): boolean {
  const words = d.d;
  return words !== null && words !== undefined && (words.length < 6 || (words.length === 6 && (words[0] as number) < 1e5));
}

/** a + b, skipping the addition when b is zero and a is already within the precision (the same value). */
export function plusSkippingZero(a: Dm, b: Dm): Dm {
  return b.isZero() && fitsPrecision(a) ? a : a.plus(b);
}

/** a − b, skipping the subtraction when b is zero and a is already within the precision (the same value). */
export function minusSkippingZero(a: Dm, b: Dm): Dm {
  return b.isZero() && fitsPrecision(a) ? a : a.minus(b);
}

/** d > 0, read from the sign and digits: the same answer as d.gt(0) (NaN: false) without building a Decimal 0 to compare with. */
export function isAboveZero(d: Dm): boolean {
  return d.s > 0 && !d.isZero();
}
