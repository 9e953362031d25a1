// Alerts for one tab's estimates: marks the positions within the trader's threshold, notifies
// (debounced, state in session storage so a stopped worker forgets nothing) and sets the tab's badge.
import type { KeyValueArea } from '../../platform/key-value-area';
import type { Dec, Venue } from '../../model/types';
import type { EstimatesResult } from '../../protocol/estimates';
import type { Settings } from '../../settings/settings';
import { t } from '../../i18n/t';
import { decideAlerts, type AlertState } from './alert-decision';
import { formatPercent, notificationText } from './notification-text';
import { Dm } from '../../model/decimal';

export const ALERT_STATE_KEY = 'liqcheck.alerts';

export interface AlertDeps {
  area: KeyValueArea;
  notify(id: string, title: string, message: string): Promise<void>;
  setBadge(tabId: number, text: string, title?: string): Promise<void>;
  now(): number;
  locale?: string;
}

/** What the alerts need to know about the page the result came from. */
export interface AlertPage {
  venue: Venue;
  /** The mark the page showed, per position of the result (same order); used when metrics lack one. */
  marks?: readonly (Dec | undefined)[];
}

/** liqcheck-alert|<tabId>|<venue>|<symbol>|<side>|<time>: a click on it brings that tab forward. */
export function notificationId(tabId: number, positionId: string, now: number): string {
  return `liqcheck-alert|${tabId}|${positionId}|${now}`;
}

/** The tab an alert notification is about, or undefined for any other id. */
export function tabOfNotification(id: string): number | undefined {
  const match = /^liqcheck-alert\|(\d+)\|/.exec(id);
  return match ? Number(match[1]) : undefined;
}

export type ApplyAlerts = (tabId: number, result: EstimatesResult, settings: Settings, page?: AlertPage) => Promise<EstimatesResult>;

export interface Alerts {
  apply: ApplyAlerts;
  /** The tab's page went away: clear its badge (and forget what it showed). */
  clearTab(tabId: number): Promise<void>;
}

export function alertsWith(deps: AlertDeps): Alerts {
  // Snapshots arrive faster than storage answers: one read-modify-write of the state at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  // What each tab's badge shows now: snapshots come every frame, the badge changes rarely. A restarted
  // worker starts empty and simply sets it again.
  const shown = new Map<number, string>();
  const badge = async (tabId: number, text: string, title?: string) => {
    const key = `${text}\n${title ?? ''}`;
    if (shown.get(tabId) === key) return;
    try {
      await deps.setBadge(tabId, text, title);
      shown.set(tabId, key);
    } catch {
      shown.delete(tabId);
    }
  };

  // This worker instance is the only writer: read the stored state once per instance (a restarted
  // worker reads it again), then keep it in memory and write it through.
  let memory: AlertState | undefined;
  const loadState = async (): Promise<AlertState> => {
    if (memory) return memory;
    const stored = await deps.area.get([ALERT_STATE_KEY]).catch(() => ({}) as Record<string, unknown>);
    const value = stored[ALERT_STATE_KEY];
    memory = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AlertState) : {};
    return memory;
  };

  const apply: ApplyAlerts = (tabId, result, settings, page) =>
    serial(async () => {
      const on = settings.alertsEnabled && page !== undefined && settings.venues[page.venue]?.enabled !== false;
      if (!on) {
        await badge(tabId, '');
        return result;
      }
      const state = await loadState();
      const now = deps.now();
      const decided = decideAlerts(page.venue, result.positions, page.marks ?? [], { alertPercent: settings.alertPercent, cooldownMinutes: settings.alertCooldownMinutes }, state, now);
      const alertingIndexes = new Set(decided.alerting.map((a) => a.index));
      const positions = result.positions.map((p, i) => (alertingIndexes.has(i) ? { ...p, alert: true } : p));
      for (const a of decided.alerting.filter((x) => x.notify)) {
        const position = result.positions[a.index]!;
        const text = notificationText(position, a.distancePercent, position.metrics?.markPrice ?? page.marks?.[a.index], deps.locale, a.basis);
        // A fresh id per notification: each is its own event in the notification centre.
        await deps.notify(notificationId(tabId, a.id, now), text.title, text.message).catch(() => undefined);
      }
      if (decided.alerting.some((a) => a.notify) || Object.keys(decided.state).length !== Object.keys(state).length) {
        memory = decided.state;
        await deps.area.set({ [ALERT_STATE_KEY]: decided.state }).catch(() => undefined);
      }
      const count = decided.alerting.length;
      const closest = decided.alerting.map((a) => a.distancePercent).reduce<string | undefined>((min, d) => (min === undefined || new Dm(d).lt(min) ? d : min), undefined);
      const title = closest === undefined ? undefined : t('alerts_badgeTitle', count, formatPercent(closest, deps.locale));
      await badge(tabId, count > 0 ? String(count) : '', title);
      return { ...result, positions };
    });

  const clearTab = async (tabId: number) => {
    await badge(tabId, '');
    shown.delete(tabId);
  };

  return { apply, clearTab };
}
