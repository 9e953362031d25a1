// Test-only: every number and verdict the overlay would show for a page, from the worker's answer.
// A field is left out where the overlay says "cannot verify" (an 'unknown' estimate, an unread figure),
// so what is listed is what the overlay states with confidence.
import type { EstimatesResult, OrderSideResult, PositionResult } from '../../../protocol/estimates';

/** [field, value] pairs; a position's fields are keyed by its symbol and side, so rows match across pages. */
export type Shown = [field: string, value: string][];

const isShown = (v: unknown): v is string | number => (typeof v === 'string' && v !== 'unknown' && v !== '') || typeof v === 'number';

function add(out: Shown, field: string, value: unknown): void {
  if (isShown(value)) out.push([field, String(value)]);
}

function position(out: Shown, p: PositionResult): void {
  const row = `position ${p.symbol} ${p.side}`;
  add(out, `${row} estimate`, p.estimate);
  add(out, `${row} exchange figure`, p.displayed);
  add(out, `${row} verdict`, p.verdict);
  add(out, `${row} difference %`, p.differencePercent);
  for (const [name, value] of Object.entries(p.metrics ?? {})) add(out, `${row} ${name}`, value);
  add(out, `${row} funding hours to liquidation`, p.risk?.fundingHoursToLiquidation);
  add(out, `${row} touch 1h`, p.risk?.touchProbability?.hour1);
  add(out, `${row} touch 24h`, p.risk?.touchProbability?.hour24);
}

function orderSide(out: Shown, side: OrderSideResult): void {
  const at = `order ${side.side}`;
  add(out, `${at} estimate`, side.estimate);
  add(out, `${at} exchange figure`, side.displayed);
  for (const [name, value] of Object.entries(side.after ?? {})) add(out, `${at} ${name} after`, value);
}

export function shownNumbers(result: EstimatesResult | null): Shown {
  const out: Shown = [];
  if (!result) return out;
  for (const p of result.positions) position(out, p);
  if (result.order) {
    orderSide(out, result.order.long);
    orderSide(out, result.order.short);
  }
  return out;
}

export interface Wrong {
  field: string;
  baseline: string;
  shown: string;
}

export interface Comparison {
  /** Fields compared: the baseline's shown fields, plus fields shown only on the mutated page. */
  checks: number;
  /** Baseline fields the mutated page still shows with the same value. */
  stillReads: number;
  baselineFields: number;
  wrong: Wrong[];
  /** A verdict "agree" where the unmutated page's verdict is not "agree". */
  falseAgrees: Wrong[];
}

/** Each shown field must equal the unmutated page's value for the same field (any of them, where a row is shown twice). */
export function compareShown(baseline: Shown, mutated: Shown): Comparison {
  const allowed = new Map<string, Set<string>>();
  for (const [field, value] of baseline) {
    if (!allowed.has(field)) allowed.set(field, new Set());
    allowed.get(field)!.add(value);
  }
  // A row the mutated page names otherwise (its symbol or side unread) matches no baseline row; the
  // exchange's figure it echoes is still right when it is one the unmutated page shows.
  const figures = new Set(baseline.filter(([field]) => field.endsWith(' exchange figure') && field.startsWith('position ')).map(([, value]) => value));
  const wrong: Wrong[] = [];
  const falseAgrees: Wrong[] = [];
  const seen = new Set<string>();
  let extra = 0;
  for (const [field, value] of mutated) {
    const values = allowed.get(field) ?? (field.startsWith('position ') && field.endsWith(' exchange figure') && figures.has(value) ? new Set([value]) : undefined);
    if (!allowed.has(field)) extra++;
    const base = values ? [...values].join(' | ') : '(not shown)';
    if (!values?.has(value)) {
      wrong.push({ field, baseline: base, shown: value });
      if (field.endsWith(' verdict') && value === 'agree') falseAgrees.push({ field, baseline: base, shown: value });
    } else seen.add(`${field}\u0000${value}`);
  }
  const stillReads = baseline.filter(([field, value]) => seen.has(`${field}\u0000${value}`)).length;
  return { checks: baseline.length + extra, stillReads, baselineFields: baseline.length, wrong, falseAgrees };
}
