// Reads the positions panel: a grid whose columns are found by header text, one PositionView per row.
import Decimal from 'decimal.js';
import type { Dec } from '../model/types';
import type { PositionView, Reading, Side } from '../protocol/snapshot';
import { isLabel, labelKey } from './dom/labels';
import { cellsOf, mapColumns } from './dom/table-columns';
import { textOf } from './dom/text';
import { parseNumber } from './parse-number';
import { assetsOf, fail, isZero, readDecimal, readQuantity, type ReadContext } from './read-context';
import { readSymbolCell } from './read-symbol-cell';
import { mainPart } from './split-cell';
import type { PositionColumn } from './types';

export interface PositionRow {
  view: PositionView;
  row: Element;
  /** The cell showing the exchange's liquidation price, where the overlay's badge goes. */
  liquidationCell: Element | null;
}

const COUNT = /^(.+?)\s*[(（]\s*(\d{1,4})\s*[)）]$/;
// Below this gap between mark and entry, PnL may round to zero or follow the last price instead.
const PNL_CHECK_MIN_MOVE = new Decimal('0.005');

const COLUMN_NAMES: Record<PositionColumn, string> = {
  symbol: 'Symbol', size: 'Size', entryPrice: 'Entry Price', markPrice: 'Mark Price', liquidationPrice: 'Liq. Price',
  margin: 'Margin', marginRatio: 'Margin Ratio', pnl: 'PNL',
};

export function readDeclaredCount(root: Element, ctx: ReadContext): Reading<number> {
  let sawTab = false;
  for (const tab of Array.from(root.querySelectorAll(ctx.adapter.positions.countTab.candidates))) {
    const text = textOf(tab);
    const m = COUNT.exec(text);
    if (m && isLabel(m[1]!, ctx.labels.countTab)) return { ok: true, value: Number(m[2]) };
    if (isLabel(text, ctx.labels.countTab)) sawTab = true;
  }
  return fail(sawTab ? 'positions count: the tab shows no count' : 'positions count: no positions tab found');
}

/**
 * Side from the sign of Size: Binance shows a short's size as negative. Checked against the PnL's
 * sign where the mark has moved clearly away from entry, so a page that stopped signing sizes is
 * caught rather than read as long.
 */
function readSide(signed: Dec | null, entry: Reading<Dec>, mark: Reading<Dec>, pnlText: string | null, ctx: ReadContext): Reading<Side> {
  if (signed === null) return fail('side: size unreadable, and the side is read from its sign');
  if (isZero(signed)) return fail('side: size is zero');
  const side: Side = signed.startsWith('-') ? 'short' : 'long';
  if (pnlText !== null && entry.ok && mark.ok) {
    const pnl = parseNumber(mainPart(pnlText), ctx.decimal);
    const e = new Decimal(entry.value);
    const move = new Decimal(mark.value).minus(e);
    if (pnl.ok && !e.isZero() && move.abs().div(e).gte(PNL_CHECK_MIN_MOVE) && !isZero(pnl.value.value)) {
      const expectedPositive = (side === 'long') === move.isPositive();
      if (expectedPositive !== !pnl.value.value.startsWith('-')) return fail('side: the sign of Size and of PNL disagree');
    }
  }
  return { ok: true, value: side };
}

function rowKey(symbol: string, side: Reading<Side>, taken: Set<string>): string {
  const base = `${symbol.slice(0, 40)}:${side.ok ? side.value : 'unknown'}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`;
  taken.add(key);
  return key;
}

export function readPositionRows(root: Element, ctx: ReadContext): PositionRow[] {
  const p = ctx.adapter.positions;
  const headers = Array.from(root.querySelectorAll(p.headerCells));
  const { index, duplicated } = mapColumns(headers, ctx.labels.columns);
  const firstHeader = headers[0] ?? null;
  const rows = Array.from(root.querySelectorAll(p.rows)).filter(
    (r) => !r.matches(p.skipRows) && !(firstHeader && r.contains(firstHeader)) && r.children.length > 0,
  );
  const quote = (symbol: string): string[] => {
    const assets = assetsOf(symbol, ctx.adapter.quoteAssets);
    return assets ? [assets.quote] : [];
  };
  const taken = new Set<string>();
  return rows.map((row) => {
    const cells = cellsOf(row);
    const cellOf = (field: PositionColumn): Element | Reading<never> => {
      if (duplicated.has(field)) return fail(`${COLUMN_NAMES[field]}: more than one column has this header`);
      const i = index.get(field);
      if (i === undefined) return fail(`${COLUMN_NAMES[field]}: no such column on the page`);
      return cells[i] ?? fail(`${COLUMN_NAMES[field]}: the row has no cell for this column`);
    };
    const textFor = (field: PositionColumn): string | Reading<never> => {
      const c = cellOf(field);
      return 'ok' in c ? c : mainPart(textOf(c));
    };
    const decimalFor = (field: PositionColumn, rule: Parameters<typeof readDecimal>[3]): Reading<Dec> => {
      const t = textFor(field);
      return typeof t === 'string' ? readDecimal(COLUMN_NAMES[field], t, ctx, rule) : t;
    };

    const symbolCell = cellOf('symbol');
    const sym = readSymbolCell('ok' in symbolCell ? undefined : symbolCell, ctx);
    const symbol = sym.symbol;
    const quoteUnit = sym.understood ? quote(sym.symbol) : [];
    const price = { units: quoteUnit, sign: 'positive' } as const;

    const entryPrice = decimalFor('entryPrice', price);
    const markPrice = decimalFor('markPrice', price);
    const sizeText = textFor('size');
    let size: PositionView['size'];
    let signed: Dec | null = null;
    if (typeof sizeText !== 'string') size = sizeText;
    else if (!sym.understood) size = fail('Size: the symbol cell was not understood, so the unit cannot be told');
    else ({ quantity: size, signed } = readQuantity('Size', sizeText, null, sym.symbol, ctx));
    const pnlText = textFor('pnl');
    const side = readSide(signed, entryPrice, markPrice, typeof pnlText === 'string' ? pnlText : null, ctx);

    const liqCell = cellOf('liquidationPrice');
    let liquidationPrice: PositionView['liquidationPrice'];
    if ('ok' in liqCell) liquidationPrice = liqCell;
    else {
      const t = mainPart(textOf(liqCell));
      const parsed = parseNumber(t, ctx.decimal);
      liquidationPrice = !parsed.ok && parsed.placeholder !== undefined && p.noLiquidation.some((n) => labelKey(n) === parsed.placeholder)
        ? { ok: true, value: 'none' }
        : readDecimal(COLUMN_NAMES.liquidationPrice, t, ctx, price);
    }

    const view: PositionView = {
      key: rowKey(symbol, side, taken),
      symbol,
      side,
      marginMode: sym.marginMode,
      leverage: sym.leverage,
      size,
      entryPrice,
      markPrice,
      liquidationPrice,
      margin: decimalFor('margin', { units: quoteUnit, sign: 'non-negative' }),
      marginRatio: decimalFor('marginRatio', { units: null, sign: 'non-negative', percent: true }),
    };
    return { view, row, liquidationCell: 'ok' in liqCell ? null : liqCell };
  });
}
