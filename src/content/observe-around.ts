// Observes a watched panel as a whole, except a few cells inside it (the busy cells a streaming page
// re-renders on every commit, busy-cells.ts). A MutationObserver cannot leave out part of a subtree it
// observes, so the panel is observed around them: each ancestor of a left-out cell for its own
// children and attributes, each of its text nodes for its text, and every other child as a whole.

/** A whole subtree: structure, text and the attributes that show or hide (with the old values). */
export interface ObserveOptions {
  whole: MutationObserverInit;
  /** The same for the element itself, without its subtree. */
  itself: MutationObserverInit;
  /** A text node's own text. */
  text: MutationObserverInit;
}

/**
 * Observes `root` with `observer` as `options.whole` would, except inside the elements of `leftOut`.
 * Returns the elements observed on their own (the left-out cells' ancestors, `root` included), whose
 * children, added later, are not observed: a change to their list of children calls for observing anew.
 */
export function observeAround(observer: MutationObserver, root: Element, leftOut: ReadonlySet<Element>, options: ObserveOptions, isOwn: (node: Node) => boolean): Set<Element> {
  const ancestors = new Set<Element>();
  for (const cell of leftOut) {
    if (cell === root || !root.contains(cell)) continue;
    for (let at = cell.parentElement; at && !ancestors.has(at); at = at === root ? null : at.parentElement) ancestors.add(at);
  }
  const visit = (el: Element) => {
    if (leftOut.has(el) || isOwn(el)) return;
    if (!ancestors.has(el)) {
      observer.observe(el, options.whole);
      return;
    }
    observer.observe(el, options.itself);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 /* ELEMENT_NODE */) visit(child as Element);
      else if (child.nodeType === 3 /* TEXT_NODE */) observer.observe(child, options.text);
    }
  };
  visit(root);
  return ancestors;
}
