// Which positions alert and which of them deserve a notification now. Pure: the debounce state comes
// in and goes out, so the worker can keep it in session storage and be stopped at any time.
import { Dm } from '../../model/decimal';
import type { Dec } from '../../model/types';
import type { PositionResult } from '../../protocol/estimates';

/** Per position (scope|symbol|side): when it was last notified and how close it was then. */
export interface NotifiedRecord {
  at: number;
  distancePercent: Dec;
}
export type AlertState = Record<string, NotifiedRecord>;

export interface AlertRules {
  alertPercent: Dec;
  cooldownMinutes: number;
}

export interface AlertingPosition {
  index: number;
  id: string;
  distancePercent: Dec;
  /** True when a notification should be shown now. */
  notify: boolean;
}

/** The scope is the venue for a page's positions, or a watched account (watched-alerts.ts). */
export function positionId(scope: string, position: PositionResult): string {
  return `${scope}|${position.symbol}|${position.side}`;
}

const PLAIN = /^\d+(\.\d+)?$/;

/**
 * Percent distance from mark to Liqcheck's liquidation price: the worker's metrics when present,
 * else |mark - estimate| / mark x 100 from the mark the page showed. Undefined when either is missing.
 */
export function distancePercentOf(position: PositionResult, pageMark?: Dec): Dec | undefined {
  const given = position.metrics?.distancePercent;
  if (given !== undefined && PLAIN.test(given)) return given;
  const mark = position.metrics?.markPrice ?? pageMark;
  const estimate = position.estimate;
  if (mark === undefined || !PLAIN.test(mark) || !PLAIN.test(estimate)) return undefined;
  const m = new Dm(mark);
  if (m.isZero()) return undefined;
  return m.sub(estimate).abs().div(m).mul(100).toString();
}

/**
 * Alerting positions: within alertPercent of their liquidation price. A notification at most once per
 * position per cooldown, unless it got closer than the last notified distance by more than half the
 * threshold. Returns the alerting positions and the next state (old records pruned).
 */
export function decideAlerts(
  scope: string,
  positions: readonly PositionResult[],
  pageMarks: readonly (Dec | undefined)[],
  rules: AlertRules,
  state: AlertState,
  now: number,
): { alerting: AlertingPosition[]; state: AlertState } {
  const threshold = new Dm(rules.alertPercent);
  const cooldownMs = rules.cooldownMinutes * 60_000;
  const next: AlertState = Object.fromEntries(Object.entries(state).filter(([, r]) => now - r.at < Math.max(cooldownMs, 60 * 60_000)));
  const alerting: AlertingPosition[] = [];
  positions.forEach((position, index) => {
    if (position.side === 'unknown') return;
    const distance = distancePercentOf(position, pageMarks[index]);
    if (distance === undefined || new Dm(distance).gt(threshold)) return;
    const id = positionId(scope, position);
    const last = next[id];
    const inCooldown = last !== undefined && now - last.at < cooldownMs;
    const muchCloser = last !== undefined && new Dm(last.distancePercent).sub(distance).gt(threshold.div(2));
    const notify = !inCooldown || muchCloser;
    if (notify) next[id] = { at: now, distancePercent: distance };
    alerting.push({ index, id, distancePercent: distance, notify });
  });
  return { alerting, state: next };
}
