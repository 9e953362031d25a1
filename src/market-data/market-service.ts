// The worker's market data: answers at once with what it has (the stored table, else the bundled
// one), and starts a fetch when a symbol's table is missing or a day old. When a fetch ends, good or
// refused, it says which symbols changed so the worker can re-estimate the pages that show them.
// State kept here (fetches in flight) is only an optimisation: a stopped worker loses nothing.
import { isBoundedDecimal, isBoundedPositiveDecimal } from '../model/decimal-text';
import type { Venue } from '../model/types';
import type { PageSnapshot } from '../protocol/snapshot';
import { marketLookup, type MarketLookup } from './lookup';
import { t } from '../i18n/t';
import { BUDGET_WINDOW_MS, concurrencyGate, NEW_SYMBOLS_PER_WINDOW, NewSymbolBudget, type Gate } from './fetch-budget';
import { fetchJson, type FetchFunction, type FetchLimits } from './fetch-json';
import type { FetchedMark, RefreshFailure } from './market-table';
import { fetchTierTables } from './fetch-tier-tables';
import type { StoredEntry, TableStore } from './table-store';
import { endpointsFor } from './venues';
import { isVenueSymbol } from '../venues/venue-symbol';

export const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;
/** The daily refresh re-fetches a symbol only if a page used it this recently. */
export const REFRESH_USED_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;
/** After a failed fetch, don't ask again on every snapshot. */
export const RETRY_AFTER_FAILURE_MS = 10 * 60 * 1000;
/** A fetched mark price is used for this long; older, it is fetched again. */
export const MARK_FRESH_MS = 15 * 1000;

export interface MarketServiceOptions {
  store: TableStore;
  fetch: FetchFunction;
  now(): number;
  /** A fetch for these symbols ended (a new table, or a refusal to tell). */
  onUpdate(venue: Venue, symbols: string[]): void;
  timeoutMs?: number;
  /** New symbols per venue per window, shared with the candle fetches (one count per symbol). */
  budget?: NewSymbolBudget;
  /** The cap on requests in flight, shared likewise. */
  gate?: Gate;
}

/**
 * Every symbol a snapshot needs a table for: the page's, the order's, each identified position's.
 * Only text with the venue's symbol shape: anything else would become a request and a storage key.
 */
export function symbolsOf(snapshot: PageSnapshot): string[] {
  const rows = (snapshot.positions?.rows ?? []).filter((r) => r.unidentified === undefined).map((r) => r.symbol);
  const all = [snapshot.symbol, ...(snapshot.order ? [snapshot.order.symbol] : []), ...rows];
  return [...new Set(all.filter((s) => isVenueSymbol(snapshot.venue, s)))];
}

/** The lookup, with the budget's refusal as the reason there is no fetched table for those symbols. */
function withRefusals(lookup: MarketLookup, venue: Venue, refused: readonly string[], now: number): MarketLookup {
  if (refused.length === 0) return lookup;
  const refusal: RefreshFailure = { at: now, reason: t('market_notRequestedBudget', NEW_SYMBOLS_PER_WINDOW, BUDGET_WINDOW_MS / 60000) };
  return { ...lookup, refreshFailure: (v, s) => (v === venue && refused.includes(s) ? refusal : lookup.refreshFailure?.(v, s)) };
}

export class MarketService {
  private readonly inFlight = new Set<string>();
  /** Mark prices fetched for pages that show none: short-lived, so memory is enough. */
  private readonly marks = new Map<string, FetchedMark>();
  private readonly budget: NewSymbolBudget;
  private readonly gate: Gate;

  constructor(private readonly options: MarketServiceOptions) {
    this.budget = options.budget ?? new NewSymbolBudget();
    this.gate = options.gate ?? concurrencyGate();
  }

  private limits(): FetchLimits {
    return { fetch: this.options.fetch, gate: this.gate, ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}) };
  }

  /** The lookup for a snapshot; starts the fetches that are due, without waiting for them. */
  async lookupFor(snapshot: PageSnapshot): Promise<MarketLookup> {
    const venue = snapshot.venue;
    const symbols = symbolsOf(snapshot);
    const entries = await this.options.store.read(venue, symbols).catch(() => new Map<string, StoredEntry>());
    const now = this.options.now();
    void this.options.store.markUsed(venue, entries, now).catch(() => undefined);
    const due = symbols.filter((s) => this.isDue(entries.get(s) ?? {}, now));
    // A symbol with a stored table was asked for before; only new ones spend the budget.
    const { admitted, refused } = this.budget.take(venue, due.filter((s) => !entries.get(s)?.table), now);
    const fetchNow = due.filter((s) => entries.get(s)?.table || admitted.includes(s));
    if (fetchNow.length > 0) void this.refresh(venue, fetchNow);
    const lookup = withRefusals(marketLookup(now, venue, entries), venue, refused, now);
    if (snapshot.market.markPrice.ok) return lookup;
    // The page shows no mark price: use a recent one from the venue's public endpoint, fetch a new one.
    const key = `${venue}:${snapshot.symbol}`;
    const mark = this.marks.get(key);
    if (!mark || now - mark.at >= MARK_FRESH_MS) void this.fetchMark(venue, snapshot.symbol);
    const fresh = mark && now - mark.at < MARK_FRESH_MS ? mark : undefined;
    return { ...lookup, markPrice: (v, s) => (v === venue && s === snapshot.symbol ? fresh : undefined) };
  }

  private async fetchMark(venue: Venue, symbol: string): Promise<void> {
    const endpoints = endpointsFor(venue);
    const key = `mark:${venue}:${symbol}`;
    if (!endpoints?.markRequest || !endpoints.parseMark || !isVenueSymbol(venue, symbol) || this.inFlight.has(key)) return;
    if (this.budget.take(venue, [symbol], this.options.now()).refused.length > 0) return;
    this.inFlight.add(key);
    try {
      const request = endpoints.markRequest(symbol);
      const answer = await fetchJson(request, this.limits());
      const parsed = answer.ok ? endpoints.parseMark(answer.json, symbol) : null;
      // A price that is not a bounded positive decimal is no price; a funding rate that is not a bounded decimal spoils the answer.
      if (!parsed?.ok || !isBoundedPositiveDecimal(parsed.value.markPrice)) return;
      if (parsed.value.fundingRate !== undefined && !isBoundedDecimal(parsed.value.fundingRate)) return;
      this.marks.set(`${venue}:${symbol}`, { ...parsed.value, at: this.options.now(), host: new URL(request.url).host });
    } finally {
      this.inFlight.delete(key);
    }
    this.options.onUpdate(venue, [symbol]);
  }

  private isDue(entry: StoredEntry, now: number): boolean {
    if (entry.failure && now - entry.failure.at < RETRY_AFTER_FAILURE_MS) return false;
    return !entry.table || now - entry.table.fetchedAt >= REFRESH_AFTER_MS;
  }

  /** Fetches these symbols' tables now; stores the good ones, remembers the refusals. */
  async refresh(venue: Venue, symbols: readonly string[]): Promise<void> {
    const endpoints = endpointsFor(venue);
    if (!endpoints) return;
    const todo = symbols.filter((s) => isVenueSymbol(venue, s) && !this.inFlight.has(`${venue}:${s}`));
    if (todo.length === 0) return;
    for (const s of todo) this.inFlight.add(`${venue}:${s}`);
    try {
      const tables = await fetchTierTables(endpoints, todo, this.limits());
      const at = this.options.now();
      for (const [symbol, table] of tables) {
        if (table.ok) {
          const { ok: _ok, ...stored } = table;
          await this.options.store.writeTable(venue, symbol, { ...stored, fetchedAt: at });
        } else {
          await this.options.store.writeFailure(venue, symbol, { at, reason: table.reason });
        }
      }
      // A new entry may take a venue over its cap: the least recently used goes.
      await this.options.store.prune(at);
    } catch {
      // Storage failed (quota, shutdown): the next snapshot tries again.
    } finally {
      for (const s of todo) this.inFlight.delete(`${venue}:${s}`);
    }
    this.options.onUpdate(venue, todo);
  }

  /** The daily refresh: prunes storage, then re-fetches every symbol a page used in the last week, whatever its age. */
  async refreshAll(): Promise<void> {
    const now = this.options.now();
    await this.options.store.prune(now);
    const entries = await this.options.store.entries();
    const byVenue = new Map<Venue, string[]>();
    for (const { venue, symbol, usedAt } of entries) {
      if (now - usedAt < REFRESH_USED_WITHIN_MS) byVenue.set(venue, [...(byVenue.get(venue) ?? []), symbol]);
    }
    await Promise.all([...byVenue].map(([venue, symbols]) => this.refresh(venue, symbols)));
  }
}
