// A figure the order form shows but no reading of it reads: its Max, Cost, Avbl, an account box's
// balances inside it, all following the price on every tick. Between full reads, a change to one of
// these alone does not make the form be read again (its reading is the costliest of a busy page's,
// and it would come out the same). What the form's reading does read (inputs, controls, tabs, the
// page's own liquidation figures) was noted by the reader (src/sites/cell-roles.ts); labels, units
// and buttons are words, not figures, and a changed element is never skipped. A full read (after an
// element added, a new URL or viewport, and run.ts's periodic safety net) reads the form whatever changed.
import type { CellRoles } from '../sites/cell-roles';

// "1.652 BTC", "6,500.00 USDT", "+500.00 USDT", "(+33.33%)", "0.61%": a number, a unit at most.
// Not "20x" (a leverage: its unit is lower case), not "Isolated 20x", not "BTC".
const FIGURE = /^\(?[+\-−]?\d[\d.,\u00a0\u202f ]*%?\)?(?: ?[A-Z][A-Za-z]{1,9})?$/;
// Controls and labels say what the form's inputs are, whatever their text.
const CONTROL = 'button, a, label, select, option, [role="button"], [role="tab"], [role="radio"], [role="switch"]';

/** True when `node` is a text-only figure that no reading noted, outside any control. */
export function unreadFigure(node: Node, roles: CellRoles): boolean {
  if (!node.isConnected) return false;
  let text: string | null;
  let element: Element | null;
  if (node.nodeType === 3 /* TEXT_NODE */) {
    text = node.nodeValue;
    element = node.parentElement;
  } else if (node.nodeType === 1 /* ELEMENT_NODE */ && (node as Element).firstElementChild === null) {
    element = node as Element;
    text = element.textContent;
  } else return false;
  if (!element || text === null || !FIGURE.test(text.trim())) return false;
  return roles.of(node) === undefined && element.closest(CONTROL) === null;
}
