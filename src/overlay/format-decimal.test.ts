import { describe, expect, test } from 'vitest';
import {
  defaultFractionDigits,
  formatDecimal,
  formatPercentMagnitude,
  formatPrice,
  fractionDigitsOf,
} from './format-decimal';

describe('formatDecimal', () => {
  test('groups thousands and pads to the requested decimals', () => {
    expect(formatDecimal('60123.5', 2, 'en-US')).toBe('60,123.50');
    expect(formatDecimal('1234567', 0, 'en-US')).toBe('1,234,567');
  });

  test('follows the locale', () => {
    expect(formatDecimal('60123.5', 2, 'de-DE')).toBe('60.123,50');
  });

  test('rounds the decimal string half up, not its float approximation', () => {
    // 1.005 as a double is 1.00499999999999989..., which a float path rounds down to 1.00.
    expect(formatDecimal('1.005', 2, 'en-US')).toBe('1.01');
    expect(formatDecimal('2.675', 2, 'en-US')).toBe('2.68');
  });

  test('keeps digits a float would lose', () => {
    expect(formatDecimal('12345678901234567.25', 2, 'en-US')).toBe('12,345,678,901,234,567.25');
    expect(formatDecimal('0.12345678901234567891', 20, 'en-US')).toBe('0.12345678901234567891');
  });

  test('does not show a negative zero', () => {
    expect(formatDecimal('-0.001', 2, 'en-US')).toBe('0.00');
  });

  test('refuses anything that is not a plain decimal', () => {
    for (const bad of ['', '--', 'N/A', '1,234.5', 'NaN', 'Infinity', '1e5', '12 USDT', ' 1']) {
      expect(formatDecimal(bad, 2, 'en-US')).toBeNull();
    }
  });
});

describe('precision', () => {
  test('fractionDigitsOf counts digits after the point', () => {
    expect(fractionDigitsOf('60123.50')).toBe(2);
    expect(fractionDigitsOf('60123')).toBe(0);
    expect(fractionDigitsOf('0.000123')).toBe(6);
    expect(fractionDigitsOf('--')).toBeUndefined();
  });

  test('default: 2 decimals at or above 1, 4 significant digits below', () => {
    expect(defaultFractionDigits('60123.456789')).toBe(2);
    expect(defaultFractionDigits('1')).toBe(2);
    expect(defaultFractionDigits('0.5')).toBe(4);
    expect(defaultFractionDigits('0.00012345')).toBe(7);
    expect(defaultFractionDigits('0')).toBe(2);
  });

  test('formatPrice uses the reference figure precision, else the default', () => {
    expect(formatPrice('60123.456', '60120.5', 'en-US')).toBe('60,123.5');
    expect(formatPrice('60123.456', '60120', 'en-US')).toBe('60,123');
    expect(formatPrice('60123.456', null, 'en-US')).toBe('60,123.46');
    expect(formatPrice('0.00012345', null, 'en-US')).toBe('0.0001235');
    // A reference that is not a number does not decide precision.
    expect(formatPrice('60123.456', '--', 'en-US')).toBe('60,123.46');
  });
});

describe('formatPercentMagnitude', () => {
  test('drops the sign and keeps a readable precision', () => {
    expect(formatPercentMagnitude('-1.2345', 'en-US')).toBe('1.23');
    expect(formatPercentMagnitude('12', 'en-US')).toBe('12');
    expect(formatPercentMagnitude('0.041234', 'en-US')).toBe('0.041');
    expect(formatPercentMagnitude('bad', 'en-US')).toBeNull();
    // One sign only, as any plain decimal; a zero has no sign to drop.
    expect(formatPercentMagnitude('--1', 'en-US')).toBeNull();
    expect(formatPercentMagnitude('-0.00', 'en-US')).toBe('0');
  });
});

describe('issue 6 helpers', () => {
  test('fractionToPercent moves the point in the string', async () => {
    const { fractionToPercent } = await import('./format-decimal');
    expect(fractionToPercent('0.0123')).toBe('1.23');
    expect(fractionToPercent('0.5')).toBe('50');
    expect(fractionToPercent('1')).toBe('100');
    expect(fractionToPercent('0.00000000000000000001')).toBe('0.000000000000000001');
    expect(fractionToPercent('-0.005')).toBe('-0.5');
    expect(fractionToPercent('12.3456789012345678901')).toBe('1234.56789012345678901');
    expect(fractionToPercent('1e-5')).toBeNull();
  });

  test('formatPercent keeps the sign', async () => {
    const { formatPercent } = await import('./format-decimal');
    expect(formatPercent('-0.0125', 'en-US')).toBe('-0.013');
    expect(formatPercent('12.345', 'en-US')).toBe('12.35');
    expect(formatPercent('--', 'en-US')).toBeNull();
  });

  test('formatAmount: dollars to 2 decimals, coins to 4 or 4 significant digits', async () => {
    const { formatAmount } = await import('./format-decimal');
    expect(formatAmount('1234.5', 'USDT', 'en-US')).toBe('1,234.50');
    expect(formatAmount('1.23456', 'BTC', 'en-US')).toBe('1.2346');
    expect(formatAmount('0.000123456', 'BTC', 'en-US')).toBe('0.0001235');
    expect(formatAmount('12345678901234567890.12', 'USDC', 'en-US')).toBe('12,345,678,901,234,567,890.12');
    expect(formatAmount('N/A', 'USDT', 'en-US')).toBeNull();
    // No asset named (the order's value: dollars on linear contracts, the coin on inverse ones).
    expect(formatAmount('45250', undefined, 'en-US')).toBe('45,250.00');
    expect(formatAmount('0.0123456', undefined, 'en-US')).toBe('0.01235');
  });

  test('formatNumber drops trailing zeros and follows the locale', async () => {
    const { formatNumber } = await import('./format-decimal');
    expect(formatNumber('25.00', 2, 'en-US')).toBe('25');
    expect(formatNumber('1234.56', 1, 'de-DE')).toBe('1.234,6');
  });
});
