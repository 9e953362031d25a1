// Puts freshly built nodes in place of a container's children. Two things survive the swap, because a
// keyboard or screen-reader user would notice them going:
// - keyboard focus: the element marked data-focus="<name>" that had it gives it to the new element
//   with the same mark;
// - live regions (role="status"): a screen reader speaks a live region's changes only while the
//   element stays in the page, so the old region is kept and only its text is updated, and so are
//   the elements around it (their attributes taken from the new ones).
import { Fragment, withHandlers, type Child } from './jsx-runtime';

const LIVE = '[role="status"]';

export function render(view: Child, container: Element): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement && container.contains(root.activeElement) ? root.activeElement.getAttribute('data-focus') : null;
  place(container, [...Fragment({ children: view }).childNodes]);
  // Escaped: the marks are the overlay's own words ("toggle", "fold"), but a page that tampered with
  // them must not make the selector throw.
  if (focused !== null) container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
}

/** Makes `nodes` the children of `parent`, keeping each old element that holds a live region where the new one does too. */
function place(parent: Element, nodes: Node[]): void {
  const old = [...parent.childNodes];
  const next = nodes.map((node, i) => {
    const before = old[i];
    if (!(before instanceof Element) || !(node instanceof Element) || before.localName !== node.localName) return node;
    if (!holdsLive(before) || !holdsLive(node) || withHandlers.has(before) || withHandlers.has(node)) return node;
    copyAttributes(before, node);
    if (node.matches(LIVE)) {
      // Same words: no change at all, so nothing is said again.
      if (before.textContent !== node.textContent) before.textContent = node.textContent;
    } else {
      place(before, [...node.childNodes]);
    }
    return before;
  });
  // Kept nodes never leave the page: only the others are removed, and new ones go in around them.
  for (const child of old) if (!next.includes(child)) child.remove();
  let at = parent.firstChild;
  for (const node of next) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
}

function holdsLive(element: Element): boolean {
  return element.matches(LIVE) || element.querySelector(LIVE) !== null;
}

function copyAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) if (!source.hasAttribute(name)) target.removeAttribute(name);
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name)!;
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}
