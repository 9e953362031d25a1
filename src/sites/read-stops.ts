// The positions table's TP/SL cell: "62,000.0 / 58,000.0", "-- / 58,000.0", "--/--" (Bybit, sammcj/
// scripts bybit-sort.js v1.5, 2025-07: "TP / SL", the stop after the slash). "--" means none is set,
// never a number; anything else that is not two prices is not read.
import { t } from '../i18n/t';
import type { Dec } from '../model/types';
import type { Reading } from '../protocol/snapshot';
import { labelKey } from './dom/labels';
import { parseNumber } from './parse-number';
import { failAbout, readDecimal, type NumberRule, type ReadContext } from './read-context';

export interface Stops {
  takeProfit: Reading<Dec | 'none'>;
  stopLoss: Reading<Dec | 'none'>;
}

/** A price, or 'none' where the text is one of the placeholders `none` that say none is set. */
export function priceOrNone(what: string, text: string, ctx: ReadContext, rule: NumberRule, none: readonly string[]): Reading<Dec | 'none'> {
  const parsed = parseNumber(text, ctx.decimal);
  if (!parsed.ok && none.some((word) => labelKey(word) === parsed.placeholder)) return { ok: true, value: 'none' };
  return readDecimal(what, text, ctx, rule);
}

// What the TP/SL cell shows where none is set.
const DASHES = ['--'];

/** `cell`: the cell's text, or why it could not be read. */
export function readStops(cell: string | Reading<never>, ctx: ReadContext, rule: NumberRule): Stops {
  const tp = t('page_fieldTakeProfit');
  const sl = t('page_fieldStopLoss');
  if (typeof cell !== 'string') return { takeProfit: cell, stopLoss: cell };
  const parts = cell.split('/');
  if (parts.length !== 2) {
    const why = t('page_tpslNotTwo', cell.slice(0, 30));
    return { takeProfit: failAbout(tp, why), stopLoss: failAbout(sl, why) };
  }
  return { takeProfit: priceOrNone(tp, parts[0]!, ctx, rule, DASHES), stopLoss: priceOrNone(sl, parts[1]!, ctx, rule, DASHES) };
}
