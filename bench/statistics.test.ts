import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, pairedInterval, studentCdf, studentQuantile, welchInterval } from './statistics';

// Student's sleep data (Cushny & Peebles 1905, as in Student 1908 and R's `sleep`): extra hours of
// sleep of the same ten patients under two drugs.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("Student's t distribution", () => {
  it('matches the two-sided 95 % critical values of a printed t table', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [5, 2.571],
      [9, 2.262],
      [10, 2.228],
      [20, 2.086],
      [30, 2.042],
      [120, 1.98],
    ];
    for (const [df, t] of table) expect(studentQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('tends to the normal 1.960 for many degrees of freedom', () => {
    expect(studentQuantile(0.975, 1e6)).toBeCloseTo(1.96, 3);
  });

  // To 7 decimals: the intervals are printed to 2. The continued fraction of the incomplete beta is
  // good to about 1e-9 here (a grid over -1000..1000 in 0.0137 steps: worst 1.2e-9), not to the 5e-11
  // of 10 decimals this test first asked (CI found 5.00000004e-11 at t = -0.038, df = 2).
  it('has the closed-form CDFs of 1 (Cauchy) and 2 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (t) => {
        expect(studentCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 7);
        expect(studentCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 7);
      }),
    );
  });

  it('inverts its CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), (p, df) => {
        expect(studentCdf(studentQuantile(p, df), df)).toBeCloseTo(p, 9);
      }),
    );
  });
});

describe('confidence intervals on the sleep data (R: t.test(extra ~ group, data = sleep, ...))', () => {
  it('paired: mean difference -1.58, 95 % CI -2.4598858 to -0.7001142, df 9', () => {
    const ci = pairedInterval(drug1, drug2);
    expect(ci.mean).toBeCloseTo(-1.58, 10);
    expect(ci.low).toBeCloseTo(-2.4598858, 6);
    expect(ci.high).toBeCloseTo(-0.7001142, 6);
    expect(ci.df).toBe(9);
  });

  it('Welch: 95 % CI -3.3654832 to 0.2054832, df 17.776', () => {
    const ci = welchInterval(drug1, drug2);
    expect(ci.mean).toBeCloseTo(0.75 - 2.33, 10);
    expect(ci.low).toBeCloseTo(-3.3654832, 6);
    expect(ci.high).toBeCloseTo(0.2054832, 6);
    expect(ci.df).toBeCloseTo(17.776, 3);
  });

  it('has no interval from fewer than two pairs', () => {
    const ci = pairedInterval([1], [0.5]);
    expect(ci.mean).toBe(0.5);
    expect(Number.isNaN(ci.low) && Number.isNaN(ci.high)).toBe(true);
    expect(judge(ci, 1)).toBe('inconclusive');
  });
});

describe('judging an interval against a budget', () => {
  const at = (low: number, high: number) => ({ mean: (low + high) / 2, low, high, df: 5, n: 6 });
  it('passes only when the upper end is below the budget', () => {
    expect(judge(at(-0.02, 0.009), 0.01)).toBe('PASS');
    expect(judge(at(-0.02, 0.011), 0.01)).toBe('inconclusive');
  });
  it('fails only when the lower end is above the budget', () => {
    expect(judge(at(0.011, 0.03), 0.01)).toBe('FAIL');
    expect(judge(at(0.009, 0.03), 0.01)).toBe('inconclusive');
  });
});
