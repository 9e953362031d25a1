import { describe, expect, it } from 'vitest';
import { annualisedVolatility } from './volatility';

describe('annualisedVolatility', () => {
  it('closes alternating 100, 101: returns ±ln(1.01), sample stdev √(n/(n−1))·ln(1.01), × √8760', () => {
    const closes = Array.from({ length: 169 }, (_, i) => (i % 2 === 0 ? '100' : '101'));
    const r = annualisedVolatility(closes);
    const n = 168;
    const expected = Math.log(1.01) * Math.sqrt(n / (n - 1)) * Math.sqrt(8760);
    expect(r.ok && r.samples).toBe(n);
    expect(r.ok && Math.abs(Number(r.annualised) - expected)).toBeLessThan(1e-12);
  });

  it('a steady trend has zero volatility (constant log return)', () => {
    const closes = Array.from({ length: 30 }, (_, i) => String(2 ** i));
    const r = annualisedVolatility(closes);
    expect(r.ok && Number(r.annualised)).toBeLessThan(1e-18);
  });

  it('matches a float computation on an irregular series', () => {
    const closes = Array.from({ length: 50 }, (_, i) => (1000 + 37 * Math.sin(i * 1.7) + i).toFixed(2));
    const returns = closes.slice(1).map((c, i) => Math.log(Number(c) / Number(closes[i])));
    const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
    const sd = Math.sqrt(returns.reduce((a, b) => a + (b - mean) ** 2, 0) / (returns.length - 1));
    const r = annualisedVolatility(closes, 24 * 365);
    expect(r.ok && Math.abs(Number(r.annualised) - sd * Math.sqrt(8760))).toBeLessThan(1e-11);
  });

  it('refuses too few closes and bad ones', () => {
    expect(annualisedVolatility(['1', '2', '3'])).toEqual({ ok: false, reason: 'too-few-closes' });
    expect(annualisedVolatility([...Array(30).fill('100'), '0'])).toEqual({ ok: false, reason: 'bad-close' });
    expect(annualisedVolatility([...Array(30).fill('100'), '--'])).toEqual({ ok: false, reason: 'bad-close' });
  });
});
