import { describe, expect, it } from 'vitest';
import { decimalString } from './check';

const accepts = (text: unknown) => decimalString(text, 'x').ok;

describe('decimalString: what a decimal crossing the port may be', () => {
  it('accepts what decimal.js writes for prices, sizes and balances', () => {
    for (const text of ['0', '-0.5', '61000.0', '.25', '1e+21', '1.5e-7', '-3.2E+40', '99999999999999999999']) expect(accepts(text), text).toBe(true);
  });

  it('refuses an exponent of three digits or more: a billion digits once written out', () => {
    for (const text of ['1e999999999', '1e100', '-1e-100', '5E+123']) expect(accepts(text), text).toBe(false);
  });

  it('refuses what is not a plain decimal, and anything longer than 64 characters', () => {
    for (const text of ['', 'NaN', 'Infinity', '0x10', '1,000', '1 000', '+1', '1e', 'e5', '1'.repeat(65), 1, null]) expect(accepts(text), String(text)).toBe(false);
  });
});
