// A distribution-free 95 % confidence interval for a percentile of measured latencies (p95 of a
// latency series): two of the sorted samples, chosen by rank with the normal approximation to the
// binomial (Campbell & Gardner, "Calculating confidence intervals for some non-parametric analyses",
// BMJ 1988;296:1454-6): r = np - 1.96·sqrt(np(1-p)), s = 1 + np + 1.96·sqrt(np(1-p)), rounded to the
// nearest rank. Latencies are far from normal, so a t interval would not do; ranks need no shape.

export interface QuantileInterval {
  low: number;
  high: number;
  /** The 1-based ranks of low and high among the sorted samples (clamped to 1..n). */
  lowRank: number;
  highRank: number;
}

/** `sorted`: ascending. `p`: 0..1 (0.95 for p95). NaN bounds for an empty series. */
export function quantileInterval(sorted: readonly number[], p: number): QuantileInterval {
  const n = sorted.length;
  const np = n * p;
  const spread = 1.96 * Math.sqrt(np * (1 - p));
  const lowRank = Math.min(n, Math.max(1, Math.round(np - spread)));
  const highRank = Math.min(n, Math.max(1, Math.round(1 + np + spread)));
  return { low: sorted[lowRank - 1] ?? Number.NaN, high: sorted[highRank - 1] ?? Number.NaN, lowRank, highRank };
}
