// The positions panel's symbol cell carries three facts: "BTCUSDT Perp Isolated 20x" (or run together,
// "BTCUSDTPerpCross20x"). Split it by the adapter's words; anything else stays plain text.
import type { Dec } from '../model/types';
import type { MarginMode, Reading } from '../protocol/snapshot';
import type { LabelMatcher } from './dom/labels';
import { segmentedTextOf } from './dom/text';
import { fail, type ReadContext } from './read-context';
import { readLeverage } from './read-order';

export interface SymbolCell {
  /** The symbol, or the cell's plain text (cut to 40 characters) when it could not be split. */
  symbol: string;
  understood: boolean;
  marginMode: Reading<MarginMode>;
  leverage: Reading<Dec>;
}

const MAX_SYMBOL = 40;
const SYMBOL = /^[A-Z0-9]{2,24}(?:_\d{6})?$/;
const cellPatterns = new WeakMap<ReadContext['labels'], RegExp>();

function alternatives(m: LabelMatcher): string {
  return m.ordered.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** symbol, noise, margin word, leverage number; matched against the text with spaces removed. */
function patternFor(labels: ReadContext['labels']): RegExp {
  let re = cellPatterns.get(labels);
  if (!re) {
    re = new RegExp(
      `^([a-z0-9]+?(?:_\\d{6})?)(?:${alternatives(labels.symbolNoise)})?(${alternatives(labels.isolated)}|${alternatives(labels.cross)})?(?:(\\d+(?:\\.\\d+)?)x)?$`,
      'i',
    );
    cellPatterns.set(labels, re);
  }
  return re;
}

const SPACES = /\s+/g;

export function readSymbolCell(cell: Element | undefined, ctx: ReadContext): SymbolCell {
  const text = segmentedTextOf(cell);
  const m = patternFor(ctx.labels).exec(text.replace(SPACES, ''));
  const symbol = m?.[1];
  if (!m || !symbol || !SYMBOL.test(symbol)) {
    const why = text === '' ? 'symbol cell is empty' : 'symbol cell not understood';
    return { symbol: text.slice(0, MAX_SYMBOL), understood: false, marginMode: fail(`margin mode: ${why}`), leverage: fail(`leverage: ${why}`) };
  }
  const word = m[2]?.toLowerCase();
  const marginMode: Reading<MarginMode> = word === undefined
    ? fail('margin mode: not shown in the symbol cell')
    : ctx.labels.isolated.keys.has(word) ? { ok: true, value: 'isolated' } : { ok: true, value: 'cross' };
  const leverage = m[3] === undefined ? fail<Dec>('leverage: not shown in the symbol cell') : readLeverage(`${m[3]}x`, ctx);
  return { symbol, understood: true, marginMode, leverage };
}
