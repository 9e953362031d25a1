// How often the page's own updates (a mark tick, PNL, balances) are read: at once while they come no
// faster than `perSecond` on average, allowing bursts of `burst`; a page changing faster than that is
// read `perSecond` times a second. A page that streams (more than STREAM_ABOVE batches of changes a
// second, about the last second) is read STREAM_PER_SECOND times a second until it slows down. The
// trader's input is not paced, nor is the page's own change to an input of an estimate (a margin
// added, a fill: fast-lane.ts). Each reading costs the page, the port, the worker and the overlay, and
// a figure re-rendered 50 times a second is not read by a person any faster: what the trader loses is
// freshness, at most 1/STREAM_PER_SECOND s plus the worker's answer.

/** Batches of changes a second above which the page counts as streaming. */
export const STREAM_ABOVE = 20;
/**
 * Readings a second of a streaming page. What streams is mostly the book, the last price and the PnL
 * following it; the mark price behind a liquidation moves at most once a second on Binance (its mark
 * price stream: 1 s or 3 s). One reading a second matches that; on the outside page it cost about a
 * quarter less script time than two (with full reads every 3 s, run.ts), and five had cost about a
 * quarter more than two and twice the worker's (bench/results.md).
 */
export const STREAM_PER_SECOND = 1;
/** The arrival rate is an average over about this long (exponential decay). */
const RATE_WINDOW_MS = 1000;

export class ReadPace {
  #tokens: number;
  #at: number;
  /** Arrivals in about the last RATE_WINDOW_MS, as of arrivedAt. */
  #arrivals = 0;
  #arrivedAt = -Infinity;
  #takenAt = -Infinity;

  readonly #perSecond: number;
  readonly #burst: number;

  constructor(perSecond = 10, burst = 4, now = 0) {
    this.#perSecond = perSecond;
    this.#burst = burst;
    this.#tokens = burst;
    this.#at = now;
  }

  /** The page changed (one call per batch of mutations the observer delivers). */
  arrive(now: number): void {
    this.#arrivals = this.#arrivalsAt(now) + 1;
    this.#arrivedAt = now;
  }

  /**
   * The page is known to stream (the watcher left its busy cells unobserved, so their commits no
   * longer arrive here): it is paced as streaming until told otherwise.
   */
  knownStreaming = false;

  /** True while the page changes more than STREAM_ABOVE times a second. */
  streaming(now: number): boolean {
    return this.knownStreaming || this.#arrivalsAt(now) > (STREAM_ABOVE * RATE_WINDOW_MS) / 1000;
  }

  /** Milliseconds until the next reading of the page's own updates may be taken; 0: now. */
  wait(now: number): number {
    this.#refill(now);
    const bucket = this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) * 1000) / this.#perSecond);
    if (!this.streaming(now)) return bucket;
    return Math.max(bucket, Math.ceil(this.#takenAt + 1000 / STREAM_PER_SECOND - now));
  }

  /** A reading of the page's own updates was taken. */
  take(now: number): void {
    this.#refill(now);
    this.#tokens = Math.max(0, this.#tokens - 1);
    this.#takenAt = now;
  }

  #arrivalsAt(now: number): number {
    return this.#arrivals * Math.exp(-Math.max(0, now - this.#arrivedAt) / RATE_WINDOW_MS);
  }

  #refill(now: number): void {
    this.#tokens = Math.min(this.#burst, this.#tokens + (Math.max(0, now - this.#at) * this.#perSecond) / 1000);
    this.#at = now;
  }
}
