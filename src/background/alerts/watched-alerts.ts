// Alerts for the watched Hyperliquid accounts, with no exchange tab open (issue 19): after each poll,
// a position whose mark is within the trader's alert distance of its liquidation price notifies. The
// liquidation price is Liqcheck's estimate, or Hyperliquid's liquidationPx when Liqcheck cannot
// verify the position, and the notification says which. The decision and its debounce are the page
// alerts' (alert-decision.ts); the state is kept in session storage under its own key, so a stopped
// worker forgets nothing and does not notify again.
import { Dm } from '../../model/decimal';
import type { KeyValueArea } from '../../platform/key-value-area';
import type { PositionResult } from '../../protocol/estimates';
import type { Settings } from '../../settings/settings';
import type { AccountState, DexRead } from '../../venues/hyperliquid/account/account-state';
import { decideAlerts, type AlertState } from './alert-decision';
import { watchedNotificationText, type LiquidationSource } from './watched-notification-text';

export const WATCH_ALERT_STATE_KEY = 'liqcheck.watchAlerts';
/** A read older than this (the poll failed since) is not alerted on: its mark is no longer the market's. */
export const FRESH_MS = 3 * 60_000;

export interface WatchedAlertDeps {
  area: KeyValueArea;
  notify(id: string, title: string, message: string): Promise<void>;
  now(): number;
  locale?: string;
}

const PLAIN = /^\d+(\.\d+)?$/;

/** liqcheck-watch|<address>|<coin>|<side>|<time>: never taken for a page alert's id (alerts.ts). */
export const watchedNotificationId = (address: string, position: PositionResult, now: number) => `liqcheck-watch|${address}|${position.symbol}|${position.side}|${now}`;

/** The read's positions as the alert decision takes them, with the figure each is measured to. */
function positionsOf(read: DexRead): { position: PositionResult; source: LiquidationSource }[] {
  const out: { position: PositionResult; source: LiquidationSource }[] = [];
  for (const row of read.rows) {
    const p = read.account.positions.find((x) => x.coin === row.coin);
    if (!p) continue;
    // Hyperliquid's figure only when Liqcheck cannot verify; "none" (no liquidation price) never alerts.
    const ours = PLAIN.test(row.estimate);
    const liquidation = ours ? row.estimate : row.estimate === 'unknown' && row.hyperliquid !== 'none' ? row.hyperliquid : undefined;
    if (liquidation === undefined) continue;
    // positionValue is |szi| x mark (clearinghouse.ts): the mark of the same instant, no extra request.
    const mark = new Dm(p.positionValue).div(new Dm(p.szi).abs()).toSignificantDigits(12).toFixed();
    out.push({
      position: {
        key: row.coin, symbol: row.coin, side: row.side, estimate: liquidation, displayed: row.hyperliquid, verdict: row.verdict,
        reasons: row.reasons, assumptions: [], metrics: { markPrice: mark },
      },
      source: ours ? { kind: 'liqcheck' } : { kind: 'hyperliquid', reasons: row.reasons },
    });
  }
  return out;
}

export interface WatchedAlerts {
  /** After a poll: every watched address's fresh reads. Returns how many notifications were shown. */
  check(states: ReadonlyMap<string, AccountState>, settings: Settings): Promise<number>;
}

export function watchedAlertsWith(deps: WatchedAlertDeps): WatchedAlerts {
  // This instance is the only writer of its key: read once (a restarted worker reads it again), then write through.
  let memory: AlertState | undefined;
  const loadState = async (): Promise<AlertState> => {
    if (memory) return memory;
    const value = (await deps.area.get([WATCH_ALERT_STATE_KEY]).catch(() => ({}) as Record<string, unknown>))[WATCH_ALERT_STATE_KEY];
    memory = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AlertState) : {};
    return memory;
  };

  const check: WatchedAlerts['check'] = async (states, settings) => {
    if (!settings.alertsEnabled || settings.venues.hyperliquid?.enabled === false) return 0;
    let state = await loadState();
    const before = JSON.stringify(state);
    const now = deps.now();
    let shown = 0;
    for (const [address, account] of states) {
      const reads = [account.good, ...Object.values(account.dexes ?? {}).map((d) => d.good)].filter((r): r is DexRead => r !== undefined && now - r.fetchedAt <= FRESH_MS);
      const candidates = reads.flatMap(positionsOf);
      const rules = { alertPercent: settings.alertPercent, cooldownMinutes: settings.alertCooldownMinutes };
      const decided = decideAlerts(`hyperliquid@${address}`, candidates.map((c) => c.position), [], rules, state, now);
      state = decided.state;
      for (const a of decided.alerting.filter((x) => x.notify)) {
        const { position, source } = candidates[a.index]!;
        const text = watchedNotificationText({ address, position, source, distancePercent: a.distancePercent, privacy: settings.privacyMode, ...(deps.locale ? { locale: deps.locale } : {}) });
        await deps.notify(watchedNotificationId(address, position, now), text.title, text.message).catch(() => undefined);
        shown += 1;
      }
    }
    memory = state;
    if (JSON.stringify(state) !== before) await deps.area.set({ [WATCH_ALERT_STATE_KEY]: state }).catch(() => undefined);
    return shown;
  };

  return { check };
}

