// A grid found by what its header says, and its rows by the structure under the header: a <table>
// (`tr`), an ARIA grid (`[role=row]`) or a plain div list (repeated blocks whose cells line up with
// the header). No class names: pages written independently of each other, and redesigns, keep the
// header texts long after they have changed every container.
import { headerCore, labelKey, type LabelMatcher } from './labels';
import type { Sight } from './sight';

export interface Grid {
  /** The header row: its children are the header cells. */
  header: Element;
  headerCells: Element[];
  /** The rows under the header, in page order (shown or not: the reader decides). */
  rows: Element[];
  /** A row's cells, lined up with headerCells where the markup is regular. */
  cells(row: Element): Element[];
  /** The element holding the header and the rows. */
  root: Element;
}

export interface GridSpec {
  /** Header labels per field. */
  columns: Readonly<Partial<Record<string, LabelMatcher>>>;
  /** Fields whose headers must all be in the header row, each in its own cell. */
  required: readonly string[];
  /** And at least one of these in a further cell. */
  oneOf: readonly string[];
}

// A header label is short; longer text is never one (and is not worth a key).
const MAX_LABEL_CHARS = 48;
// How far a label may sit inside its header cell (th > div > span > text).
const CELL_DEPTH = 4;
// How far up from the header row, and how far down from there, rows are looked for (a header in
// its own wrapper or table, rows in a body wrapper, the cells a level or two inside each row).
const ROW_CLIMB = 3;
const ROW_DEPTH = 2;
const HOLDER_DEPTH = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

/** label key -> fields it names; and the same for the keys without their qualifiers (headerCore). */
function keyIndex(spec: GridSpec): { exact: Map<string, string[]>; core: Map<string, string[]> } {
  const fieldsBy = (kind: 'keys' | 'cores') => {
    const map = new Map<string, string[]>();
    for (const [field, matcher] of Object.entries(spec.columns)) for (const key of matcher?.[kind] ?? []) map.set(key, [...(map.get(key) ?? []), field]);
    return map;
  };
  return { exact: fieldsBy('keys'), core: fieldsBy('cores') };
}

/**
 * Elements whose whole text is a header label, with the fields it names. From the text nodes up, so
 * a large page costs one pass over its text and a key for each short text's parent (and its parent:
 * "PNL" and "(ROI %)" in two spans of one cell).
 */
function labelHits(scope: Element, index: { exact: Map<string, string[]>; core: Map<string, string[]> }): Array<[Element, string[]]> {
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  const seen = new Set<Element>();
  const hits: Array<[Element, string[]]> = [];
  const tryElement = (el: Element | null) => {
    if (!el || seen.has(el)) return;
    seen.add(el);
    const text = el.textContent ?? '';
    if (text.length > MAX_LABEL_CHARS) return;
    const key = labelKey(text);
    const fields = index.exact.get(key) ?? index.core.get(headerCore(key));
    if (fields) hits.push([el, fields]);
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.trim() === '' || value.length > MAX_LABEL_CHARS) continue;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName)) continue;
    tryElement(parent);
    if (parent !== scope) tryElement(parent.parentElement);
  }
  return hits;
}

/** Header rows: elements whose children hold the required labels, each in its own cell; best first. */
function headerRows(scope: Element, spec: GridSpec): Element[] {
  const index = keyIndex(spec);
  // row -> field -> the child of row holding that field's label
  const rows = new Map<Element, Map<string, Element>>();
  for (const [hit, fields] of labelHits(scope, index)) {
    let cell: Element = hit;
    for (let depth = 0; depth < CELL_DEPTH && cell !== scope; depth++) {
      const row = cell.parentElement;
      if (!row) break;
      let byField = rows.get(row);
      if (!byField) rows.set(row, (byField = new Map()));
      for (const f of fields) if (!byField.has(f)) byField.set(f, cell);
      cell = row;
    }
  }
  const scored: Array<{ row: Element; cells: number }> = [];
  for (const [row, byField] of rows) {
    if (!spec.required.every((f) => byField.has(f))) continue;
    const requiredCells = new Set(spec.required.map((f) => byField.get(f)));
    if (requiredCells.size < spec.required.length) continue;
    if (!spec.oneOf.some((f) => byField.has(f) && !requiredCells.has(byField.get(f)))) continue;
    scored.push({ row, cells: new Set(byField.values()).size });
  }
  // Most label cells first; then page order (Map order is the text walk's, i.e. page order).
  return scored.sort((a, b) => b.cells - a.cells).map((s) => s.row);
}

/** The element at most HOLDER_DEPTH below `block` (itself first) with exactly `width` cells. */
function holderOf(block: Element, width: number, cellsOf: (el: Element) => Element[]): Element | null {
  let level: Element[] = [block];
  for (let depth = 0; depth <= HOLDER_DEPTH && level.length > 0; depth++) {
    for (const el of level) if (!NOT_CELLS.has(el.tagName) && cellsOf(el).length === width) return el;
    level = level.flatMap((el) => Array.from(el.children));
  }
  return null;
}

// A table's column definitions have as many children as there are columns, and hold no figures.
const NOT_CELLS = new Set(['COLGROUP', 'HEAD', 'SELECT', 'DATALIST']);

/** Body rows of `table`: its own `tr`s outside its head. */
function bodyRows(table: Element, header: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r !== header && r.closest('table') === table && r.parentElement?.tagName !== 'THEAD');
}

/**
 * A fixed-header table: the header in a table of its own, the body in the next table (okui's split
 * tables). The first table after the header's, at most ROW_CLIMB levels up.
 */
function nextTable(table: Element): Element | null {
  let anchor: Element | null = table;
  for (let climb = 0; climb <= ROW_CLIMB && anchor; climb++, anchor = anchor.parentElement) {
    for (let s = anchor.nextElementSibling; s; s = s.nextElementSibling) {
      const found = s.tagName === 'TABLE' ? s : s.querySelector('table');
      if (found) return found;
    }
  }
  return null;
}

/** Elements `depth` levels below `el` (el itself at 0). */
function atDepth(el: Element, depth: number): Element[] {
  let level = [el];
  for (let d = 0; d < depth; d++) level = level.flatMap((e) => Array.from(e.children));
  return level;
}

const sameKind = (a: Element, b: Element) => a.tagName === b.tagName && a.className === b.className;

/**
 * A div list: the blocks after the header (at its level or in a body wrapper beside it) whose
 * cells, a level or two inside, line up with the header. The nearest level that has any wins;
 * there, the depth with the most rows. Blocks of the same kind as a row that don't line up are kept
 * (a row missing a cell is refused by the reader, never dropped). `cellsOf`: a row's (and the header's) cells.
 */
function listGrid(header: Element, cellsOf: (el: Element) => Element[]): Grid | null {
  const headerCells = cellsOf(header);
  const width = headerCells.length;
  let anchor: Element | null = header;
  for (let climb = 0; climb <= ROW_CLIMB && anchor?.parentElement; climb++, anchor = anchor.parentElement) {
    const siblings: Element[] = [];
    for (let s = anchor.nextElementSibling; s; s = s.nextElementSibling) siblings.push(s);
    let best: { rows: Element[]; holders: Map<Element, Element> } | null = null;
    for (let depth = 0; depth <= ROW_DEPTH; depth++) {
      const blocks = siblings.flatMap((s) => atDepth(s, depth));
      const holders = new Map<Element, Element>();
      for (const b of blocks) {
        const h = holderOf(b, width, cellsOf);
        if (h) holders.set(b, h);
      }
      if (holders.size === 0 || (best && best.rows.length >= holders.size)) continue;
      const aligned = [...holders.keys()];
      const rows = blocks.filter((b) => holders.has(b) || aligned.some((a) => sameKind(a, b)));
      best = { rows, holders };
    }
    if (best) {
      const { rows, holders } = best;
      return { header, headerCells, rows, cells: (row) => cellsOf(holders.get(row) ?? row), root: anchor.parentElement! };
    }
  }
  return null;
}

function commonParent(a: Element, b: Element): Element {
  for (let x: Element | null = a; x; x = x.parentElement) if (x.contains(b)) return x;
  return a;
}

const ARIA_GRID = '[role="grid"], [role="table"], [role="treegrid"]';

/** The grid whose header row is `header`, with its rows by the structure under it. */
export function gridOf(header: Element, sight: Sight | null): Grid {
  const all = (el: Element) => Array.from(el.children);
  const direct = (root: Element, rows: Element[]): Grid => ({ header, headerCells: all(header), rows, cells: all, root });
  if (header.tagName === 'TR') {
    const table = header.closest('table');
    const rows = table ? bodyRows(table, header) : [];
    if (table && rows.length > 0) return direct(table, rows);
    const body = table ? nextTable(table) : null;
    const split = body ? bodyRows(body, header) : [];
    if (table && body && split.length > 0) return direct(commonParent(table, body), split);
  } else if (header.getAttribute('role') === 'row') {
    const grid = header.parentElement?.closest(ARIA_GRID) ?? null;
    const rows = grid ? Array.from(grid.querySelectorAll('[role="row"]')).filter((r) => r !== header && !r.contains(header) && r.parentElement?.closest(ARIA_GRID) === grid) : [];
    if (grid && rows.length > 0) return direct(grid, rows);
  }
  // Else cells are the shown children of a row body (real Binance rows, 2026): line them up with the shown headers.
  const list = listGrid(header, all) ?? (sight && listGrid(header, (el) => all(el).filter((c) => sight.shown(c))));
  if (list) return list;
  const root = header.closest(`table, ${ARIA_GRID}`) ?? header.parentElement ?? header;
  return direct(root, []);
}

/**
 * True while `header` is still a header row of the spec, shown: its own text only, no page search.
 * `untouched`: nothing in it changed since it was last found to be one (its labels are not read again).
 */
export function stillHeader(header: Element, spec: GridSpec, sight: Sight, untouched = false): boolean {
  return header.isConnected && (untouched || headerRows(header, spec).includes(header)) && sight.shown(header);
}

/** The first shown grid under `scope` whose header row carries the spec's labels; null when none. */
export function findGrid(scope: Element, spec: GridSpec, sight: Sight): Grid | null {
  for (const header of headerRows(scope, spec)) if (sight.shown(header)) return gridOf(header, sight);
  return null;
}
