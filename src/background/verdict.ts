// Compares Liqcheck's estimate with the exchange's figure. They agree within one price tick or 0.05 %,
// whichever is larger: the instrument's own tick where market data knows it (where the tick depends on
// the price, Hyperliquid's, the tick at the exchange's figure), else the tick implied by the decimals
// the exchange printed, and the comparison says which. A difference says which way it cuts: Liqcheck's
// liquidation nearer the mark than the exchange's ("sooner", the dangerous case) or farther ("later").
import { Dm } from '../model/decimal';
import type { Dec } from '../model/types';
import type { Direction, EstimateValue, Verdict } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { t } from '../i18n/t';
import type { InstrumentTick } from '../market-data/instrument-tick';
import { tickAtPrice } from '../market-data/price-rule';

export type { InstrumentTick };

const RELATIVE_TOLERANCE = new Dm('0.0005');

/** The tick implied by how many decimals the exchange printed: "90361.4" -> 0.1. */
export function impliedTick(displayed: Dec): InstanceType<typeof Dm> {
  const dot = displayed.indexOf('.');
  const decimals = dot < 0 ? 0 : displayed.length - dot - 1;
  return new Dm(10).pow(-decimals);
}

/** The instrument's tick at the exchange's figure: its one tick, or its rule applied at that price. */
export function tickAt(instrument: InstrumentTick, displayed: Dec): InstanceType<typeof Dm> {
  return 'tick' in instrument ? new Dm(instrument.tick) : tickAtPrice(instrument.rule, displayed);
}

/** Within the agree tolerance: one tick (the instrument's, else the printed one) or 0.05 %, whichever is larger. */
export function withinTolerance(estimate: Dec, displayed: Dec, tick?: Dec): boolean {
  const d = new Dm(displayed);
  const tolerance = Dm.max(tick === undefined ? impliedTick(displayed) : new Dm(tick), d.abs().mul(RELATIVE_TOLERANCE));
  return new Dm(estimate).sub(d).abs().lte(tolerance);
}

export interface Comparison {
  verdict: Verdict;
  differencePercent?: Dec;
  /** A difference with a known side: which way it cuts. */
  direction?: Direction;
  reasons: string[];
  /** Which tick the tolerance used, when two figures were compared. */
  tickNote?: string;
}

function tickNote(displayed: Dec, instrument: InstrumentTick | undefined): string {
  if (!instrument) return t('worker_tickPrinted', impliedTick(displayed).toString());
  if ('tick' in instrument) return t('worker_tickInstrument', instrument.tick, instrument.date);
  const { significantFigures, maxDecimals } = instrument.rule;
  return t('worker_tickAtPrice', tickAt(instrument, displayed).toString(), String(significantFigures), String(maxDecimals), instrument.date);
}

/**
 * A long is liquidated as the price falls, so a higher liquidation price comes sooner; a short as it
 * rises, so a lower one does. `higher`: Liqcheck's price is above the exchange's.
 */
function directionOf(side: Side | undefined, higher: boolean): { direction?: Direction } {
  if (side === undefined) return {};
  return { direction: (side === 'long') === higher ? 'sooner' : 'later' };
}

export function compare(estimate: EstimateValue, displayed: Dec | 'none' | null, side?: Side, instrument?: InstrumentTick): Comparison {
  if (estimate === 'unknown') return { verdict: 'unknown', reasons: [] };
  if (displayed === null) return { verdict: 'unknown', reasons: [t('worker_displayedUnreadable')] };
  if (estimate === 'none' && displayed === 'none') return { verdict: 'agree', reasons: [] };
  // No liquidation price at all is the farthest one: Liqcheck later, or the exchange later.
  if (estimate === 'none') return { verdict: 'differs', ...(side ? { direction: 'later' as const } : {}), reasons: [t('worker_noneButExchangeShows')] };
  if (displayed === 'none') return { verdict: 'differs', ...(side ? { direction: 'sooner' as const } : {}), reasons: [t('worker_exchangeShowsNone')] };
  const e = new Dm(estimate);
  const d = new Dm(displayed);
  const note = tickNote(displayed, instrument);
  if (withinTolerance(estimate, displayed, instrument && tickAt(instrument, displayed).toString())) return { verdict: 'agree', reasons: [], tickNote: note };
  const differencePercent = d.isZero() ? undefined : e.sub(d).div(d).mul(100).toSignificantDigits(3).toString();
  return { verdict: 'differs', ...(differencePercent ? { differencePercent } : {}), ...directionOf(side, e.gt(d)), reasons: [], tickNote: note };
}
