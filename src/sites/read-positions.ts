// Reads the positions panel: a grid whose columns are found by header text, one PositionView per row.
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/catalog';
import type { Dec } from '../model/types';
import type { PositionView, Reading, Side } from '../protocol/snapshot';
import { isLabel } from './dom/labels';
import { mapColumns, type ColumnMap } from './dom/table-columns';
import type { Grid } from './dom/find-grid';
import { sameElements } from './dom/same-elements';
import { segmentedTextOf, textOf } from './dom/text';
import { parseNumber } from './parse-number';
import { contractOf, fail, failAbout, isZero, quoteUnitsOf, readDecimal, readQuantity, symbolAssets, type NumberRule, type ReadContext } from './read-context';
import { readLeverage } from './read-order';
import { cellWords, readSymbolCell, type CellWords, type SymbolCell } from './read-symbol-cell';
import { mainPart } from './split-cell';
import { priceOrNone, readStops } from './read-stops';
import { COUNT } from './find-positions';
import type { PositionColumn } from './types';
import type { CellRole } from './cell-roles';

export interface PositionRow {
  view: PositionView;
  row: Element;
  /** The cell showing the exchange's liquidation price, where the overlay's badge goes. */
  liquidationCell: Element | null;
}

// Below this gap between mark and entry, PnL may round to zero or follow the last price instead.
// A coarse plausibility threshold, never shown: plain floats are exact enough, and keep decimal.js
// out of the content script.
const PNL_CHECK_MIN_MOVE = 0.005;

// Generic column names, for a column the venue's adapter declares no header for.
const COLUMN_NAMES: Record<PositionColumn, MessageKey> = {
  symbol: 'page_colSymbol', size: 'page_colSize', entryPrice: 'page_colEntryPrice', markPrice: 'page_colMarkPrice',
  liquidationPrice: 'page_colLiquidationPrice', margin: 'page_colMargin', marginRatio: 'page_colMarginRatio', pnl: 'page_colPnl',
  side: 'page_colSide', positionValue: 'page_colPositionValue', initialMargin: 'page_colInitialMargin', maintenanceMargin: 'page_colMaintenanceMargin',
  tpsl: 'page_colTpsl',
};

/**
 * The count the Positions tab announces, wherever the tab is on the page. `tab`: the Positions tab of
 * the group that also has Open Orders (find-positions.ts); without one, every candidate tab on the page.
 */
export function readDeclaredCount(doc: Document, ctx: ReadContext, tab: Element | null, memo?: PositionsMemo, changed: (elements: readonly Element[]) => boolean = () => true): Reading<number> {
  const tabs = tab ? [tab] : Array.from(doc.querySelectorAll(ctx.adapter.positions.countTab.candidates)).filter((el) => ctx.sight.shown(el));
  const known = memo?.count;
  if (known && sameElements(tabs, known.tabs) && !changed(tabs)) return known.reading;
  const reading = countIn(tabs, ctx);
  if (memo) memo.count = { tabs, reading };
  return reading;
}

function countIn(tabs: readonly Element[], ctx: ReadContext): Reading<number> {
  let sawTab = false;
  for (const tab of tabs) {
    const text = textOf(tab, ctx.sight);
    const m = COUNT.exec(text);
    if (m && isLabel(m[1]!, ctx.labels.countTab)) return { ok: true, value: Number(m[2]) };
    if (isLabel(text, ctx.labels.countTab)) sawTab = true;
  }
  return fail(t(sawTab ? 'page_countNoNumber' : 'page_countNoTab'));
}

/** What else a row shows, to check its side against. */
interface SideEvidence {
  entry: Reading<Dec>;
  mark: Reading<Dec>;
  pnlText: string | null;
  liquidation: Reading<Dec | 'none'>;
}

/**
 * The side checked against what else the row shows: where the mark has moved clearly away from
 * entry, the PnL's sign must fit the side. So a page that stopped signing sizes (or colouring them)
 * is caught rather than read as long. `cell`: the column whose cell showed the side, or null when it
 * is the sign of Size; `unsigned`: the side is long only because Size shows no sign, which is no
 * evidence by itself (a short shown unsigned, mark near entry), so it stands only when the PnL, or a
 * liquidation price below the mark, confirms it.
 */
function checkedSide(side: Side, cell: string | null, row: SideEvidence, ctx: ReadContext, unsigned = false): Reading<Side> {
  const { entry, mark, pnlText, liquidation } = row;
  let confirmed = false;
  if (pnlText !== null && entry.ok && mark.ok) {
    const pnl = parseNumber(mainPart(pnlText), ctx.decimal);
    const e = Number(entry.value);
    const move = Number(mark.value) - e;
    if (pnl.ok && e !== 0 && Math.abs(move / e) >= PNL_CHECK_MIN_MOVE && !isZero(pnl.value.value)) {
      const expectedPositive = (side === 'long') === move > 0;
      if (expectedPositive !== !pnl.value.value.startsWith('-')) return fail(cell === null ? t('page_sideSignVsPnl') : t('page_sideCellVsPnl', cell));
      confirmed = true;
    }
  }
  if (!unsigned || confirmed) return { ok: true, value: side };
  // Only an unsigned size asks the exchange's liquidation price: a shown sign, word or colour stands
  // on its own, so that an exchange figure on the wrong side of the mark is reported as a difference.
  if (liquidation.ok && liquidation.value !== 'none' && mark.ok) {
    return Number(liquidation.value) < Number(mark.value) ? { ok: true, value: side } : fail(t('page_sideLongLiqAbove'));
  }
  return fail(t('page_sideUnsignedUnconfirmed'));
}

/** The side a size's sign tells, checked: a size without a minus is an unsigned long. */
function sideOfSign(signed: Dec, row: SideEvidence, ctx: ReadContext): Reading<Side> {
  const short = signed.startsWith('-');
  return checkedSide(short ? 'short' : 'long', null, row, ctx, !short);
}

/** The side class on the cell, inside it, or on the row holding it (a row-wide "is-buy"). */
function sideByClass(cell: Element, row: Element | null, long: string, short: string): Side | 'both' | null {
  // Inside the cell, or on it or an ancestor within the row: the nearest such element up from the
  // cell is within the row when any is.
  const has = (selector: string): boolean => {
    const holder = cell.closest(selector);
    return cell.querySelector(selector) !== null || (holder !== null && (holder === cell || row?.contains(holder) === true));
  };
  const isLong = has(long);
  const isShort = has(short);
  return isLong && isShort ? 'both' : isLong ? 'long' : isShort ? 'short' : null;
}

/** The element holding every cell of a row, where they share one (the row itself). */
function rowOf(cells: readonly Element[]): Element | null {
  const parent = cells[0]?.parentElement ?? null;
  return parent && cells.every((c) => c.parentElement === parent) ? parent : null;
}

function rowKey(symbol: string, side: Reading<Side>, taken: Set<string>): string {
  const base = `${symbol.slice(0, 40)}:${side.ok ? side.value : 'unknown'}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`;
  taken.add(key);
  return key;
}

type CellOrReason = Element | Reading<never>;

const columnNames = new WeakMap<object, Partial<Record<PositionColumn, string>>>();

/** Column names for reasons: the page's own header (its first English label), else a generic name in the trader's language. */
function namesOf(ctx: ReadContext): (field: PositionColumn) => string {
  const columns = ctx.adapter.positions.columns;
  let names = columnNames.get(columns);
  if (!names) {
    names = {};
    for (const [field, labels] of Object.entries(columns)) {
      const first = labels?.['en']?.[0] ?? Object.values(labels ?? {})[0]?.[0];
      if (first) names[field as PositionColumn] = first;
    }
    columnNames.set(columns, names);
  }
  const known = names;
  return (field) => known[field] ?? t(COLUMN_NAMES[field]);
}

/** A row's reading before it gets its key (which depends on the rows before it). */
interface RowReading {
  view: Omit<PositionView, 'key'>;
  liquidationCell: Element | null;
  /** The symbol cell and what it said: the costliest cell to read, and it rarely changes. */
  symbol: { cell: Element | undefined; read: SymbolCell };
  /** The view as JSON, to tell a re-read row showing the same figures. */
  json: string;
  /** The keyed view last made from it, reused while the key stays the same. */
  keyed: PositionView | null;
}

/**
 * What the last read of a positions panel found, so that a re-read between full reads skips the
 * header cells and the rows the observers vouch are untouched. Keep one per panel and URL.
 */
export class PositionsMemo {
  headers: Element[] = [];
  columns: ColumnMap<PositionColumn> | null = null;
  count: { tabs: Element[]; reading: Reading<number> } | null = null;
  /** The grid the last full read found: between full reads its header is not looked for again. */
  grid: Grid | null = null;
  /** The Positions tab the last full read found. */
  tab: Element | null = null;
  /** Only the rows of the last read: a row that left the list meanwhile is read afresh when it returns. */
  rows = new WeakMap<Element, RowReading>();
}

/**
 * Reads every row. With a memo, the column map and each row's reading are taken from it when
 * `changed` says their elements are untouched since the memo was filled; `changed` errs towards true.
 */
export function readPositionRows(
  grid: Grid,
  ctx: ReadContext,
  memo?: PositionsMemo,
  changed: (elements: readonly Element[]) => boolean = () => true,
): PositionRow[] {
  const headers = grid.headerCells;
  const sameHeaders = memo?.columns != null && sameElements(headers, memo.headers) && !changed(headers);
  const columnMap = sameHeaders && memo?.columns ? memo.columns : mapColumns(headers, ctx.labels.columns);
  if (memo) {
    memo.headers = headers;
    memo.columns = columnMap;
  }
  const rows = grid.rows.filter((r) => grid.cells(r).length > 0 && (shownRow(r, ctx) || hiddenPosition(grid.cells(r), ctx, columnMap)));
  const taken = new Set<string>();
  const readings = new WeakMap<Element, RowReading>();
  const read = rows.map((row) => {
    const before = sameHeaders ? memo?.rows.get(row) : undefined;
    let reading = before;
    if (!reading || changed([row])) {
      const known = before?.symbol;
      const symbolAgain = (cell: Element | undefined) => (known && known.cell === cell && cell && !changed([cell]) ? known.read : undefined);
      const fresh = readRow(grid.cells(row), ctx, columnMap, symbolAgain);
      // A position the trader can't see is still a position: never dropped, never trusted.
      if (!shownRow(row, ctx)) fresh.view.unidentified = t('page_rowHidden', fresh.view.symbol || '—');
      const json = JSON.stringify(fresh.view);
      // Re-rendered with the same figures: keep the old objects, so callers can compare by identity.
      const same = before && before.liquidationCell === fresh.liquidationCell && before.json === json;
      reading = same ? before : { ...fresh, json, keyed: null };
    }
    readings.set(row, reading);
    const key = rowKey(reading.view.symbol, reading.view.side, taken);
    if (reading.keyed?.key !== key) reading.keyed = { key, ...reading.view };
    return { view: reading.keyed, row, liquidationCell: reading.liquidationCell };
  });
  if (memo) memo.rows = readings;
  return refuseDuplicates(read);
}

/** Shown to the trader: not one of the adapter's skipped rows, and not hidden by the page. */
function shownRow(row: Element, ctx: ReadContext): boolean {
  return !row.matches(ctx.adapter.positions.skipRows) && ctx.sight.shown(row);
}

/**
 * A hidden row that still holds a position (a hidden hedge leg): its cells line up with the headers and
 * its Size shows a number other than zero. Measurement and spacer rows (a size of 0, or cells that
 * don't line up) are not positions.
 */
function hiddenPosition(cells: readonly Element[], ctx: ReadContext, { index, width }: ColumnMap<PositionColumn>): boolean {
  const at = index.get('size');
  if (width === 0 || cells.length !== width || at === undefined) return false;
  const size = parseNumber(mainPart(textOf(cells[at])), ctx.decimal);
  return size.ok && !isZero(size.value.value);
}

/** One row's reading, its key aside. */
function readRow(
  cells: readonly Element[],
  ctx: ReadContext,
  { index, duplicated, width }: ColumnMap<PositionColumn>,
  symbolAgain: (cell: Element | undefined) => SymbolCell | undefined,
): Omit<RowReading, 'keyed' | 'json'> {
  const p = ctx.adapter.positions;
  const nameOf = namesOf(ctx);
  // A row with more or fewer cells than there are headers (a header row one cell short, a cell
  // missing mid-render) would put every figure under the wrong column: none of its cells is read.
  const misaligned = width > 0 && cells.length !== width ? t('page_rowCellsVsHeaders', cells.length, width) : null;
  const cellOf = (field: PositionColumn): CellOrReason => {
    if (misaligned !== null) return failAbout(nameOf(field), misaligned);
    if (!ctx.labels.columns[field]) return failAbout(nameOf(field), t('page_colNotOnVenue'));
    if (duplicated.has(field)) return failAbout(nameOf(field), t('page_colDuplicated'));
    const i = index.get(field);
    if (i === undefined) return failAbout(nameOf(field), t('page_colMissing'));
    return cells[i] ?? failAbout(nameOf(field), t('page_colNoCell'));
  };
  const textFor = (field: PositionColumn): string | Reading<never> => {
    const c = cellOf(field);
    return 'ok' in c ? c : mainPart(textOf(c, ctx.sight));
  };
  const decimalFor = (field: PositionColumn, rule: NumberRule): Reading<Dec> => {
    const text = textFor(field);
    return typeof text === 'string' ? readDecimal(nameOf(field), text, ctx, rule) : text;
  };

  const found = cellOf('symbol');
  const symbolCell = 'ok' in found ? undefined : found;
  const sym = symbolAgain(symbolCell) ?? readSymbolCell(symbolCell, ctx);
  const symbol = sym.symbol;
  const quoteUnit = sym.understood ? quoteUnitsOf(symbol, ctx.adapter) : [];
  // Margin, PnL and values are in the settlement asset: the quote for linear, the coin for inverse.
  const assets = sym.understood ? symbolAssets(symbol, ctx.adapter) : null;
  const settle = assets ? [contractOf(ctx) === 'inverse' ? assets.base : assets.quote] : [];
  const price = { units: quoteUnit, sign: 'positive' } as const;

  let entryPrice = decimalFor('entryPrice', price);
  const markPrice = decimalFor('markPrice', price);
  const sizeText = textFor('size');
  let size: PositionView['size'];
  let signed: Dec | null = null;
  if (typeof sizeText !== 'string') size = sizeText;
  else if (!sym.understood) size = failAbout(t('page_colSize'), t('page_unitNeedsSymbol'));
  else ({ quantity: size, signed } = readQuantity(t('page_colSize'), sizeText, null, symbol, ctx, p.defaultSizeUnit?.[contractOf(ctx)]));
  const pnlCell = textFor('pnl');
  const pnlText = typeof pnlCell === 'string' ? pnlCell : null;
  // Entry and Mark are told apart by their headers alone; what shows they were not swapped (a page
  // that swapped or relabelled them) is a PnL whose sign fits the move. With no number in PnL, an
  // entry other than the mark is not trusted. (The mutation sweep, 2026-12-05: OKX zh, headers
  // 标记价格 <-> 开仓均价 swapped and PnL "+ USDT" gave a wrong estimate.)
  if (entryPrice.ok && markPrice.ok && ctx.labels.columns.pnl && Number(entryPrice.value) !== Number(markPrice.value)) {
    if (pnlText === null || !parseNumber(mainPart(pnlText), ctx.decimal).ok) entryPrice = failAbout(nameOf('entryPrice'), t('page_entryNoPnlCheck', nameOf('pnl')));
  }

  const liqCell = cellOf('liquidationPrice');
  const liquidationPrice = 'ok' in liqCell
    ? liqCell
    : priceOrNone(nameOf('liquidationPrice'), mainPart(textOf(liqCell, ctx.sight)), ctx, price, p.noLiquidation);

  const evidence = { entry: entryPrice, mark: markPrice, pnlText, liquidation: liquidationPrice };
  let side: Reading<Side>;
  const rule = p.side;
  // The PnL check is what catches a page that stopped signing (or colouring) sizes: without its
  // columns on the page, a sign or a colour alone is not trusted.
  const uncheckable = rule.from !== 'words' ? (['pnl', 'entryPrice', 'markPrice'] as const).find((f) => ctx.labels.columns[f] !== undefined && !index.has(f)) : undefined;
  if (uncheckable) side = fail(t(rule.from === 'size-sign' ? 'page_sideNoSignCheck' : 'page_sideNoColourCheck', nameOf(uncheckable)));
  else if (rule.from === 'size-sign') {
    if (signed === null) side = fail(t('page_sideSizeUnreadable'));
    else if (isZero(signed)) side = fail(t('page_sideSizeZero'));
    else side = sideOfSign(signed, evidence, ctx);
  } else {
    const where = nameOf(rule.column);
    const cell = cellOf(rule.column);
    if ('ok' in cell) side = failAbout(t('page_fieldSide'), cell.ok ? '' : cell.reason);
    else {
      const shown = rule.from === 'class' ? sideByClass(cell, rowOf(cells), rule.long, rule.short)
        : rule.column === 'symbol' ? sym.side : cellWords(segmentedTextOf(cell, ctx.sight), ctx).side;
      // No side class anywhere in the row: a signed size tells it as on the venues that sign sizes, an
      // unsigned one only where the PnL or the exchange's liquidation price confirms a long.
      if (shown === null && rule.from === 'class' && signed !== null && !isZero(signed)) {
        side = sideOfSign(signed, evidence, ctx);
        if (!side.ok) side = fail(t('page_sideNoColour', where));
      } else if (shown === null) side = fail(t(rule.from === 'words' ? 'page_sideNoWord' : 'page_sideNoColour', where));
      else if (shown === 'both') side = fail(t('page_sideBoth', where));
      else if (signed !== null && signed.startsWith('-') && shown === 'long') side = fail(t('page_sideNegativeLong'));
      else side = checkedSide(shown, where, evidence, ctx);
    }
  }

  // Margin mode and leverage: in the symbol cell, or in the cell the adapter names.
  const wordReading = <T>(field: PositionColumn, what: string, pick: (w: CellWords) => T | null): Reading<T> => {
    const c = cellOf(field);
    if ('ok' in c) return failAbout(what, c.ok ? '' : c.reason);
    const found = pick(cellWords(segmentedTextOf(c, ctx.sight), ctx));
    return found === null ? failAbout(what, t('page_notInCell', nameOf(field))) : { ok: true, value: found };
  };
  const modeIn = p.marginModeIn ?? 'symbol';
  const leverageIn = p.leverageIn ?? 'symbol';
  const marginMode = modeIn === 'symbol' ? sym.marginMode : wordReading(modeIn, t('page_fieldMarginMode'), (w) => w.marginMode);
  let leverage = sym.leverage;
  if (leverageIn !== 'symbol') {
    const lev = wordReading(leverageIn, t('page_fieldLeverage'), (w) => w.leverage);
    leverage = lev.ok ? readLeverage(`${lev.value}x`, ctx) : lev;
  }

  const amount = { units: settle, sign: 'non-negative' } as const;
  const view: Omit<PositionView, 'key'> = {
    symbol,
    side,
    marginMode,
    leverage,
    size,
    entryPrice,
    markPrice,
    liquidationPrice,
    margin: decimalFor('margin', amount),
    marginRatio: decimalFor('marginRatio', { units: null, sign: 'non-negative', percent: true }),
  };
  const unidentified = misaligned ?? (sym.understood ? null : t('page_rowUnidentified', symbol || '—'));
  if (unidentified !== null) view.unidentified = unidentified;
  // Optional fields only where the venue shows them, so other venues' rows keep their shape.
  if (p.reportPnl) view.unrealizedPnl = decimalFor('pnl', { units: settle, sign: 'any' });
  for (const field of ['positionValue', 'initialMargin', 'maintenanceMargin'] as const) if (p.columns[field]) view[field] = decimalFor(field, amount);
  if (p.columns.tpsl) Object.assign(view, readStops(textFor('tpsl'), ctx, price));
  noteRoles(cellOf, ctx, view.marginMode.ok && view.marginMode.value === 'isolated');
  return { view, liquidationCell: 'ok' in liqCell ? null : liqCell, symbol: { cell: symbolCell, read: sym } };
}

/** What each column's cell is to an estimate (cell-roles.ts); PnL, ratio and value only follow the price. */
const COLUMN_ROLES: Partial<Record<PositionColumn, CellRole>> = {
  symbol: 'input', side: 'input', size: 'input', entryPrice: 'input', tpsl: 'input',
  margin: 'follows-price', initialMargin: 'follows-price', maintenanceMargin: 'follows-price', liquidationPrice: 'follows-price',
  markPrice: 'price',
};

function noteRoles(cellOf: (field: PositionColumn) => CellOrReason, ctx: ReadContext, isolated: boolean): void {
  const roles = ctx.roles;
  if (!roles) return;
  const p = ctx.adapter.positions;
  const note = (field: PositionColumn, role: CellRole) => {
    const cell = cellOf(field);
    if (!('ok' in cell)) roles.set(cell, role);
  };
  // An isolated position's liquidation price rests on its own margin alone: it moves only when that
  // margin does (added, removed, a funding fee), never with the price. (Each role set once: a role
  // changed empties the lookups' cache.)
  for (const field of Object.keys(COLUMN_ROLES) as PositionColumn[]) note(field, isolated && field === 'liquidationPrice' ? 'input' : COLUMN_ROLES[field]!);
  // Margin mode and leverage, where a venue shows them in a cell of their own (in a margin cell, that
  // cell keeps following the price: its figure moves with every tick).
  for (const field of [p.marginModeIn, p.leverageIn]) if (field && !COLUMN_ROLES[field]) note(field, 'input');
}

/**
 * One position shown in two rows (a virtualised list mid-scroll, a re-render caught halfway) would
 * be counted twice into a cross wallet: neither row's size is trusted then. Rows differing in margin
 * mode are two positions (OKX holds isolated and cross on one instrument).
 */
function refuseDuplicates(rows: PositionRow[]): PositionRow[] {
  // Another row of the same symbol and side. A row whose margin mode is unreadable may be either
  // mode's twin; one whose mode is read only twins an identified row of its mode or of an unreadable one.
  const twin = (v: PositionView) => {
    const { side, marginMode: mode } = v;
    if (v.symbol === '' || v.unidentified || !side.ok) return false;
    return rows.some(({ view: o }) => o !== v && o.symbol === v.symbol && o.side.ok && o.side.value === side.value
      && (!mode.ok || (!o.unidentified && (!o.marginMode.ok || o.marginMode.value === mode.value))));
  };
  return rows.map((r) => {
    if (!twin(r.view) || !r.view.side.ok) return r;
    const reason = t(r.view.side.value === 'long' ? 'page_sizeDuplicateLong' : 'page_sizeDuplicateShort', r.view.symbol);
    return { ...r, view: { ...r.view, size: fail(reason) } };
  });
}
