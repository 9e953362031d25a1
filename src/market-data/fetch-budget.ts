// How much the worker asks the venues for on a page's behalf. The page decides which symbols the
// worker sees, so a page that keeps changing a symbol (issue 17: ETHUSDT0001, 0002, ...) must not
// turn into a request per variant: a venue's new symbols are counted over a window, and requests in
// flight are capped so a burst queues instead of opening a hundred connections.
import type { Venue } from '../model/types';

/** A trader opens a handful of markets in ten minutes; forty new ones is a page misbehaving. */
export const NEW_SYMBOLS_PER_WINDOW = 40;
export const BUDGET_WINDOW_MS = 10 * 60 * 1000;
/** Requests to all venues at once; more wait for a free slot. */
export const MAX_REQUESTS_IN_FLIGHT = 8;

/** New symbols (no stored table yet) asked for per venue, each counted once per window. */
export class NewSymbolBudget {
  private readonly asked = new Map<Venue, Map<string, number>>();

  constructor(
    private readonly limit = NEW_SYMBOLS_PER_WINDOW,
    private readonly windowMs = BUDGET_WINDOW_MS,
  ) {}

  /** Takes budget for these new symbols; those it has none for are refused (not to be requested). */
  take(venue: Venue, symbols: readonly string[], now: number): { admitted: string[]; refused: string[] } {
    const asked = this.asked.get(venue) ?? new Map<string, number>();
    this.asked.set(venue, asked);
    for (const [symbol, at] of asked) if (now - at >= this.windowMs) asked.delete(symbol);
    const admitted: string[] = [];
    const refused: string[] = [];
    for (const symbol of symbols) {
      // Asked for already in this window (a retry, a second tab): no new cost.
      if (asked.has(symbol) || asked.size < this.limit) {
        if (!asked.has(symbol)) asked.set(symbol, now);
        admitted.push(symbol);
      } else {
        refused.push(symbol);
      }
    }
    return { admitted, refused };
  }
}

/** Runs a task when a slot is free. */
export type Gate = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs at most `max` tasks at once; the others wait in order. */
export function concurrencyGate(max = MAX_REQUESTS_IN_FLIGHT): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
