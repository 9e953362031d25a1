// What every measurement hands back, and the small formatting helpers they share.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from '../tests/support/browser';

export interface Check {
  /** What is measured, e.g. "content script, gzip". */
  name: string;
  /** The measured value as shown, e.g. "24.1 KB". */
  value: string;
  /** The budget as shown, e.g. "< 30 KB". */
  budget: string;
  pass: boolean;
  /**
   * The measurement's confidence interval straddles the budget: neither shown to hold nor to fail
   * (pass is false: a budget not shown to hold).
   */
  inconclusive?: boolean;
  /** Shown beside the budgets, judged against none (`budget` says why): not counted as PASS or FAIL. */
  reported?: boolean;
}

export interface Section {
  name: string;
  title: string;
  /** Markdown body: how it was measured and the tables. */
  body: string;
  checks: Check[];
}

export interface BenchOptions {
  quick: boolean;
  /** The dist root holding chrome/ and firefox/ (absolute). */
  distRoot: string;
  /** A dist root holding a readable (unminified) chrome/ build, for the CPU profile (absolute). */
  readableDistRoot: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: the smallest value with at least p % of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const pct = (fraction: number) => `${(fraction * 100).toFixed(2)} %`;
/** A share with its sign, e.g. "+0.31 %", "-1.20 %". */
export const signedPct = (fraction: number) => `${fraction >= 0 ? '+' : ''}${pct(fraction)}`;
/** A mean difference with its 95 % confidence interval, e.g. "+0.31 % (95 % CI -0.20 % to +0.82 %)". */
export const pctInterval = (ci: { mean: number; low: number; high: number }) =>
  Number.isNaN(ci.low) ? `${signedPct(ci.mean)} (no interval from one pair)` : `${signedPct(ci.mean)} (95 % CI ${signedPct(ci.low)} to ${signedPct(ci.high)})`;

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0] ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' / ');
}

export function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}`,
    `- Chromium: ${version(chromiumPath, ['--version'])} (${chromiumPath}, headless, via playwright-core)`,
    `- Firefox: ${version('firefox-esr', ['--version'])} (bundle sizes only; the browser measurements run in Chromium)`,
  ];
}

export function checksTable(checks: readonly Check[]): string {
  const lines = ['| measurement | value | budget | result |', '|---|---:|---:|---|'];
  for (const c of checks) lines.push(`| ${c.name} | ${c.value} | ${c.budget} | ${verdictOf(c)} |`);
  return lines.join('\n');
}

/** PASS, FAIL (bold in tables), inconclusive, or "reported" for a measurement without a budget. */
export function verdictOf(c: Check, bold = true): string {
  if (c.reported) return 'reported';
  if (c.inconclusive) return 'inconclusive';
  return c.pass ? 'PASS' : bold ? '**FAIL**' : 'FAIL';
}
