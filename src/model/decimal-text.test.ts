// The bounded decimal check every boundary shares (issue 17, finding 6).
import { describe, expect, it } from 'vitest';
import { isBoundedDecimal, isBoundedPositiveDecimal, isBoundedUnsignedDecimal } from './decimal-text';

describe('isBoundedDecimal', () => {
  it('takes plain decimals of at most 64 characters with at most a two-digit exponent', () => {
    for (const text of ['0', '-12.5', '.5', '5.', '4e-3', '1E+99', '-1e-99', '9'.repeat(64)]) expect(isBoundedDecimal(text), text).toBe(true);
    expect(isBoundedDecimal('9'.repeat(100), 128)).toBe(true);
    expect(isBoundedDecimal('9'.repeat(129), 128)).toBe(false);
  });

  it('refuses an exponent of three digits or more, 65 characters, and anything not plain', () => {
    for (const text of ['1e100', '1e-100', '1e999999999', '9'.repeat(65), `0.${'0'.repeat(62)}1`, '', '+1', '1,000', '1 000', 'NaN', 'Infinity', '0x10', '1e', 'e5', 1, null]) {
      expect(isBoundedDecimal(text), String(text).slice(0, 20)).toBe(false);
    }
  });

  it('unsigned and positive variants', () => {
    expect(isBoundedUnsignedDecimal('0')).toBe(true);
    expect(isBoundedUnsignedDecimal('-1')).toBe(false);
    expect(isBoundedPositiveDecimal('0.01')).toBe(true);
    expect(isBoundedPositiveDecimal('1e-99')).toBe(true);
    for (const text of ['0', '0.000', '-1', '0e5']) expect(isBoundedPositiveDecimal(text), text).toBe(false);
  });
});
