// Compares Liqcheck's estimate with the exchange's figure. They agree within one price tick of the
// displayed figure or 0.05 %, whichever is larger.
import { Dm } from '../model/decimal';
import type { Dec } from '../model/types';
import type { EstimateValue, Verdict } from '../protocol/estimates';
import { t } from '../i18n/t';

const RELATIVE_TOLERANCE = new Dm('0.0005');

/** The tick implied by how many decimals the exchange printed: "90361.4" -> 0.1. */
export function impliedTick(displayed: Dec): InstanceType<typeof Dm> {
  const dot = displayed.indexOf('.');
  const decimals = dot < 0 ? 0 : displayed.length - dot - 1;
  return new Dm(10).pow(-decimals);
}

/** Within the agree tolerance: one tick of the displayed figure or 0.05 %, whichever is larger. */
export function withinTolerance(estimate: Dec, displayed: Dec): boolean {
  const d = new Dm(displayed);
  const tolerance = Dm.max(impliedTick(displayed), d.abs().mul(RELATIVE_TOLERANCE));
  return new Dm(estimate).sub(d).abs().lte(tolerance);
}

export interface Comparison {
  verdict: Verdict;
  differencePercent?: Dec;
  reasons: string[];
}

export function compare(estimate: EstimateValue, displayed: Dec | 'none' | null): Comparison {
  if (estimate === 'unknown') return { verdict: 'unknown', reasons: [] };
  if (displayed === null) return { verdict: 'unknown', reasons: [t('worker_displayedUnreadable')] };
  if (estimate === 'none' && displayed === 'none') return { verdict: 'agree', reasons: [] };
  if (estimate === 'none') return { verdict: 'differs', reasons: [t('worker_noneButExchangeShows')] };
  if (displayed === 'none') return { verdict: 'differs', reasons: [t('worker_exchangeShowsNone')] };
  const e = new Dm(estimate);
  const d = new Dm(displayed);
  if (withinTolerance(estimate, displayed)) return { verdict: 'agree', reasons: [] };
  const differencePercent = d.isZero() ? undefined : e.sub(d).div(d).mul(100).toSignificantDigits(3).toString();
  return { verdict: 'differs', reasons: [], ...(differencePercent ? { differencePercent } : {}) };
}
