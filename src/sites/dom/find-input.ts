// An input found by what it says: the adapter's evidenced hooks first (id prefix, name, aria-label,
// data-testid), then by its label text, the way a screen reader would name it: <label for>,
// aria-labelledby, aria-label, the label of its form item (text before it in the same small
// container), its placeholder. "Amount (Contracts)" is the label "Amount" with the unit "Contracts".
import { isLabel, type LabelMatcher } from './labels';
import type { Sight } from './sight';
import { normalizeSpaces, segmentedTextOf } from './text';

export interface InputQuery {
  /** Evidenced selectors of the input itself, tried in order. */
  hooks: readonly string[];
  labels: LabelMatcher;
}

export interface FoundInput {
  input: HTMLInputElement;
  /** The unit the input's label names ("Contracts" of "Amount (Contracts)"), or ''. */
  labelUnit: string;
  /** Text shown right after the input in its form item (a suffix such as "BTC"), or ''. */
  suffix: string;
}

// Inputs a trader types a figure into; checkboxes, radios and hidden inputs are never one.
const TEXT_INPUTS = 'input:not([type="hidden"],[type="checkbox"],[type="radio"],[type="button"],[type="submit"])';
// How far above the input its form item may reach (OKX: six wrappers between input and label).
const MAX_ITEM_DEPTH = 8;
// "Amount (Contracts)", "数量(张)", "Price （USDT）".
const LABEL_WITH_UNIT = /^(.+?)\s*[(（]\s*([^()（）]{1,16}?)\s*[)）]$/;
// Form-item text longer than this is not a label.
const MAX_LABEL_LENGTH = 40;

/** "Amount (Contracts)" -> { label: "Amount", unit: "Contracts" }. */
export function splitUnit(text: string): { label: string; unit: string } {
  const m = LABEL_WITH_UNIT.exec(text.trim());
  return m ? { label: m[1]!, unit: m[2]! } : { label: text.trim(), unit: '' };
}

/** The label `text` names, with or without a "(Unit)": the unit, or null when it is not the label. */
function labelUnit(text: string, labels: LabelMatcher): string | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH) return null;
  if (isLabel(text, labels)) return '';
  const { label, unit } = splitUnit(text);
  return unit !== '' && isLabel(label, labels) ? unit : null;
}

/** The largest ancestor (within MAX_ITEM_DEPTH) holding no other text input: the input's form item. */
export function formItemOf(input: Element, scope: Element): Element {
  let item: Element = input;
  for (let at = input.parentElement, depth = 0; at && depth < MAX_ITEM_DEPTH; at = at.parentElement, depth++) {
    const others = Array.from(at.querySelectorAll(TEXT_INPUTS)).some((el) => el !== input);
    if (others) break;
    item = at;
    if (at === scope) break;
  }
  return item;
}

/** The shown texts of `item`, split into those before and after `input`. */
function textsAround(input: Element, item: Element, sight: Sight): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = normalizeSpaces(node.nodeValue ?? '');
    if (text === '' || !parent || input.contains(parent) || !sight.shown(parent)) continue;
    // A <select> shows its selected option only: "USDC BTC" with BTC selected is the unit BTC.
    const option = parent.closest('option');
    if (option && !option.selected) continue;
    const list = input.compareDocumentPosition(node) & 2 /* PRECEDING */ ? before : after;
    if (list.at(-1) !== text) list.push(text);
  }
  return { before, after };
}

/**
 * The text of a <label> or an aria-labelledby target, as assistive technology reads it: a label kept
 * for screen readers only (clipped to a pixel, as OKX's " price" and " size") still names its input;
 * one not rendered at all (display: none, visibility: hidden) does not.
 */
function labelText(el: Element): string {
  const rendered = (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true;
  return rendered ? segmentedTextOf(el) : '';
}

/** What names the input, most explicit first. */
function namesOf(input: HTMLInputElement, item: Element, before: readonly string[]): string[] {
  const doc = input.ownerDocument;
  const names: string[] = [];
  if (input.id) {
    for (const label of doc.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === input.id) names.push(labelText(label));
    }
  }
  for (const id of (input.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const el = doc.getElementById(id);
    if (el) names.push(labelText(el));
  }
  const aria = input.getAttribute('aria-label');
  if (aria) names.push(aria);
  // A <label> of the input's own form item that names no other control.
  for (const label of item.querySelectorAll('label:not([for])')) {
    if (!label.querySelector(TEXT_INPUTS) && input.compareDocumentPosition(label) & 2 /* PRECEDING */) names.push(labelText(label));
  }
  // The nearest text before the input in its form item is its visible label.
  const nearest = before.at(-1);
  if (nearest) names.push(nearest);
  const placeholder = input.getAttribute('placeholder');
  if (placeholder) names.push(placeholder);
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

/**
 * The input as found, with its label's unit and its suffix. `byLabel`: only when something names it
 * by one of the labels (else null).
 */
function found(input: HTMLInputElement, scope: Element, labels: LabelMatcher, sight: Sight, byLabel: boolean): FoundInput | null {
  const item = formItemOf(input, scope);
  const { before, after } = textsAround(input, item, sight);
  const names = namesOf(input, item, before);
  if (byLabel && !names.some((name) => labelUnit(name, labels) !== null)) return null;
  // The unit may sit in a label other than the one that named the input (OKX: "Amount (Contracts)"
  // above an accessible "size").
  const unit = [...names, ...before.slice().reverse()].map((name) => labelUnit(name, labels)).find((u) => u) ?? '';
  return { input, labelUnit: unit, suffix: after[0] ?? '' };
}

/** The input the spec describes inside `scope`, shown, or null. */
export function findInput(scope: Element, spec: InputQuery, sight: Sight): FoundInput | null {
  for (const hook of spec.hooks) {
    for (const el of scope.querySelectorAll(hook)) {
      const input = el.matches(TEXT_INPUTS) ? el : el.querySelector(TEXT_INPUTS);
      if (input && sight.shown(input)) return found(input as HTMLInputElement, scope, spec.labels, sight, false);
    }
  }
  for (const el of scope.querySelectorAll<HTMLInputElement>(TEXT_INPUTS)) {
    const hit = sight.shown(el) ? found(el, scope, spec.labels, sight, true) : null;
    if (hit) return hit;
  }
  return null;
}
