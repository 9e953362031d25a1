// The positions panel's symbol cell carries several facts: "BTCUSDT Perp Isolated 20x", "BTCUSDT
// Perpetual Long Cross 10x", "ETH 20x" (or run together, "BTCUSDTPerpCross20x"). Split it by the
// adapter's words; anything else stays plain text. Other cells may carry a word too ("$1,474.08
// (Cross)"): cellWords finds it there.
import { t } from '../i18n/t';
import type { Dec } from '../model/types';
import type { MarginMode, Reading, Side } from '../protocol/snapshot';
import { labelKey, type LabelMatcher } from './dom/labels';
import { segmentedTextOf } from './dom/text';
import { fail, failAbout, type ReadContext } from './read-context';
import { readLeverage } from './read-order';

export interface SymbolCell {
  /** The symbol, or the cell's plain text (cut to 40 characters) when it could not be split. */
  symbol: string;
  understood: boolean;
  marginMode: Reading<MarginMode>;
  leverage: Reading<Dec>;
  /** A "Long"/"Short" word, where the cell shows one. */
  side: Side | null;
}

/** The words a cell shows besides its value: margin mode, side, leverage. */
export interface CellWords {
  marginMode: MarginMode | null;
  side: Side | null;
  /** Leverage as written without the "x" ("20", "10.00"). */
  leverage: string | null;
  /** Tokens that are none of those nor noise. */
  rest: string[];
}

const MAX_SYMBOL = 40;
const SYMBOL = /^[A-Z0-9]{2,24}(?:_\d{6})?$/;
const LEVERAGE = /^(\d+(?:\.\d+)?)[xX×]$/;
// Brackets and separators around a word: "(Cross)", "[Isolated]", "·".
const WRAPPING = /^[(（[【·|/]+|[)）\]】·|/,，]+$/g;
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

/** Splits a cell's text nodes into words and classifies each one. */
export function cellWords(text: string, ctx: ReadContext): CellWords {
  const words: CellWords = { marginMode: null, side: null, leverage: null, rest: [] };
  const l = ctx.labels;
  for (const raw of text.split(' ')) {
    const token = raw.replace(WRAPPING, '');
    if (token === '') continue;
    const key = labelKey(token);
    const lev = LEVERAGE.exec(token);
    if (l.symbolNoise.keys.has(key)) continue;
    if (l.isolated.keys.has(key)) words.marginMode = 'isolated';
    else if (l.cross.keys.has(key)) words.marginMode = 'cross';
    else if (l.long.keys.has(key)) words.side = 'long';
    else if (l.short.keys.has(key)) words.side = 'short';
    else if (lev) words.leverage = lev[1]!;
    else words.rest.push(token);
  }
  return words;
}

/** The venue's symbol for a token shown in the cell, or null when the token is no symbol. */
function symbolFor(token: string, ctx: ReadContext): string | null {
  const symbolOf = ctx.adapter.positions.symbolOf;
  if (symbolOf) return symbolOf(token);
  return SYMBOL.test(token) ? token : null;
}

function understood(symbol: string, mode: MarginMode | null, leverage: string | null, side: Side | null, ctx: ReadContext): SymbolCell {
  return {
    symbol,
    understood: true,
    marginMode: mode === null ? fail(t('page_marginModeNotInSymbol')) : { ok: true, value: mode },
    leverage: leverage === null ? fail<Dec>(t('page_leverageNotInSymbol')) : readLeverage(`${leverage}x`, ctx),
    side,
  };
}

export function readSymbolCell(cell: Element | undefined, ctx: ReadContext): SymbolCell {
  const text = segmentedTextOf(cell, ctx.sight);
  // Word by word first ("BTCUSDT Perpetual Long Cross 10x"), then as one run-together string.
  const words = cellWords(text, ctx);
  const symbol = words.rest.length === 1 ? symbolFor(words.rest[0]!, ctx) : null;
  if (symbol !== null) return understood(symbol, words.marginMode, words.leverage, words.side, ctx);
  const m = patternFor(ctx.labels).exec(text.replace(SPACES, ''));
  // The run-together form is one word's doing ("BTCUSDTPerpCross20x"): a symbol that only exists by
  // gluing words together ("ETH 20x New" -> "ETH20xNew") is an unknown word, not a symbol.
  const [, run = '', word, leverage = null] = m ?? [];
  const joined = run && text.split(' ').some((part) => part.toLowerCase().startsWith(run.toLowerCase())) ? symbolFor(run, ctx) : null;
  if (joined !== null) {
    const mode: MarginMode | null = word === undefined ? null : ctx.labels.isolated.keys.has(word.toLowerCase()) ? 'isolated' : 'cross';
    return understood(joined, mode, leverage, null, ctx);
  }
  const why = t(text === '' ? 'page_symbolCellEmpty' : 'page_symbolCellUnknown');
  return { symbol: text.slice(0, MAX_SYMBOL), understood: false, marginMode: failAbout(t('page_fieldMarginMode'), why), leverage: failAbout(t('page_fieldLeverage'), why), side: null };
}
