// Label text -> the value shown beside it. Pages render "label | value" pairs as sibling elements
// (<div title="Liq. Price">Liq. Price</div><div>57,228.9 USDT</div>) or as one run-together text
// ("Liq. Price57,228.9 USDT"); both are found here, in document order.
import { isLabel, type LabelMatcher, valueAfterLabel } from './labels';
import type { Sight } from './sight';
import { normalizeSpaces, slotted, textOf } from './text';

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

/** The element showing the value of `label`: its next shown sibling, or one of its near ancestors'. */
export function valueBeside(label: Element, root: Element, sight?: Sight): Element | null {
  let at: Element | null = label;
  for (let level = 0; at && at !== root && level <= MAX_CLIMB; level++) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (textOf(next, sight) !== '') return next;
    }
    at = at.parentElement;
  }
  return null;
}

/** Every place inside `root` where one of the labels is shown, with its value, in document order. */
export function findAllByLabel(root: Element, matcher: LabelMatcher, sight?: Sight): LabelHit[] {
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, sight && { acceptNode: (node) => seen(node, root, sight) });
  const hits: LabelHit[] = [];
  let last: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hit: LabelHit | null = null;
    if (node.nodeType === 1) {
      const title = (node as Element).getAttribute('title');
      if (title && isLabel(title, matcher)) hit = titledHit(node as Element, root, matcher, sight);
    } else {
      const parent = node.parentElement;
      const text = normalizeSpaces(node.nodeValue ?? '');
      if (parent && startsWithLabel(text, matcher)) hit = textHit(parent, text, root, matcher, sight);
    }
    // A label inside an element already taken (a titled wrapper) is the same label.
    if (hit && !(last && last.contains(hit.label))) {
      hits.push(hit);
      last = hit.label;
    }
  }
  return hits;
}

/**
 * Where labels were last found, per root: a re-read between full reads of a panel goes straight to
 * the label element instead of walking the panel. The value is always read afresh beside it; a label
 * that is gone or no longer says the label is looked for again from scratch.
 */
export class LabelSpots {
  private readonly spots = new WeakMap<Element, Map<LabelMatcher, LabelSpot>>();

  /** What the readings since the spots were made found of `matcher` in `root` (empty at first). */
  at(root: Element, matcher: LabelMatcher): LabelSpot {
    let byMatcher = this.spots.get(root);
    if (!byMatcher) this.spots.set(root, (byMatcher = new Map()));
    let spot = byMatcher.get(matcher);
    if (!spot) byMatcher.set(matcher, (spot = {}));
    return spot;
  }
}

interface LabelSpot {
  /** Where findByLabel found the label. */
  first?: Element;
  /** Every label element the last walk found (findAllByLabelAgain); an empty list: none. */
  all?: readonly Element[];
}

/** The first place a label is shown, or null. With `spots`, first where it was found last time. */
export function findByLabel(root: Element, matcher: LabelMatcher, spots?: LabelSpots, sight?: Sight): LabelHit | null {
  const spot = spots?.at(root, matcher);
  const known = spot?.first;
  const again = known ? shownHitAt(known, root, matcher, sight) : null;
  if (again) return again;
  const hit = findAllByLabel(root, matcher, sight)[0] ?? null;
  if (hit && spot) spot.first = hit.label;
  return hit;
}

/**
 * findAllByLabel, first where the last walk of `root` with these `spots` found the labels: while each
 * still shows its label, they are the hits, and a walk that found none is not made again. Spots live
 * from one full reading to the next, so a label that appears by a text change alone is found then.
 */
export function findAllByLabelAgain(root: Element, matcher: LabelMatcher, spots: LabelSpots | undefined, sight?: Sight): LabelHit[] {
  const spot = spots?.at(root, matcher);
  const known = spot?.all;
  if (known) {
    const again: LabelHit[] = [];
    for (const label of known) {
      const hit = shownHitAt(label, root, matcher, sight);
      if (!hit) break;
      again.push(hit);
    }
    if (again.length === known.length) return again;
  }
  const hits = findAllByLabel(root, matcher, sight);
  if (spot) spot.all = hits.map((hit) => hit.label);
  return hits;
}

/** hitAt for a label found before: none when the label is no longer shown. */
function shownHitAt(label: Element, root: Element, matcher: LabelMatcher, sight?: Sight): LabelHit | null {
  return !sight || sight.shown(label) ? hitAt(label, root, matcher, sight) : null;
}

/** The hit findAllByLabel makes of this label element, when it still shows the label. */
function hitAt(label: Element, root: Element, matcher: LabelMatcher, sight?: Sight): LabelHit | null {
  if (label === root || !label.isConnected || !root.contains(label)) return null;
  const title = label.getAttribute('title');
  if (title && isLabel(title, matcher)) return titledHit(label, root, matcher, sight);
  for (let node = label.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3 /* TEXT_NODE */) continue;
    const text = normalizeSpaces(node.nodeValue ?? '');
    if (!startsWithLabel(text, matcher)) continue;
    const hit = textHit(label, text, root, matcher, sight);
    if (hit) return hit;
  }
  return null;
}

/** A text that is a label, or a label run together with its value. */
function startsWithLabel(text: string, matcher: LabelMatcher): boolean {
  return text !== '' && (isLabel(text, matcher) || valueAfterLabel(text, matcher) !== null);
}

/** The hit of a label element whose value is shown beside it. */
function besideHit(label: Element, root: Element, sight?: Sight): LabelHit {
  const value = valueBeside(label, root, sight);
  return { label, value, text: textOf(value, sight) };
}

/** A text node showing a label, inside `parent`. */
function textHit(parent: Element, text: string, root: Element, matcher: LabelMatcher, sight?: Sight): LabelHit | null {
  const together = valueAfterLabel(textOf(parent, sight), matcher);
  if (together !== null) return { label: parent, value: parent, text: together };
  return isLabel(text, matcher) ? besideHit(parent, root, sight) : null;
}

/** An element whose title is a label: its text is the label, label + value, or the value alone. */
function titledHit(el: Element, root: Element, matcher: LabelMatcher, sight?: Sight): LabelHit {
  const own = textOf(el, sight);
  if (own === '' || isLabel(own, matcher)) return besideHit(el, root, sight);
  return { label: el, value: el, text: valueAfterLabel(own, matcher) ?? own };
}

/** The walker's filter: nothing hidden, and no text in an element whose own text is hidden. */
function seen(node: Node, root: Element, sight: Sight): number {
  const parent = node.parentElement;
  // NodeFilter's answers: 1 FILTER_ACCEPT, 2 FILTER_REJECT (the node and all under it), 3 FILTER_SKIP (the node only).
  if (parent && !slotted(parent, node)) return 2;
  if (node.nodeType === 1) return sight.look(node as Element, root) === 'hidden' ? 2 : 1;
  return parent && sight.look(parent, root) !== 'shown' ? 3 : 1;
}
