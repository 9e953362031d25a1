// What the overlay says about the tier table behind an estimate: its date and origin, a warning
// when it is older than a week, and one when the last refresh was rejected (the table in use is
// then the last good one).
import type { Venue } from '../model/types';
import type { TableInfo, Warning } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import type { MarketLookup, MarketTable } from '../market-data/lookup';
import { t } from '../i18n/t';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Venues change tiers, sometimes for open positions: a table older than this is flagged. */
export const STALE_AFTER_DAYS = 7;

/** Whole days since the table's date (or fetch); null when the table is undated. */
export function tableAgeDays(table: MarketTable, now: number): number | null {
  const since = table.fetchedAt ?? Date.parse(`${table.date}T00:00:00Z`);
  // Undated bundled tables carry '0000-00-00' so that any dated table sorts after them.
  if (!Number.isFinite(since) || table.date.startsWith('0000')) return null;
  return Math.max(0, Math.floor((now - since) / DAY_MS));
}

const minute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function tableInfo(table: MarketTable, now: number): TableInfo {
  const ageDays = tableAgeDays(table, now);
  return {
    date: table.date,
    origin: table.origin,
    ...(table.fetchedAt !== undefined ? { fetchedAt: new Date(table.fetchedAt).toISOString() } : {}),
    ...(ageDays !== null ? { ageDays } : {}),
  };
}

/** "tier table of 2026-09-16 (bundled)" / "tier table of 2026-11-22 (fetched 2026-11-22 09:30 UTC)". */
export function tableLabel(table: MarketTable): string {
  const origin =
    table.origin === 'fetched' && table.fetchedAt !== undefined ? t('worker_originFetchedAt', minute(table.fetchedAt)) : table.origin === 'fetched' ? t('worker_originFetched') : t('worker_originBundled');
  return tableAgeDays(table, 0) === null && table.fetchedAt === undefined ? t('worker_tableUndated', origin) : t('worker_tableOf', table.date, origin);
}

export function tableWarnings(market: MarketLookup, venue: Venue, symbol: string, table: MarketTable, side?: Side): Warning[] {
  const warnings: Warning[] = [];
  const at = side ? { side } : {};
  const age = tableAgeDays(table, market.now);
  if (age === null) {
    warnings.push({ kind: 'stale-market-data', ...at, message: t('worker_tableAgeUnknown', symbol, tableLabel(table)) });
  } else if (age > STALE_AFTER_DAYS) {
    warnings.push({ kind: 'stale-market-data', ...at, message: t('worker_tableOld', symbol, tableLabel(table), age) });
  }
  const failure = market.refreshFailure?.(venue, symbol);
  if (failure) {
    warnings.push({ kind: 'market-data-refresh-failed', ...at, message: t('worker_refreshRejected', symbol, minute(failure.at), failure.reason, tableLabel(table)) });
  }
  return warnings;
}
