// The worker's risk step in one call, so the wiring in src/background/index.ts stays one line:
//   const risk = createRiskStep({ area: localArea, fetch: platformFetch, now: () => Date.now(), onUpdate });
//   ... after: async (result, snapshot) => risk(result, snapshot) ...
// It reads the page's symbols' volatility from storage.local (starting due candle fetches), then
// fills `risk` on each position. onUpdate(venue, symbol): a fetch ended; re-answer pages showing it.
import type { Venue } from '../../model/types';
import type { PrunableArea } from '../../platform/key-value-area';
import type { EstimatesResult } from '../../protocol/estimates';
import type { PageSnapshot } from '../../protocol/snapshot';
import type { FetchFunction } from '../../market-data/fetch-json';
import type { Gate, NewSymbolBudget } from '../../market-data/fetch-budget';
import { attachRisk } from './attach-risk';
import { VolatilityService } from '../../volatility/volatility-service';
import { VolatilityStore } from '../../volatility/volatility-store';

export interface RiskStepOptions {
  area: PrunableArea;
  fetch: FetchFunction;
  now(): number;
  onUpdate?(venue: Venue, symbol: string): void;
  /** Shared with the tier tables' fetches (src/market-data/fetch-budget.ts). */
  budget?: NewSymbolBudget;
  gate?: Gate;
}

export type RiskStep = (result: EstimatesResult, snapshot: PageSnapshot) => Promise<EstimatesResult>;

export function createRiskStep(options: RiskStepOptions): RiskStep {
  const { area, budget, gate, onUpdate } = options;
  const service = new VolatilityService({
    store: new VolatilityStore(area),
    fetch: options.fetch,
    now: options.now,
    ...(onUpdate ? { onUpdate } : {}),
    ...(budget ? { budget } : {}),
    ...(gate ? { gate } : {}),
  });
  return async (result, snapshot) => {
    const lookup = await service.lookupFor(snapshot).catch(() => () => undefined);
    return attachRisk(result, lookup, { venue: snapshot.venue, now: options.now() });
  };
}
