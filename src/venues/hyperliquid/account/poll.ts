// The worker's poll of the watched addresses, once a minute (an alarm). Per poll, within a budget of
// 240 request weight (a fifth of Hyperliquid's 1200 a minute per IP; request-weight.ts,
// docs/hyperliquid-rate-limits.md):
//   1. every address's main-dex clearinghouseState (weight 2);
//   2. the HIP-3 dexes where the address held a position at the last read (2 each), and every ten
//      minutes all the others, from the dex list (perpDexs, weight 20, asked again after an hour);
//   3. the account mode (userAbstraction, 20) while the address has a cross position, hourly: a
//      spot-backed account's cross positions are named, not estimated;
//   4. a HIP-3 dex's margin tables (meta, 20) once a day while a position is open there.
// On HTTP 429 the poll sends nothing more, and the address waits, doubling from 2 minutes up to 30.
// A bad, slow, empty or absurd answer never replaces the last good state: it is kept, and the
// failure is stored beside it with its time.
import { t } from '../../../i18n/t';
import type { FetchFunction } from '../../../market-data/fetch-json';
import type { KeyValueArea } from '../../../platform/key-value-area';
import { abstractionRequest, parseAbstraction, sharesCollateral } from './abstraction';
import type { AccountState, DexRead, DexState, Failure, HlAccount, WatchedRow } from './account-state';
import { askInfo, type AskOptions } from './ask-info';
import { clearinghouseRequest, parseClearinghouseState } from './clearinghouse';
import { dexTiers } from './dex-tables';
import { parsePerpDexs, perpDexsRequest } from './perp-dexs';
import { POLL_WEIGHT_BUDGET, WEIGHT, WeightBudget } from './request-weight';
import { watchedRows } from './rows';
import { readStates, readWatchList, writeState } from './watch-store';

export const POLL_ALARM = 'hyperliquid-accounts';
export const POLL_MINUTES = 1;
export const BACKOFF_FIRST_MS = 2 * 60_000;
export const BACKOFF_MAX_MS = 30 * 60_000;
/** Every other HIP-3 dex is asked about an address this often (the ones with a position: every poll). */
export const DEX_SCAN_MS = 10 * 60_000;
export const DEX_LIST_KEY = 'hlDexList';
export const DEX_LIST_REFRESH_MS = 60 * 60_000;
export const MODE_REFRESH_MS = 60 * 60_000;
/** A failed dex list or account mode is asked again after this. */
export const RETRY_MS = 10 * 60_000;

export interface PollOptions {
  area: KeyValueArea;
  fetch: FetchFunction;
  now(): number;
  timeoutMs?: number;
  /** The main dex's positions as the popup lists them (rows.ts, with the tier tables the worker has). */
  rows(account: HlAccount, crossBlocked?: string): Promise<WatchedRow[]>;
}

interface DexList {
  good?: { fetchedAt: number; names: string[] };
  failure?: Failure;
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16) + ' UTC';

type Read = { ok: true; account: HlAccount } | { ok: false; failure: Failure; rateLimited: boolean } | { ok: false; notSent: true };

async function readDex(address: string, dex: string, now: number, budget: WeightBudget, ask: AskOptions): Promise<Read> {
  const answer = await askInfo(clearinghouseRequest(address, dex), WEIGHT.clearinghouseState, budget, ask);
  if ('notSent' in answer) return answer;
  if (!answer.ok) return { ok: false, failure: { at: now, reason: answer.reason }, rateLimited: answer.rateLimited };
  const parsed = parseClearinghouseState(answer.json, dex);
  return parsed.ok ? { ok: true, account: parsed.value } : { ok: false, failure: { at: now, reason: t('watch_absurd', parsed.reason) }, rateLimited: false };
}

/** The state after a 429: the address waits, doubling with each 429 in a row (`before`: the strikes so far). */
function backedOff(state: AccountState, before: number, now: number): AccountState {
  const strikes = before + 1;
  const until = now + Math.min(BACKOFF_FIRST_MS * 2 ** (strikes - 1), BACKOFF_MAX_MS);
  return { ...state, backoff: { until, strikes }, failure: { at: now, reason: t('watch_rateLimited', clock(until)) } };
}

/** The HIP-3 dex names: the stored list, asked again when an hour old (or ten minutes after a failure). */
async function dexList(options: PollOptions, now: number, budget: WeightBudget, ask: AskOptions): Promise<string[] | undefined> {
  const stored = (await options.area.get([DEX_LIST_KEY]))[DEX_LIST_KEY] as DexList | undefined;
  let list: DexList = typeof stored === 'object' && stored !== null ? stored : {};
  const due = (!list.good || now - list.good.fetchedAt >= DEX_LIST_REFRESH_MS) && !(list.failure && now - list.failure.at < RETRY_MS);
  if (due) {
    const answer = await askInfo(perpDexsRequest(), WEIGHT.perpDexs, budget, ask);
    if (!('notSent' in answer)) {
      const parsed = answer.ok ? parsePerpDexs(answer.json) : undefined;
      if (parsed?.ok) list = { good: { fetchedAt: now, names: parsed.value } };
      else list = { ...list, failure: { at: now, reason: parsed ? parsed.reason : (answer as { reason: string }).reason } };
      await options.area.set({ [DEX_LIST_KEY]: list });
    }
  }
  return list.good?.names;
}

/** Why no cross position of this account can be estimated, from its mode; undefined when they can be. */
export function crossBlockedBy(state: AccountState): string | undefined {
  const mode = state.mode?.value;
  if (mode === undefined) return t('watch_modeUnknown', state.modeFailure?.reason ?? t('watch_modeNotRead'));
  if (!sharesCollateral(mode)) return undefined;
  return mode === 'dexAbstraction' ? t('watch_dexAbstraction') : t('watch_spotBacked');
}

const hasPositions = (read: DexRead | undefined) => (read?.account.positions.length ?? 0) > 0;

/** What one address's poll works on: its next state, the reads made now, and whether a 429 came. */
interface Work {
  address: string;
  now: number;
  next: AccountState;
  fresh: Map<string, HlAccount>;
  rateLimited: boolean;
  budget: WeightBudget;
  ask: AskOptions;
}

/** A read's outcome on the dex's state: a good read replaces it (a HIP-3 dex without positions goes), a failure is kept beside it. */
function take(work: Work, dex: string, read: Read, kept: DexState | undefined): DexState | undefined {
  if ('notSent' in read) return kept;
  if (!read.ok) {
    if (read.rateLimited) {
      work.rateLimited = true;
      work.budget.stop();
    }
    return { ...kept, failure: read.failure };
  }
  work.fresh.set(dex, read.account);
  return read.account.positions.length > 0 || dex === '' ? { good: { fetchedAt: work.now, account: read.account, rows: [] } } : undefined;
}

/** 2. HIP-3 dexes: those with a position every poll; all of them every DEX_SCAN_MS. */
async function readHip3(work: Work, dexNames: () => Promise<string[] | undefined>): Promise<void> {
  const { next, now } = work;
  const dexes: Record<string, DexState> = { ...next.dexes };
  const active = Object.keys(dexes).filter((dex) => hasPositions(dexes[dex]!.good));
  const scanDue = next.scannedAt === undefined || now - next.scannedAt >= DEX_SCAN_MS;
  const names = scanDue ? await dexNames() : undefined;
  const others = names?.filter((dex) => !active.includes(dex)) ?? [];
  // A scan is all or nothing: when the budget can't hold it, it waits for the next poll.
  const scan = names === undefined ? undefined : work.budget.setAside(others.length * WEIGHT.clearinghouseState);
  for (const dex of [...active, ...(scan ? others : [])]) {
    const read = await readDex(work.address, dex, now, active.includes(dex) ? work.budget : scan!, work.ask);
    const after = take(work, dex, read, dexes[dex]);
    if (after) dexes[dex] = after;
    else delete dexes[dex];
    if (work.rateLimited) break;
  }
  // A failure on a dex no longer listed (and without a position) is no longer news.
  if (scan && !work.rateLimited) for (const dex of Object.keys(dexes)) if (!dexes[dex]!.good && !names!.includes(dex)) delete dexes[dex];
  if (Object.keys(dexes).length > 0) next.dexes = dexes;
  else delete next.dexes;
  if (scan && !work.rateLimited) next.scannedAt = now;
}

/** 3. The account mode, while a cross position is open, hourly. */
async function readMode(work: Work): Promise<void> {
  const { next, now } = work;
  const reads = [next.good, ...Object.values(next.dexes ?? {}).map((d) => d.good)];
  const cross = reads.some((read) => read?.account.positions.some((p) => p.marginMode === 'cross'));
  const due = cross && (!next.mode || now - next.mode.fetchedAt >= MODE_REFRESH_MS) && !(next.modeFailure && now - next.modeFailure.at < RETRY_MS);
  if (!due) return;
  const answer = await askInfo(abstractionRequest(work.address), WEIGHT.userAbstraction, work.budget, work.ask);
  if ('notSent' in answer) return;
  const parsed = answer.ok ? parseAbstraction(answer.json) : undefined;
  if (parsed?.ok) {
    next.mode = { value: parsed.value, fetchedAt: now };
    delete next.modeFailure;
    return;
  }
  next.modeFailure = { at: now, reason: parsed ? parsed.reason : (answer as { reason: string }).reason };
  // askInfo has stopped the budget.
  if (!answer.ok && answer.rateLimited) work.rateLimited = true;
}

/** One address's next state. */
async function pollAddress(address: string, state: AccountState, mainRead: WeightBudget, dexNames: () => Promise<string[] | undefined>, options: PollOptions, budget: WeightBudget, ask: AskOptions): Promise<AccountState> {
  const now = options.now();
  if (state.backoff && now < state.backoff.until) return state;
  const { backoff: expired, good, failure, ...rest } = state;
  const work: Work = { address, now, next: rest, fresh: new Map(), rateLimited: false, budget, ask };

  // 1. The main dex.
  const main = take(work, '', await readDex(address, '', now, mainRead, ask), { ...(good ? { good } : {}), ...(failure ? { failure } : {}) });
  if (main?.good) work.next.good = main.good;
  if (main?.failure) work.next.failure = main.failure;
  // 2. and 3. wait for the next poll after a 429.
  if (!work.rateLimited) await readHip3(work, dexNames);
  if (!work.rateLimited) await readMode(work);

  // 4. Rows for what was read now (even after a 429), with the account's mode.
  const next = work.next;
  const blocked = crossBlockedBy(next);
  for (const [dex, account] of work.fresh) {
    const read = dex === '' ? next.good : next.dexes?.[dex]?.good;
    if (!read) continue;
    if (dex === '') {
      read.rows = await options.rows(account, blocked);
      continue;
    }
    const tables = await dexTiers(dex, options.area, now, budget, ask);
    read.rows = watchedRows(account, tables.tiers, blocked, tables.tick);
  }
  return work.rateLimited ? backedOff(next, expired?.strikes ?? 0, now) : next;
}

/** Polls every watched address in turn (one request at a time) and stores each new state. */
export async function pollAll(options: PollOptions): Promise<void> {
  const addresses = await readWatchList(options.area);
  if (addresses.length === 0) return;
  const states = await readStates(options.area, addresses);
  const budget = new WeightBudget(POLL_WEIGHT_BUDGET);
  // Every address's main dex first: set aside before any other request can spend the budget.
  const mainReads = budget.setAside(addresses.length * WEIGHT.clearinghouseState)!;
  const ask: AskOptions = { fetch: options.fetch, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  // The dex list is asked for once per poll at most, and only when some address's scan is due.
  let names: Promise<string[] | undefined> | undefined;
  const dexNames = () => (names ??= dexList(options, options.now(), budget, ask));
  for (const address of addresses) {
    const before = states.get(address) ?? {};
    const after = await pollAddress(address, before, mainReads, dexNames, options, budget, ask);
    if (after !== before) await writeState(options.area, address, after);
  }
}
