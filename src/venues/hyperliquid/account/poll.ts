// The worker's poll of the watched addresses: one clearinghouseState request per address per alarm
// (once a minute). Hyperliquid's documented limit is 1200 request weight a minute per IP, and
// clearinghouseState weighs 2 (https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/rate-limits),
// so 10 addresses cost 20 a minute, under 2 % of it. On HTTP 429 an address waits, doubling from
// 2 minutes up to 30. A bad, slow, empty or absurd answer never replaces the last good state: it is
// kept, and the failure is stored beside it with its time.
import { t } from '../../../i18n/t';
import { fetchJson, type FetchFunction } from '../../../market-data/fetch-json';
import type { KeyValueArea } from '../../../platform/key-value-area';
import type { AccountState, HlAccount, WatchedRow } from './account-state';
import { clearinghouseRequest, parseClearinghouseState } from './clearinghouse';
import { readStates, readWatchList, writeState } from './watch-store';

export const POLL_ALARM = 'hyperliquid-accounts';
export const POLL_MINUTES = 1;
export const BACKOFF_FIRST_MS = 2 * 60_000;
export const BACKOFF_MAX_MS = 30 * 60_000;

export interface PollOptions {
  area: KeyValueArea;
  fetch: FetchFunction;
  now(): number;
  timeoutMs?: number;
  /** The positions as the popup lists them (rows.ts, with the tier tables the worker has). */
  rows(account: HlAccount): Promise<WatchedRow[]>;
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16) + ' UTC';

/** One address's next state from its current one. */
export async function pollAddress(address: string, state: AccountState, options: PollOptions): Promise<AccountState> {
  const now = options.now();
  if (state.backoff && now < state.backoff.until) return state;
  const { backoff, ...kept } = state;
  let status = 0;
  // fetchJson says why in words; the status is read here, at the edge, to tell a 429 apart.
  const fetch: FetchFunction = async (url, init) => {
    const response = await options.fetch(url, init);
    status = response.status;
    return response;
  };
  const answer = await fetchJson(clearinghouseRequest(address), { fetch, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  if (!answer.ok && status === 429) {
    const strikes = (backoff?.strikes ?? 0) + 1;
    const until = now + Math.min(BACKOFF_FIRST_MS * 2 ** (strikes - 1), BACKOFF_MAX_MS);
    return { ...kept, backoff: { until, strikes }, failure: { at: now, reason: t('watch_rateLimited', clock(until)) } };
  }
  if (!answer.ok) return { ...kept, failure: { at: now, reason: answer.reason } };
  const parsed = parseClearinghouseState(answer.json);
  if (!parsed.ok) return { ...kept, failure: { at: now, reason: t('watch_absurd', parsed.reason) } };
  return { good: { fetchedAt: now, account: parsed.value, rows: await options.rows(parsed.value) } };
}

/** Polls every watched address in turn (one request at a time) and stores each new state. */
export async function pollAll(options: PollOptions): Promise<void> {
  const addresses = await readWatchList(options.area);
  if (addresses.length === 0) return;
  const states = await readStates(options.area, addresses);
  for (const address of addresses) {
    const before = states.get(address) ?? {};
    const after = await pollAddress(address, before, options);
    if (after !== before) await writeState(options.area, address, after);
  }
}
