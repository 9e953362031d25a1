import type { Dm } from './decimal';

// A float near a decimal, read from its digits (decimal.js documents d, e and s as the digits in
// base 1e7, the exponent and the sign). Only for GUESSING (which tier holds a root, whether a table
// is well conditioned): every result is then computed and checked in decimals. Relative error about
// 1e-15, as Number(d.toString()) but without building the string.
export function approximateNumber(d: Dm): number {
  const digits = d.d;
  if (!digits || digits.length === 0) return d.isNaN() ? NaN : d.s * Infinity;
  const first = digits[0] as number;
  if (first === 0) return 0;
  let mantissa = first;
  if (digits.length > 1) mantissa += (digits[1] as number) / 1e7;
  if (digits.length > 2) mantissa += (digits[2] as number) / 1e14;
  // d.e is the decimal exponent of the first digit; first has this many digits.
  const firstDigits = first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  return d.s * mantissa * 10 ** (d.e - firstDigits + 1);
}
