// The order form found by what it holds: the nearest container of the size input (found by its
// label) that also holds the order-type tabs. An evidenced container is tried first, but only taken
// when it holds one of those things: a class name alone is never trusted.
import { findInput, type InputQuery } from './find-input';
import type { Sight } from './sight';

export interface FormSpec {
  /** Evidenced containers, tried first. */
  hints: readonly string[];
  price: InputQuery;
  size: InputQuery;
  /** True for an order-type tab (Limit, Market) of the form. */
  isOrderTab: (el: Element) => boolean;
  /** Candidates for isOrderTab, as a selector. */
  tabCandidates: string;
}

function hasOrderTab(el: Element, spec: FormSpec): boolean {
  return Array.from(el.querySelectorAll(spec.tabCandidates)).some(spec.isOrderTab);
}

/** The order form of `doc`, or null when no size input is found. */
export function findOrderForm(doc: Document, spec: FormSpec, sight: Sight): Element | null {
  for (const hint of spec.hints) {
    for (const el of doc.querySelectorAll(hint)) {
      if (!sight.shown(el)) continue;
      if (findInput(el, spec.size, sight) || findInput(el, spec.price, sight) || hasOrderTab(el, spec)) return el;
    }
  }
  const body = doc.body;
  if (!body) return null;
  const size = findInput(body, spec.size, sight);
  if (!size) return null;
  for (let at = size.input.parentElement; at && at !== body; at = at.parentElement) {
    if (hasOrderTab(at, spec)) return at;
  }
  // No tabs: a limit-only form is the container of both inputs, when they share a small one.
  const price = findInput(body, spec.price, sight);
  if (!price) return null;
  for (let at = size.input.parentElement; at && at !== body; at = at.parentElement) {
    if (at.contains(price.input)) return at;
  }
  return null;
}
