// The small statistics the benchmarks need to say how sure a difference is: mean, sample standard
// deviation, Student's t quantile, and 95 % confidence intervals for a paired difference and for a
// difference of two independent means (Welch). Plain numbers (not decimal.js): these are
// measurements, never shown to a trader.

export interface Interval {
  /** The estimate: mean difference. */
  mean: number;
  low: number;
  high: number;
  /** Degrees of freedom of the t distribution used (fractional for Welch). */
  df: number;
  /** Number of pairs (paired) or of samples in all (Welch). */
  n: number;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample variance (n - 1 in the denominator). */
export function variance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

export const standardDeviation = (values: readonly number[]) => Math.sqrt(variance(values));

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast on this side of the mean; use the symmetry otherwise.
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with df degrees of freedom (df may be fractional). */
export function studentCdf(t: number, df: number): number {
  // Both forms are the same tail; each keeps its argument away from 1, where it would round off.
  const t2 = t * t;
  const tail = t2 < df ? 0.5 * (1 - incompleteBeta(t2 / (df + t2), 0.5, df / 2)) : 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t with P(T <= t) = p, by bisection on the CDF (p in (0, 1)). */
export function studentQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (studentCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function interval(estimate: number, standardError: number, df: number, n: number, confidence: number): Interval {
  const t = studentQuantile(1 - (1 - confidence) / 2, df);
  const half = t * standardError;
  return { mean: estimate, low: estimate - half, high: estimate + half, df, n };
}

/**
 * The confidence interval of the mean of a - b over pairs (a[i], b[i]). Fewer than two pairs: the
 * interval is unbounded (NaN ends).
 */
export function pairedInterval(a: readonly number[], b: readonly number[], confidence = 0.95): Interval {
  if (a.length !== b.length) throw new Error('pairedInterval: unequal lengths');
  const differences = a.map((v, i) => v - b[i]!);
  const n = differences.length;
  if (n < 2) return { mean: n === 1 ? differences[0]! : Number.NaN, low: Number.NaN, high: Number.NaN, df: 0, n };
  return interval(mean(differences), standardDeviation(differences) / Math.sqrt(n), n - 1, n, confidence);
}

/** Welch's confidence interval of mean(a) - mean(b) for independent samples of unequal variance. */
export function welchInterval(a: readonly number[], b: readonly number[], confidence = 0.95): Interval {
  const estimate = mean(a) - mean(b);
  if (a.length < 2 || b.length < 2) return { mean: estimate, low: Number.NaN, high: Number.NaN, df: 0, n: a.length + b.length };
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  // Welch–Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return interval(estimate, Math.sqrt(va + vb), df, a.length + b.length, confidence);
}

export type BudgetVerdict = 'PASS' | 'FAIL' | 'inconclusive';

/**
 * Against an upper budget: PASS only when the whole interval is below it, FAIL when the whole interval
 * is above, otherwise inconclusive (including when there is no interval).
 */
export function judge(ci: Interval, budget: number): BudgetVerdict {
  if (ci.high < budget) return 'PASS';
  if (ci.low > budget) return 'FAIL';
  return 'inconclusive';
}
