// How often the page's own updates (a mark tick, PNL, balances) are read: at once while they come no
// faster than `perSecond` on average, allowing bursts of `burst`; a page changing faster than that
// (50 times a second) is read `perSecond` times a second. The trader's input is not paced. Each reading
// costs the page, the port, the worker and a layout of the overlay, and a figure re-rendered 50 times
// a second is not read by a person any faster than 10 times a second.
export class ReadPace {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond = 10,
    private readonly burst = 4,
    now = 0,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Milliseconds until the next reading of the page's own updates may be taken; 0: now. */
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  /** A reading of the page's own updates was taken. */
  take(now: number): void {
    this.refill(now);
    this.tokens = Math.max(0, this.tokens - 1);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, now - this.at) * this.perSecond) / 1000);
    this.at = now;
  }
}
