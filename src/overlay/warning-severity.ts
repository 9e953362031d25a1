// How loud a warning is. Danger: the order as typed would be liquidated at once or its stop can never
// fire; caution: a risk the trader may accept; note: about Liqcheck's own data or reading.
import type { WarningKind } from '../protocol/estimates';

export type Severity = 'danger' | 'caution' | 'note';

const DANGER: ReadonlySet<string> = new Set<WarningKind>(['instant-liquidation', 'stop-beyond-liquidation']);
const NOTE: ReadonlySet<string> = new Set<WarningKind>(['stale-market-data', 'market-data-refresh-failed', 'cannot-read']);

export function severityOf(kind: string): Severity {
  if (DANGER.has(kind)) return 'danger';
  return NOTE.has(kind) ? 'note' : 'caution';
}

/** Danger first, then caution, then notes; the worker's order within each (sort is stable). */
export function bySeverity<T extends { kind: string }>(warnings: readonly T[]): T[] {
  const rank = { danger: 0, caution: 1, note: 2 };
  return [...warnings].sort((a, b) => rank[severityOf(a.kind)] - rank[severityOf(b.kind)]);
}
