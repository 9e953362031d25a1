import { describe, expect, it } from 'vitest';
import { quantileInterval } from './quantile-interval';

describe('quantileInterval', () => {
  it('gives the ranks of the worked example: the median of 100 observations lies between the 40th and the 61st', () => {
    // Campbell & Gardner (BMJ 1988): n = 100, p = 0.5 -> r = 50 - 9.8 = 40.2 -> 40, s = 1 + 50 + 9.8 -> 61.
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantileInterval(sorted, 0.5)).toEqual({ low: 40, high: 61, lowRank: 40, highRank: 61 });
  });

  it('covers the true 95th percentile about 95 % of the time (uniform samples, seeded)', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const trials = 2000;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const sorted = Array.from({ length: 300 }, random).sort((a, b) => a - b);
      const { low, high } = quantileInterval(sorted, 0.95);
      if (low <= 0.95 && 0.95 <= high) covered++;
    }
    // Binomial noise of 2000 trials at 95 %: sd 0.5 %; the rank rounding moves it by about 1 %.
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });

  it('clamps to the samples there are', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { highRank, high } = quantileInterval(sorted, 0.95);
    expect(highRank).toBe(10);
    expect(high).toBe(10);
    expect(Number.isNaN(quantileInterval([], 0.95).low)).toBe(true);
  });
});
