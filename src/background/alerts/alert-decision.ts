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

/**
 * Which figure the distance is to: Liqcheck's estimate, the exchange's (nearer than Liqcheck's), or the
 * exchange's alone because Liqcheck can't verify the position.
 */
export type AlertBasis = 'liqcheck' | 'exchange' | 'exchange-only';

export interface AlertingPosition {
  index: number;
  id: string;
  distancePercent: Dec;
  /** True when a notification should be shown now. */
  notify: boolean;
  /** Absent from callers that predate it: read as 'liqcheck'. */
  basis?: AlertBasis;
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

/** |mark - figure| / mark x 100, where the figure lies on the side the position liquidates on (a long's below the mark). */
function distanceTo(figure: Dec | 'none' | null | undefined, side: PositionResult['side'], mark: Dec | undefined): Dec | undefined {
  if (figure === undefined || figure === null || mark === undefined || !PLAIN.test(figure) || !PLAIN.test(mark)) return undefined;
  const m = new Dm(mark);
  const f = new Dm(figure);
  if (m.isZero() || (side === 'long' ? f.gte(m) : f.lte(m))) return undefined;
  return m.sub(f).abs().div(m).mul(100).toString();
}

/**
 * The nearer of Liqcheck's estimate and the exchange's figure, and which it is. Where Liqcheck can't
 * estimate, the exchange's figure alone (the row's figure kept as `unverifiedDisplayed`).
 */
export function nearestDistance(position: PositionResult, pageMark?: Dec): { distancePercent: Dec; basis: AlertBasis } | undefined {
  const mark = position.metrics?.markPrice ?? pageMark;
  if (position.estimate === 'unknown') {
    const alone = distanceTo(position.unverifiedDisplayed, position.side, mark);
    return alone === undefined ? undefined : { distancePercent: alone, basis: 'exchange-only' };
  }
  const ours = distancePercentOf(position, pageMark);
  const theirs = distanceTo(position.displayed, position.side, mark);
  if (theirs !== undefined && (ours === undefined || new Dm(theirs).lt(ours))) return { distancePercent: theirs, basis: 'exchange' };
  return ours === undefined ? undefined : { distancePercent: ours, basis: 'liqcheck' };
}

/**
 * Alerting positions: within alertPercent of the nearer of Liqcheck's and the exchange's liquidation
 * price (nearestDistance). A notification at most once per position per cooldown, unless it got closer than the last notified distance by more than half the
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
    const nearest = nearestDistance(position, pageMarks[index]);
    if (nearest === undefined || new Dm(nearest.distancePercent).gt(threshold)) return;
    const distance = nearest.distancePercent;
    const id = positionId(scope, position);
    const last = next[id];
    const inCooldown = last !== undefined && now - last.at < cooldownMs;
    const muchCloser = last !== undefined && new Dm(last.distancePercent).sub(distance).gt(threshold.div(2));
    const notify = !inCooldown || muchCloser;
    if (notify) next[id] = { at: now, distancePercent: distance };
    alerting.push({ index, id, distancePercent: distance, notify, basis: nearest.basis });
  });
  return { alerting, state: next };
}
