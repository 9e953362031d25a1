// What each info request costs against Hyperliquid's limit of 1200 weight per minute per IP, as the
// docs list it (https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/rate-limits:
// clearinghouseState, spotClearinghouseState, allMids, l2Book... weigh 2; "all other documented info
// requests" weigh 20), and the share of it one poll may spend. docs/hyperliquid-rate-limits.md does the
// arithmetic.
export const WEIGHT = {
  clearinghouseState: 2,
  perpDexs: 20,
  userAbstraction: 20,
  meta: 20,
} as const;

/** At most a fifth of the per-IP limit per poll (once a minute): the trader's own tabs use the rest. */
export const POLL_WEIGHT_BUDGET = 240;

/** The weight one poll may still spend; a 429 stops it, and every part set aside from it, for the rest of the poll. */
export class WeightBudget {
  private left: number;
  private readonly halt: { stopped: boolean };

  constructor(weight: number, halt = { stopped: false }) {
    this.left = weight;
    this.halt = halt;
  }

  /** Takes the weight if it fits, and says whether it did. */
  take(weight: number): boolean {
    if (this.halt.stopped || weight > this.left) return false;
    this.left -= weight;
    return true;
  }

  /** Takes the weight now and hands it out as its own budget (stopped with this one); undefined when it does not fit. */
  setAside(weight: number): WeightBudget | undefined {
    return this.take(weight) ? new WeightBudget(weight, this.halt) : undefined;
  }

  /** The API said slow down: nothing more this poll. */
  stop(): void {
    this.halt.stopped = true;
  }
}
