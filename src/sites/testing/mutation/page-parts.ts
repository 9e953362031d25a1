// Test-only: the parts of a parsed fixture page a mutation works on: its panels, the positions grid,
// columns by header, and the text nodes that carry numbers.
import { labelKey, type LabelMatcher } from '../../dom/labels';
import { textOf } from '../../dom/text';
import { compiledLabels, firstMatch, type CompiledAdapter } from '../../read-context';
import type { PositionColumn, SiteAdapter } from '../../types';
import { grid } from '../drift';
import { contentPanels } from '../../read-page';

export { grid };

const NOT_PAGE_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'TEMPLATE']);

/** Every text node under `root` that the page shows as text (not script or style). */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!NOT_PAGE_TEXT.has(node.parentElement?.tagName ?? '')) found.push(node as Text);
  }
  return found;
}

/** A number as a page writes it: digits with grouping and a decimal mark. */
export const NUMBER = /\d(?:[\d,.]*\d)?/;

export const hasNumber = (node: Text) => NUMBER.test(node.nodeValue ?? '');

/** The panels the reader reads (positions, order form, account, market), those the page has, outermost only. */
export function panels(adapter: SiteAdapter, doc: Document): Element[] {
  // The panels as the reader finds them: by content where no evidenced container holds them.
  const { market, form, positions } = contentPanels(adapter, doc);
  const roots = [positions, form, firstMatch(doc, adapter.account.roots), market];
  const found = roots.filter((r): r is Element => r !== null);
  // Nested roots (an account row inside the order form) count once, as their outermost panel.
  return found.filter((r, i) => found.indexOf(r) === i && !found.some((o) => o !== r && o.contains(r)));
}

/** Text nodes with a number under these roots. */
export function numberNodes(roots: readonly Element[]): Text[] {
  return roots.flatMap((r) => textNodes(r)).filter(hasNumber);
}

const labelsCache = new WeakMap<SiteAdapter, CompiledAdapter>();
export function labelsOf(adapter: SiteAdapter): CompiledAdapter {
  let labels = labelsCache.get(adapter);
  if (!labels) labelsCache.set(adapter, (labels = compiledLabels(adapter)));
  return labels;
}

const matches = (el: Element, m: LabelMatcher | undefined) => m !== undefined && m.keys.has(labelKey(textOf(el)));

/** The index of the positions column the adapter reads as `column`, by its header text; -1 when none. */
export function columnIndex(adapter: SiteAdapter, header: Element, column: PositionColumn): number {
  const m = labelsOf(adapter).columns[column];
  return Array.from(header.children).findIndex((cell) => matches(cell, m));
}

/** The element showing a label of `matcher` on its own (innermost), in document order. */
export function labelElements(root: Element, matcher: LabelMatcher): Element[] {
  // From the text nodes up, so a page of a thousand elements is not read a thousand times over.
  const found = new Set<Element>();
  for (const node of textNodes(root)) {
    for (let el = node.parentElement; el && root.contains(el); el = el.parentElement) {
      if (matches(el, matcher)) {
        found.add(el);
        break;
      }
      if (textOf(el).length > 60) break;
    }
  }
  return [...found];
}

/** The first text node with a number after `el` in document order within `root` (the value shown beside a label). */
export function numberAfter(doc: Document, root: Element, el: Element): Text | null {
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let passed = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!passed) {
      passed = (el.compareDocumentPosition(node) & 4) /* FOLLOWING */ !== 0 && !el.contains(node);
      if (!passed) continue;
    }
    if (hasNumber(node as Text)) return node as Text;
  }
  return null;
}

/** Replaces the first number in the node's text. */
export function replaceNumber(node: Text, replace: (number: string) => string): void {
  node.nodeValue = (node.nodeValue ?? '').replace(NUMBER, replace);
}
