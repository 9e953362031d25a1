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
