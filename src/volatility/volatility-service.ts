// The worker's volatility: answers at once with what storage holds for a page's symbols, and starts a
// fetch of public 1 h candles when a symbol's value is missing or an hour old (only symbols seen on a
// page; at most one fetch an hour per symbol, and after a failure none for 10 minutes). When a fetch
// ends it says so, so the worker can re-answer the pages that show the symbol. The last good value
// stays in storage as the offline fallback; its age goes with it.
import { annualisedVolatility, HOURS_PER_YEAR } from '../model/risk/volatility';
import type { Venue } from '../model/types';
import type { PageSnapshot } from '../protocol/snapshot';
import { fetchJson, type FetchFunction } from '../market-data/fetch-json';
import { concurrencyGate, NewSymbolBudget, type Gate } from '../market-data/fetch-budget';
import { symbolsOf } from '../market-data/market-service';
import type { Volatility, VolatilityLookup } from '../volatility/volatility-store';
import { candleEndpointFor } from './candle-endpoints';
import type { VolatilityEntry, VolatilityStore } from './volatility-store';

export const VOLATILITY_REFRESH_MS = 60 * 60 * 1000;
export const VOLATILITY_RETRY_MS = 10 * 60 * 1000;

export interface VolatilityServiceOptions {
  store: VolatilityStore;
  fetch: FetchFunction;
  now(): number;
  /** A fetch for this symbol ended (a new value, or a failure to tell). */
  onUpdate?(venue: Venue, symbol: string): void;
  timeoutMs?: number;
  /** New symbols per venue per window (issue 17): shared with the tier tables' fetches. */
  budget?: NewSymbolBudget;
  /** The cap on requests in flight, shared likewise. */
  gate?: Gate;
}

export class VolatilityService {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly budget: NewSymbolBudget;
  private readonly gate: Gate;

  constructor(private readonly options: VolatilityServiceOptions) {
    this.budget = options.budget ?? new NewSymbolBudget();
    this.gate = options.gate ?? concurrencyGate();
  }

  /** The lookup for a page's symbols; starts the fetches that are due without waiting for them. */
  async lookupFor(snapshot: PageSnapshot): Promise<VolatilityLookup> {
    const venue = snapshot.venue;
    const symbols = symbolsOf(snapshot);
    const entries = await this.options.store.read(venue, symbols).catch(() => new Map<string, VolatilityEntry>());
    const now = this.options.now();
    const due = symbols.filter((s) => this.isDue(entries.get(s) ?? {}, now));
    // A symbol with a stored value was asked for before; only new ones spend the budget.
    const { admitted } = this.budget.take(venue, due.filter((s) => !entries.get(s)?.volatility), now);
    for (const symbol of due) if (entries.get(symbol)?.volatility || admitted.includes(symbol)) void this.refresh(venue, symbol);
    return (v, s) => (v === venue ? entries.get(s)?.volatility : undefined);
  }

  private isDue(entry: VolatilityEntry, now: number): boolean {
    if (entry.failure && now - entry.failure.at < VOLATILITY_RETRY_MS) return false;
    return !entry.volatility || now - Date.parse(entry.volatility.fetchedAt) >= VOLATILITY_REFRESH_MS;
  }

  /** Fetches the candles, computes and stores the volatility (or the failure). One fetch per symbol at a time. */
  refresh(venue: Venue, symbol: string): Promise<void> {
    const key = `${venue}:${symbol}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const job = this.fetchAndStore(venue, symbol).finally(() => {
      this.inFlight.delete(key);
      this.options.onUpdate?.(venue, symbol);
    });
    this.inFlight.set(key, job);
    return job;
  }

  private async fetchAndStore(venue: Venue, symbol: string): Promise<void> {
    await this.fetchAndWrite(venue, symbol);
    // A new entry may take a venue over its cap; old ones go (issue 17).
    await this.options.store.prune(this.options.now()).catch(() => undefined);
  }

  private async fetchAndWrite(venue: Venue, symbol: string): Promise<void> {
    const endpoint = candleEndpointFor(venue);
    if (!endpoint) return;
    const now = this.options.now();
    const fail = (reason: string) => this.options.store.writeFailure(venue, symbol, { at: now, reason }).catch(() => undefined);
    const answer = await fetchJson(endpoint.request(symbol, now), { fetch: this.options.fetch, gate: this.gate, ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}) });
    if (!answer.ok) return fail(answer.reason);
    const parsed = endpoint.parse(answer.json);
    if (!parsed.ok) return fail(parsed.reason);
    const estimate = annualisedVolatility(parsed.value.map((c) => c.close), HOURS_PER_YEAR);
    if (!estimate.ok) return fail(`${endpoint.source}: ${estimate.reason === 'too-few-closes' ? 'too few candles' : 'a candle without a price'}`);
    const last = parsed.value[parsed.value.length - 1]!;
    const volatility: Volatility = {
      annualised: estimate.annualised,
      source: endpoint.source,
      asOf: new Date(last.openTime).toISOString(),
      fetchedAt: new Date(now).toISOString(),
      samples: estimate.samples,
    };
    await this.options.store.writeVolatility(venue, symbol, volatility).catch(() => undefined);
  }
}
