// Header text -> column index, so a grid read by meaning survives reordered and hidden columns.
// Works the same for <table> (th/td) and div grids (role="columnheader"/"gridcell", or plain divs):
// the caller passes the header cells and reads each row's cells by the returned index.
import { headerMatch, type LabelMatcher } from './labels';
import { segmentedTextOf } from './text';

export interface ColumnMap<F extends string> {
  /** Column index of each field whose header appears exactly once. */
  index: Map<F, number>;
  /** Fields whose header appears in more than one column: read none of them. */
  duplicated: Set<F>;
  /** How many header cells there are: a row with another number of cells doesn't line up with them. */
  width: number;
}

export function mapColumns<F extends string>(
  headerCells: readonly Element[],
  columns: Readonly<Partial<Record<F, LabelMatcher>>>,
): ColumnMap<F> {
  const index = new Map<F, number>();
  const duplicated = new Set<F>();
  const fields = Object.keys(columns) as F[];
  const scores = headerCells.map((cell) => {
    const text = segmentedTextOf(cell);
    return fields.map((field) => {
      const matcher = columns[field];
      return matcher ? headerMatch(text, matcher) : 0;
    });
  });
  fields.forEach((field, f) => {
    // Headers that name the field outright; only where none does, those that name it once their
    // qualifiers are set aside ("Avg. entry price" where the adapter knows "Entry price") and name
    // no other field outright.
    let cells = scores.flatMap((row, i) => (row[f] === 2 ? [i] : []));
    if (cells.length === 0) cells = scores.flatMap((row, i) => (row[f] === 1 && !row.includes(2) ? [i] : []));
    if (cells.length > 1) duplicated.add(field);
    else if (cells.length === 1) index.set(field, cells[0]!);
  });
  for (const field of duplicated) index.delete(field);
  return { index, duplicated, width: headerCells.length };
}

/** The cells of a row: its element children (td, gridcell, or div). */
export function cellsOf(row: Element): Element[] {
  return Array.from(row.children);
}
