// Reading text off page nodes. With a Sight, only what the trader sees: text inside hidden, off-screen
// or clipped-away elements, and the light children of a shadow host that no slot shows (the overlay's
// hosts among them), are left out. Without one, all of textContent (for tools, not the reader).
import type { Sight } from './sight';

const SPACES = /[\s\u00a0\u2007\u2009\u200a\u202f\u3000]+/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Collapses every kind of space to one plain space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** The node's text as one string, spaces normalised. Text of adjacent elements runs together. */
export function textOf(node: Node | null | undefined, sight?: Sight): string {
  if (!node) return '';
  if (!sight || node.nodeType !== 1 /* ELEMENT_NODE */) return normalizeSpaces(node.textContent ?? '');
  const parts: string[] = [];
  shownText(node as Element, node as Element, sight, parts);
  return normalizeSpaces(parts.join(''));
}

/**
 * The node's text with a space between text nodes, so "<b>BTCUSDT</b><i>Perp</i>" reads
 * "BTCUSDT Perp" instead of "BTCUSDTPerp". For composite cells, not for numbers (a number split
 * over two nodes would be cut in two and then refused by the parser, which is the safe failure).
 */
export function segmentedTextOf(node: Node | null | undefined, sight?: Sight): string {
  if (!node) return '';
  if (node.nodeType === 3 /* TEXT_NODE */) return normalizeSpaces(node.nodeValue ?? '');
  const parts: string[] = [];
  if (sight && node.nodeType === 1) shownText(node as Element, node as Element, sight, parts);
  else {
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) parts.push(t.nodeValue ?? '');
  }
  return parts.map(normalizeSpaces).filter((part) => part !== '').join(' ');
}

/** True when `node` (a child of `parent`) is rendered at all: a shadow host shows only slotted children. */
export function slotted(parent: Element, node: Node): boolean {
  return parent.shadowRoot === null || (node as Element | Text).assignedSlot != null;
}

/** Pushes the text of every text node under `el` that `sight` says is shown inside `root`. */
function shownText(el: Element, root: Element, sight: Sight, out: string[]): void {
  const look = sight.look(el, root);
  if (look === 'hidden') return;
  // The common cell: text only, nothing that could hide part of it.
  if (el.firstElementChild === null && el.shadowRoot === null) {
    if (look === 'shown') out.push(el.textContent ?? '');
    return;
  }
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (!slotted(el, node)) continue;
    if (node.nodeType === 3) {
      if (look === 'shown') out.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1) shownText(node as Element, root, sight, out);
  }
}
