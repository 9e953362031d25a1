// "Copy page layout" for a bug report: an indented outline of the page's panels, one element a line
// (tag, id, classes, role, aria states, data-testid, name, type), with nothing of the trader's in it.
// Every digit becomes '#'. A text is shown only when it is one of the adapter's own labels; any other
// text, and every value, title, placeholder and aria-label, becomes its shape: «#,###.## aaaa».
// Pure DOM reading: the outline is a string built here, never markup.
import { compileLabels, isLabel, type LabelMatcher, type Labels } from './labels';

export interface LayoutLimits {
  /** Elements written at most. */
  maxElements: number;
  /** Characters written at most (the outline is ASCII but for known labels). */
  maxChars: number;
  /** Deeper elements are left out. */
  maxDepth: number;
}

export const LAYOUT_LIMITS: LayoutLimits = { maxElements: 4000, maxChars: 200_000, maxDepth: 60 };

export interface PageLayout {
  text: string;
  /** Elements written. */
  elements: number;
  /** True when a limit cut the outline short. */
  cut: boolean;
}

/** Around each label and input, this many levels up is written whole: the panel that holds it. */
const REGION_LEVELS = 4;
/** Text and values longer than this are shown as their first characters' shape and a length. */
const SHAPE_CHARS = 32;
/** Elements whose contents say nothing of the page's layout (or are not the page's at all). */
const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'video', 'audio', 'picture']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
const STRUCTURAL = ['role', 'data-testid', 'name', 'type', 'for', 'hidden', 'disabled', 'tabindex'];
/** Attributes holding words or amounts: shown as their shape unless they are a known label. */
const WORDY = new Set(['title', 'placeholder', 'value', 'alt', 'aria-label', 'aria-valuetext']);
/** aria-* states and id references, written with digits masked; any other aria-* is left out. */
const ARIA_KEPT = new Set(['selected', 'expanded', 'controls', 'labelledby', 'describedby', 'hidden', 'checked', 'current', 'pressed', 'disabled', 'haspopup', 'sort', 'owns'].map((name) => `aria-${name}`));
const DIGIT = /\p{Nd}|\p{No}|\p{Nl}/gu;
/** A hash, an address or a long hex id (0x1a2b…, 9f86d081884c): masked whole, letters too. */
const HEXISH = /(?:0x[0-9a-f]+|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b)/gi;
const LETTER = /\p{L}/gu;
const MARK = /\p{M}/gu;
const SPACE = /\s+/g;

/** Every Labels list in an adapter (a record of locale -> texts, at any depth), as one matcher. */
export function knownLabels(adapter: object): LabelMatcher {
  const texts: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return;
    const entries = Object.values(value);
    const isLabels = entries.length > 0 && entries.every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (isLabels) for (const list of entries as string[][]) texts.push(...list);
    else entries.forEach(walk);
  };
  walk(adapter);
  // A label with a figure in it would carry a digit into the outline: it is masked like any text.
  const labels: Labels = { all: texts.filter((text) => !/\d/.test(text) && text.trim() !== '') };
  return compileLabels(labels);
}

/** A structural value (id, class, data-testid) with its digits, hashes and addresses masked. */
export function maskValue(value: string): string {
  if (value.includes('@')) return shape(value);
  return value.replace(HEXISH, (run) => '#'.repeat(run.length)).replace(DIGIT, '#').replace(SPACE, ' ');
}

/** The shape of a text: letters 'a', digits '#', punctuation kept; long texts cut with their length. */
export function shape(text: string): string {
  const plain = text.replace(SPACE, ' ').trim().replace(MARK, '');
  const chars = [...plain];
  const masked = chars.slice(0, SHAPE_CHARS).join('').replace(DIGIT, '#').replace(LETTER, 'a');
  return chars.length > SHAPE_CHARS ? `«${masked}… ${lengthWords(chars.length)}»` : `«${masked}»`;
}

/** A length written without digits: a count in the outline would be a number of the page's. */
function lengthWords(n: number): string {
  return n > 200 ? 'very-long' : 'long';
}

function textOrShape(text: string, labels: LabelMatcher): string {
  const plain = text.replace(SPACE, ' ').trim();
  return isLabel(plain, labels) ? JSON.stringify(plain) : shape(plain);
}

function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === 3) text += ` ${node.textContent ?? ''}`;
  return text.replace(SPACE, ' ').trim();
}

/** The path of a link or a source, digits masked, with no host, no query and no fragment. */
function pathOf(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return maskValue(url.protocol === 'https:' || url.protocol === 'http:' ? url.pathname : url.protocol);
  } catch {
    return null;
  }
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function describe(el: Element, labels: LabelMatcher): string {
  let line = el.localName.replace(DIGIT, '#');
  if (el.id) line += `#${maskValue(el.id)}`;
  for (const name of Array.from(el.classList).slice(0, 12)) line += `.${maskValue(name)}`;
  const attributes: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (WORDY.has(name)) {
      if (attr.value.trim() !== '') attributes.push(`${name}=${textOrShape(attr.value, labels)}`);
    } else if (STRUCTURAL.includes(name) || ARIA_KEPT.has(name) || name.startsWith('data-test')) {
      attributes.push(`${name}=${quote(maskValue(attr.value))}`);
    } else if (name === 'href' || name === 'src') {
      const path = pathOf(attr.value, el.ownerDocument.baseURI);
      if (path !== null) attributes.push(`${name}=${quote(path)}`);
    }
  }
  // What is typed or chosen, which no attribute shows.
  if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') {
    const typed = (el as HTMLInputElement).value ?? '';
    if (typed !== '' && typed !== el.getAttribute('value')) attributes.push(`typed=${textOrShape(typed, labels)}`);
  }
  if (attributes.length > 0) line += ` [${attributes.join(' ')}]`;
  if (!OPAQUE.has(el.localName)) {
    const text = ownText(el);
    if (text !== '') line += ` ${textOrShape(text, labels)}`;
  }
  return line;
}

/** The elements worth writing whole: the few levels around each label and each input. */
function regionsOf(body: Element, labels: LabelMatcher, skip: (el: Element) => boolean): Set<Element> | null {
  const regions = new Set<Element>();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (skip(el)) continue;
    const anchor = el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea' || (ownText(el) !== '' && isLabel(ownText(el), labels));
    if (!anchor) continue;
    let region: Element = el;
    for (let i = 0; i < REGION_LEVELS && region.parentElement && region !== body; i++) region = region.parentElement;
    regions.add(region);
  }
  return regions.size > 0 ? regions : null;
}

/**
 * The outline of `doc`'s body: the regions around the adapter's labels and the page's inputs written
 * whole, the way to them one line per element, everything else summed up as "… left-out:tens".
 * `skip`: elements that are not the page's (the overlay's own hosts).
 */
export function pageLayout(doc: Document, labels: LabelMatcher, skip: (el: Element) => boolean = () => false, limits: LayoutLimits = LAYOUT_LIMITS): PageLayout {
  const body = doc.body;
  if (!body) return { text: '(no-body)\n', elements: 0, cut: false };
  // No label and no input found: the page is written from the top until a limit cuts it.
  const regions = regionsOf(body, labels, skip) ?? new Set([body]);
  const onTheWay = new Set<Element>();
  for (const region of regions) for (let el = region.parentElement; el && !onTheWay.has(el); el = el.parentElement) onTheWay.add(el);
  const lines: string[] = [];
  let chars = 0;
  let elements = 0;
  let cut = false;
  const write = (depth: number, text: string): boolean => {
    const line = `${'  '.repeat(depth)}${text}`;
    if (elements >= limits.maxElements || chars + line.length + 1 > limits.maxChars) {
      cut = true;
      return false;
    }
    lines.push(line);
    chars += line.length + 1;
    return true;
  };
  /** `inside`: el is in a region, so all of it is written (down to the depth limit). */
  const visit = (el: Element, depth: number, inside: boolean): boolean => {
    if (!write(depth, describe(el, labels))) return false;
    elements += 1;
    if (OPAQUE.has(el.localName)) return true;
    let left = 0;
    for (const child of Array.from(el.children)) {
      if (skip(child) || SKIPPED.has(child.localName)) continue;
      const childInside = inside || regions.has(child);
      if (depth + 1 >= limits.maxDepth || !(childInside || onTheWay.has(child))) {
        left += 1 + child.getElementsByTagName('*').length;
        continue;
      }
      if (left > 0 && !write(depth + 1, `… ${countWords(left)}`)) return false;
      left = 0;
      if (!visit(child, depth + 1, childInside)) return false;
    }
    if (left > 0) return write(depth + 1, `… ${countWords(left)}`);
    return true;
  };
  visit(body, 0, regions.has(body));
  if (cut) lines.push('… cut:size-limit');
  return { text: `${lines.join('\n')}\n`, elements, cut };
}

/** How many elements were left out, as a code word: the outline carries no digit at all. */
function countWords(n: number): string {
  if (n === 1) return 'left-out:one';
  if (n < 10) return 'left-out:few';
  if (n < 100) return 'left-out:tens';
  return 'left-out:hundreds';
}
