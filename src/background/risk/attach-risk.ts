// Fills each position's `risk` (funding erosion, touch probabilities) from its metrics, Liqcheck's
// liquidation estimate and a volatility the worker keeps cached (volatility-service.ts). Pure apart
// from the clock: no browser API here.
import { t } from '../../i18n/t';
import { Dm } from '../../model/decimal';
import { fundingToLiquidation } from '../../model/risk/funding-to-liquidation';
import { touchProbabilities, type TouchProbability } from '../../model/risk/touch-probability';
import type { Dec, Venue } from '../../model/types';
import type { EstimatesResult, PositionResult, RiskView } from '../../protocol/estimates';
import type { Volatility, VolatilityLookup } from '../../volatility/volatility-store';

export type { Volatility, VolatilityLookup };

export interface RiskContext {
  /** The page's venue: the lookup is asked for (venue, symbol). Without it no volatility is looked up. */
  venue?: Venue;
  /** ms since epoch; default Date.now(). */
  now?: number;
}

/**
 * The page sends a snapshot per change and most changes leave mark, liquidation price and volatility
 * as they were: remember the last probabilities (about 0.5 ms each in decimal.js) rather than redo them.
 */
const MEMO_SIZE = 256;
const memo = new Map<string, TouchProbability[]>();
/** The 1 h and 24 h probabilities. */
function touchMemo(mark: Dec, liq: Dec, sigma: Dec): TouchProbability[] {
  const key = `${mark}|${liq}|${sigma}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const value = touchProbabilities(mark, liq, sigma, [1, 24]);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}

/** A volatility older than this is not used (offline for a week: recent moves are unknown). */
export const MAX_VOLATILITY_AGE_MINUTES = 7 * 24 * 60;

function fundingPart(p: PositionResult): Pick<RiskView, 'fundingHoursToLiquidation' | 'fundingNote'> {
  const m = p.metrics;
  if (p.side === 'unknown') return { fundingNote: t('risk_noteSideUnknown') };
  if (!m?.fundingRatePercent || !m.fundingIntervalHours) return { fundingNote: t('risk_fundingNoRate') };
  if (!m.equity || !m.maintenanceMargin || !m.notional) return { fundingNote: t('risk_fundingNoMargin') };
  const r = fundingToLiquidation({ side: p.side, equity: m.equity, maintenanceMargin: m.maintenanceMargin, notional: m.notional, fundingRatePercent: m.fundingRatePercent, fundingIntervalHours: m.fundingIntervalHours });
  if (r.ok) return { fundingHoursToLiquidation: r.hours };
  const note = { receives: 'risk_fundingReceives', 'zero-rate': 'risk_fundingZero', 'below-maintenance': 'risk_fundingBelowMaintenance', 'bad-input': 'risk_fundingNoMargin' } as const;
  return { fundingNote: t(note[r.reason]) };
}

function touchPart(p: PositionResult, lookup: VolatilityLookup, context: RiskContext): Pick<RiskView, 'touchProbability' | 'volatility' | 'touchNote' | 'touchAssumption'> {
  if (p.side === 'unknown') return { touchNote: t('risk_noteSideUnknown') };
  if (p.estimate === 'none') return { touchNote: t('risk_touchNoLiquidation') };
  if (p.estimate === 'unknown') return { touchNote: t('risk_touchNoEstimate') };
  const mark = p.metrics?.markPrice;
  if (!mark) return { touchNote: t('risk_touchNoMark') };
  const found = context.venue ? lookup(context.venue, p.symbol) : undefined;
  if (!found) return { touchNote: t('risk_touchNoVolatility', p.symbol) };
  const now = context.now ?? Date.now();
  const ageMinutes = Math.max(0, Math.floor((now - Date.parse(found.fetchedAt)) / 60000));
  if (!(ageMinutes <= MAX_VOLATILITY_AGE_MINUTES)) return { touchNote: t('risk_touchVolatilityTooOld', p.symbol, Math.floor(ageMinutes / 1440)) };
  const volatility = { annualised: found.annualised, source: found.source, asOf: found.fetchedAt, ageMinutes };
  const liq = new Dm(p.estimate);
  // Already at or past the liquidation price: the mark has touched it.
  if (p.side === 'long' ? new Dm(mark).lte(liq) : new Dm(mark).gte(liq)) return { touchProbability: { hour1: '1', hour24: '1' }, volatility, touchAssumption: t('risk_touchAssumption') };
  const [hour1, hour24] = touchMemo(mark, p.estimate, found.annualised);
  if (!hour1?.ok || !hour24?.ok) return { touchNote: t('risk_touchNoEstimate') };
  return { touchProbability: { hour1: hour1.probability, hour24: hour24.probability }, volatility, touchAssumption: t('risk_touchAssumption') };
}

/** The result with `risk` filled on every position; never throws (a position it can't read gets notes). */
export function attachRisk(result: EstimatesResult, volatility: VolatilityLookup, context: RiskContext = {}): EstimatesResult {
  return {
    ...result,
    positions: result.positions.map((p) => {
      try {
        return { ...p, risk: { ...fundingPart(p), ...touchPart(p, volatility, context) } };
      } catch {
        return p;
      }
    }),
  };
}
