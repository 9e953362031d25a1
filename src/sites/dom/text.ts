// Reading text off page nodes without layout: textContent only (innerText forces a layout).

const SPACES = /[\s\u00a0\u2007\u2009\u200a\u202f\u3000]+/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Collapses every kind of space to one plain space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** The node's text as one string, spaces normalised. Text of adjacent elements runs together. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpaces(node.textContent ?? '') : '';
}

/**
 * The node's text with a space between text nodes, so "<b>BTCUSDT</b><i>Perp</i>" reads
 * "BTCUSDT Perp" instead of "BTCUSDTPerp". For composite cells, not for numbers (a number split
 * over two nodes would be cut in two and then refused by the parser, which is the safe failure).
 */
export function segmentedTextOf(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3 /* TEXT_NODE */) return normalizeSpaces(node.nodeValue ?? '');
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const part = normalizeSpaces(t.nodeValue ?? '');
    if (part) parts.push(part);
  }
  return parts.join(' ');
}
