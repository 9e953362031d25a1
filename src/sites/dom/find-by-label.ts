// Label text -> the value shown beside it. Pages render "label | value" pairs as sibling elements
// (<div title="Liq. Price">Liq. Price</div><div>57,228.9 USDT</div>) or as one run-together text
// ("Liq. Price57,228.9 USDT"); both are found here, in document order.
import { isLabel, type LabelMatcher, valueAfterLabel } from './labels';
import { normalizeSpaces, textOf } from './text';

export interface LabelHit {
  /** The element carrying the label text (or title). */
  label: Element;
  /** The element showing the value; the label element itself when the two ran together. */
  value: Element | null;
  /** The value's text, spaces normalised; '' when no value element was found. */
  text: string;
}

// How far up from the label to look for the value's element (label wrapped in spans).
const MAX_CLIMB = 3;

function valueBeside(label: Element, root: Element): Element | null {
  let at: Element | null = label;
  for (let level = 0; at && at !== root && level <= MAX_CLIMB; level++) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (textOf(next) !== '') return next;
    }
    at = at.parentElement;
  }
  return null;
}

/** Every place inside `root` where one of the labels is shown, with its value, in document order. */
export function findAllByLabel(root: Element, matcher: LabelMatcher): LabelHit[] {
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const hits: LabelHit[] = [];
  let last: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hit: LabelHit | null = null;
    if (node.nodeType === 1) {
      const title = (node as Element).getAttribute('title');
      if (title && isLabel(title, matcher)) hit = titledHit(node as Element, root, matcher);
    } else {
      const parent = node.parentElement;
      const text = normalizeSpaces(node.nodeValue ?? '');
      if (parent && text !== '' && (isLabel(text, matcher) || valueAfterLabel(text, matcher) !== null)) {
        hit = textHit(parent, text, root, matcher);
      }
    }
    // A label inside an element already taken (a titled wrapper) is the same label.
    if (hit && !(last && last.contains(hit.label))) {
      hits.push(hit);
      last = hit.label;
    }
  }
  return hits;
}

/** The first place a label is shown, or null. */
export function findByLabel(root: Element, matcher: LabelMatcher): LabelHit | null {
  return findAllByLabel(root, matcher)[0] ?? null;
}

/** A text node showing a label, inside `parent`. */
function textHit(parent: Element, text: string, root: Element, matcher: LabelMatcher): LabelHit | null {
  const together = valueAfterLabel(textOf(parent), matcher);
  if (together !== null) return { label: parent, value: parent, text: together };
  if (!isLabel(text, matcher)) return null;
  const value = valueBeside(parent, root);
  return { label: parent, value, text: textOf(value) };
}

/** An element whose title is a label: its text is the label, label + value, or the value alone. */
function titledHit(el: Element, root: Element, matcher: LabelMatcher): LabelHit {
  const own = textOf(el);
  if (own === '' || isLabel(own, matcher)) {
    const value = valueBeside(el, root);
    return { label: el, value, text: textOf(value) };
  }
  return { label: el, value: el, text: valueAfterLabel(own, matcher) ?? own };
}
