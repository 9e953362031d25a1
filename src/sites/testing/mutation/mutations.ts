// Test-only: the catalogue of page mutations the sweep combines. Each changes a parsed fixture page in
// place and says what it did (or null where the page has nothing it applies to). `keepsMeaning`: a
// careful reader still gets the same numbers from the mutated page (then the overlay should still show
// them); otherwise the page's meaning changed or became ambiguous, and "cannot verify" is the right
// answer wherever the unmutated page's number is no longer what the page says.
import { textOf } from '../../dom/text';
import type { SiteAdapter } from '../../types';
import type { Rng } from './prng';
import { columnIndex, grid, hasNumber, labelElements, labelsOf, NUMBER, numberAfter, numberNodes, replaceNumber, textNodes } from './page-parts';

export interface MutationContext {
  adapter: SiteAdapter;
  rng: Rng;
  /** The page's panels the reader reads: a mutation changes nothing outside them... */
  scope: readonly Element[];
  /** ...but what it adds beside them, listed here so the page can be put back. */
  added: Node[];
}

export interface Mutation {
  name: string;
  keepsMeaning: boolean;
  /** Changes `doc`; returns what it changed, or null when the page has nothing this applies to. */
  apply(doc: Document, ctx: MutationContext): string | null;
}

/** Up to `n` distinct items, at random. */
const some = <T>(rng: Rng, items: readonly T[], n: number): T[] => rng.shuffled(items).slice(0, n);

const short = (text: string) => JSON.stringify(text.trim().slice(0, 24));

// Table structure: an extra element between these and their children is not a page a browser keeps.
const NO_WRAP = new Set(['HTML', 'HEAD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'SELECT', 'SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA']);
const BLOCKS = new Set(['DIV', 'TD', 'TH', 'LI', 'P']);
const INLINE = new Set(['SPAN', 'BUTTON', 'LABEL', 'A', 'B', 'I', 'EM', 'STRONG']);

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SPACES = [' ', '  ', '\n', '\u00a0', '\t', '\u2009'];

/** Every digit moved on by one ("60,998.3" -> "71,009.4"): a figure of the same shape and a different value. */
const shiftDigits = (text: string) => text.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

const keeping: Mutation[] = [
  {
    name: 'classes renamed',
    keepsMeaning: true,
    apply(_doc, { scope }) {
      const renamed = new Map<string, string>();
      const els = scope.flatMap((p) => [p, ...Array.from(p.querySelectorAll('[class]'))]).filter((el) => el.hasAttribute('class'));
      for (const el of els) {
        const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
        el.setAttribute('class', tokens.map((t) => renamed.get(t) ?? (renamed.set(t, `x${renamed.size.toString(36)}q`), renamed.get(t)!)).join(' '));
      }
      return els.length > 0 ? `${renamed.size} class names` : null;
    },
  },
  {
    name: 'columns reordered with their headers',
    keepsMeaning: true,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.header.children.length < 2) return null;
      const order = rng.shuffled([...Array(g.header.children.length).keys()]);
      for (const row of [g.header, ...g.rows]) {
        const cells = Array.from(row.children);
        for (const i of order) row.appendChild(cells[i]!);
      }
      return `order ${order.join(',')}`;
    },
  },
  {
    name: 'contents wrapped in extra elements',
    keepsMeaning: true,
    apply(doc, { rng, scope }) {
      const candidates = scope.flatMap((p) => [p, ...Array.from(p.querySelectorAll('*'))]).filter((el) => !NO_WRAP.has(el.tagName) && el.childNodes.length > 0);
      const chosen = some(rng, candidates, 1 + rng.int(6));
      for (const el of chosen) {
        const wrapper = doc.createElement(INLINE.has(el.tagName) ? 'span' : 'div');
        wrapper.setAttribute('class', `wrap${rng.int(1000)}`);
        while (el.firstChild) wrapper.appendChild(el.firstChild);
        el.appendChild(wrapper);
      }
      return chosen.length > 0 ? chosen.map((el) => el.tagName.toLowerCase()).join(',') : null;
    },
  },
  {
    name: 'text nodes split',
    keepsMeaning: true,
    apply(_doc, { rng, scope }) {
      const chosen = some(rng, numberNodes(scope).filter((n) => (n.nodeValue ?? '').length > 1), 1 + rng.int(6));
      for (const node of chosen) node.splitText(1 + rng.int((node.nodeValue ?? '').length - 1));
      return chosen.length > 0 ? chosen.map((n) => short(n.nodeValue ?? '')).join(',') : null;
    },
  },
  {
    name: 'zero-width characters inserted',
    keepsMeaning: true,
    apply(_doc, { rng, scope }) {
      const chosen = some(rng, numberNodes(scope), 1 + rng.int(6));
      for (const node of chosen) {
        const text = node.nodeValue ?? '';
        const at = rng.int(text.length + 1);
        node.nodeValue = text.slice(0, at) + rng.pick(ZERO_WIDTH) + text.slice(at);
      }
      return chosen.length > 0 ? chosen.map((n) => short(n.nodeValue ?? '')).join(',') : null;
    },
  },
  {
    name: 'whitespace around text',
    keepsMeaning: true,
    apply(_doc, { rng, scope }) {
      // Only around the sole text of a block or cell, where a browser shows no space: beside inline
      // text ("57,308" "<b>.4</b>") a space would be seen.
      const chosen = some(rng, scope.flatMap((p) => textNodes(p)).filter((n) => n.parentNode?.childNodes.length === 1 && BLOCKS.has(n.parentElement?.tagName ?? '')), 1 + rng.int(10));
      for (const node of chosen) node.nodeValue = rng.pick(SPACES) + (node.nodeValue ?? '') + rng.pick(SPACES);
      return chosen.length > 0 ? `${chosen.length} text nodes` : null;
    },
  },
  {
    name: 'attributes reordered',
    keepsMeaning: true,
    apply(_doc, { rng, scope }) {
      let count = 0;
      for (const el of scope.flatMap((p) => [p, ...Array.from(p.querySelectorAll('*'))])) {
        const attrs = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
        if (attrs.length < 2) continue;
        for (const [name] of attrs) el.removeAttribute(name);
        for (const [name, value] of rng.shuffled(attrs)) el.setAttribute(name, value);
        count++;
      }
      return count > 0 ? `${count} elements` : null;
    },
  },
  {
    name: 'comments between nodes',
    keepsMeaning: true,
    apply(doc, { rng, scope }) {
      const chosen = some(rng, numberNodes(scope), 1 + rng.int(6));
      for (const node of chosen) node.before(doc.createComment(' -->'));
      return chosen.length > 0 ? `${chosen.length} comments` : null;
    },
  },
];

/** A positions row's cell in `column`, or null. */
function cellOf(adapter: SiteAdapter, doc: Document, rng: Rng, column: Parameters<typeof columnIndex>[2]): { cell: Element; row: number } | null {
  const g = grid(adapter, doc);
  if (!g || g.rows.length === 0) return null;
  const at = columnIndex(adapter, g.header, column);
  if (at < 0) return null;
  const row = rng.int(g.rows.length);
  const cell = g.rows[row]!.children[at];
  return cell ? { cell, row } : null;
}

const changing: Mutation[] = [
  {
    name: 'hidden decoy panel before the real one',
    keepsMeaning: false,
    apply(_doc, { rng, scope, added }) {
      if (scope.length === 0) return null;
      const real = rng.pick(scope);
      const decoy = real.cloneNode(true) as Element;
      for (const node of textNodes(decoy)) node.nodeValue = shiftDigits(node.nodeValue ?? '');
      for (const input of Array.from(decoy.querySelectorAll('input[value]'))) input.setAttribute('value', shiftDigits(input.getAttribute('value') ?? ''));
      const how = rng.pick(['hidden', 'display:none', 'off-screen', 'zero size'] as const);
      if (how === 'hidden') decoy.setAttribute('hidden', '');
      else if (how === 'display:none') decoy.setAttribute('style', 'display:none');
      else if (how === 'off-screen') decoy.setAttribute('style', 'position:absolute;left:-10000px;top:-10000px');
      else decoy.setAttribute('style', 'width:0;height:0;overflow:hidden');
      real.before(decoy);
      added.push(decoy);
      return `${how} copy of ${real.tagName.toLowerCase()}.${(real.getAttribute('class') ?? '').split(' ')[0]} with every digit moved on`;
    },
  },
  {
    name: 'two headers swapped',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g) return null;
      const cells = Array.from(g.header.children);
      const distinct = cells.filter((c, i) => textOf(c) !== '' && cells.findIndex((d) => textOf(d) === textOf(c)) === i);
      if (distinct.length < 2) return null;
      const [a, b] = some(rng, distinct, 2) as [Element, Element];
      // Two columns whose figures agree within 0.5 % in every row (Entry Price and Break Even Price):
      // swapped, the page reads as a genuine one with slightly other figures, which no reader can
      // tell apart. Not a mutation this sweep can judge (see the test's header comment).
      if (lookAlike(g.rows, cells.indexOf(a), cells.indexOf(b))) return null;
      const placeholder = doc.createElement('i');
      a.replaceWith(placeholder);
      b.replaceWith(a);
      placeholder.replaceWith(b);
      return `${short(textOf(a))} <-> ${short(textOf(b))}`;
    },
  },
  {
    name: 'extra word in symbol cell',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const found = cellOf(adapter, doc, rng, 'symbol');
      if (!found) return null;
      const word = rng.pick(['ADL', 'Hot', 'Settling', 'Auto', 'New', 'Delisting']);
      const span = doc.createElement('span');
      span.textContent = ` ${word}`;
      found.cell.appendChild(span);
      return `row ${found.row}: ${short(textOf(found.cell))}`;
    },
  },
  {
    name: 'header row one cell short',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.header.children.length < 2) return null;
      const at = rng.int(g.header.children.length);
      const cell = g.header.children[at]!;
      cell.remove();
      return `header ${at} ${short(textOf(cell))} removed`;
    },
  },
  {
    name: 'zero margin',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const found = cellOf(adapter, doc, rng, 'margin');
      const node = found && textNodes(found.cell).find(hasNumber);
      if (!found || !node) return null;
      replaceNumber(node, () => rng.pick(['0.00', '0', '0.0000']));
      return `row ${found.row}: ${short(textOf(found.cell))}`;
    },
  },
  {
    name: 'zero wallet',
    keepsMeaning: false,
    apply(doc, { adapter, rng, scope }) {
      const labels = scope.flatMap((p) => labelElements(p, labelsOf(adapter).walletBalance).map((label) => ({ label, panel: p })));
      const at = labels.length > 0 ? rng.pick(labels) : null;
      const node = at && numberAfter(doc, at.panel, at.label);
      if (!node) return null;
      replaceNumber(node, () => rng.pick(['0.00', '0']));
      return short(node.nodeValue ?? '');
    },
  },
  {
    name: 'placeholder instead of a number',
    keepsMeaning: false,
    apply(doc, { adapter, rng, scope }) {
      // Not in the Liq. Price column: there a placeholder is the venue's way to say "no liquidation
      // price" (noLiquidation), a statement of the page rather than an unreadable figure.
      const g = grid(adapter, doc);
      const liq = g ? columnIndex(adapter, g.header, 'liquidationPrice') : -1;
      const liqCells = g && liq >= 0 ? g.rows.map((r) => r.children[liq]).filter((c): c is Element => c !== undefined) : [];
      const nodes = numberNodes(scope).filter((n) => !liqCells.some((c) => c.contains(n)));
      if (nodes.length === 0) return null;
      const node = rng.pick(nodes);
      const was = node.nodeValue ?? '';
      replaceNumber(node, () => rng.pick(['--', 'N/A', '-', '—', '']));
      return `${short(was)} -> ${short(node.nodeValue ?? '')}`;
    },
  },
  {
    name: 'position row removed, count kept',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.rows.length === 0) return null;
      const row = rng.pick(g.rows);
      row.remove();
      return short(textOf(row.children[0]));
    },
  },
  {
    name: 'position row hidden (hedge leg)',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.rows.length === 0) return null;
      const row = rng.pick(g.rows);
      const how = rng.pick(['hidden', 'display:none', 'visibility:hidden', 'height:0;overflow:hidden'] as const);
      if (how === 'hidden') row.setAttribute('hidden', '');
      else row.setAttribute('style', how);
      return `${how}: ${short(textOf(row.children[0]))}`;
    },
  },
  {
    name: 'number split by a space',
    keepsMeaning: false,
    apply(_doc, { rng, scope }) {
      const nodes = numberNodes(scope).filter((n) => /\d\d/.test(n.nodeValue ?? ''));
      if (nodes.length === 0) return null;
      const node = rng.pick(nodes);
      const was = node.nodeValue ?? '';
      const spots = [...was.matchAll(/\d(?=\d)/g)].map((m) => m.index! + 1);
      const at = rng.pick(spots);
      node.nodeValue = `${was.slice(0, at)}${rng.pick([' ', '\u00a0'])}${was.slice(at)}`;
      return `${short(was)} -> ${short(node.nodeValue)}`;
    },
  },
  {
    name: 'row cut off (trailing cells missing)',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.rows.length === 0) return null;
      const row = rng.pick(g.rows);
      const cut = 1 + rng.int(Math.max(1, row.children.length - 1));
      for (let i = 0; i < cut; i++) row.lastElementChild?.remove();
      return `${short(textOf(row.children[0]))}: last ${cut} cells`;
    },
  },
  {
    name: "figure in the other locale's format",
    keepsMeaning: false,
    apply(_doc, { rng, scope }) {
      // Not a plain thousands grouping ("40.000" -> "40,000"): that is a valid figure of the page's own
      // format, a different number rather than an ambiguous one.
      const swapped = (n: string) => n.replace(/[,.]/g, (c) => (c === ',' ? '.' : ','));
      const nodes = numberNodes(scope).filter((n) => {
        const figure = NUMBER.exec(n.nodeValue ?? '')?.[0] ?? '';
        return /[,.]/.test(figure) && !/^\d{1,3}(?:[,.]\d{3})+$/.test(figure);
      });
      if (nodes.length === 0) return null;
      const node = rng.pick(nodes);
      const was = node.nodeValue ?? '';
      replaceNumber(node, swapped);
      return `${short(was)} -> ${short(node.nodeValue ?? '')}`;
    },
  },
  {
    name: 'short shown with an unsigned size',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g) return null;
      const at = columnIndex(adapter, g.header, 'size');
      if (at < 0) return null;
      const signed = g.rows.map((r) => r.children[at]).filter((c): c is Element => c !== undefined && /^[-−]/.test(textOf(c)));
      if (signed.length === 0) return null;
      const cell = rng.pick(signed);
      const node = textNodes(cell).find((n) => /[-−]/.test(n.nodeValue ?? ''))!;
      node.nodeValue = (node.nodeValue ?? '').replace(/[-−]/, '');
      return short(textOf(cell));
    },
  },
  {
    name: 'side word removed',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const side = adapter.positions.side;
      if (side.from !== 'words') return null;
      const found = cellOf(adapter, doc, rng, side.column);
      if (!found) return null;
      const labels = labelsOf(adapter);
      const word = textNodes(found.cell).find((n) => labels.long.keys.has(textOf(n).toLowerCase()) || labels.short.keys.has(textOf(n).toLowerCase()) || /^(long|short|多|空)$/i.test(textOf(n)));
      if (!word) return null;
      const was = word.nodeValue ?? '';
      word.nodeValue = '';
      return `row ${found.row}: ${short(was)}`;
    },
  },
  {
    name: 'position row duplicated',
    keepsMeaning: false,
    apply(doc, { adapter, rng }) {
      const g = grid(adapter, doc);
      if (!g || g.rows.length === 0) return null;
      const row = rng.pick(g.rows);
      row.after(row.cloneNode(true));
      return short(textOf(row.children[0]));
    },
  },
];

export const MUTATIONS: readonly Mutation[] = [...keeping, ...changing];

/** The leading number of a cell's text, ignoring grouping commas; null when there is none. */
function leadingNumber(cell: Element | undefined): number | null {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(textOf(cell ?? null).replace(/[\u200b-\u200d\u2060\ufeff]/g, ''));
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** Columns i and j hold figures within 0.5 % of each other in every row. */
function lookAlike(rows: Element[], i: number, j: number): boolean {
  if (rows.length === 0) return false;
  return rows.every((row) => {
    const x = leadingNumber(row.children[i]);
    const y = leadingNumber(row.children[j]);
    return x !== null && y !== null && x !== 0 && Math.abs(x - y) <= Math.abs(x) * 0.005;
  });
}
