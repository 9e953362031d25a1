// Test-only: puts a page back as it was before a mutation, from the records of a MutationObserver.
// Cloning even the panels of a page costs happy-dom more than reading them; undoing the few changes a
// mutation makes costs almost nothing.

export type Attributes = ReadonlyMap<Element, readonly (readonly [string, string])[]>;

/** Every element's attributes under `roots`, as the page has them now. */
export function attributesOf(roots: readonly Element[]): Attributes {
  const all = new Map<Element, [string, string][]>();
  for (const root of roots) {
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) all.set(el, Array.from(el.attributes).map((a) => [a.name, a.value]));
  }
  return all;
}

/**
 * Starts recording every change under `roots`; the function returned undoes them all, newest first.
 * Attributes are put back from `original` (happy-dom reports an empty old value as none).
 */
export function recordChanges(roots: readonly Element[], original: Attributes): () => void {
  // The observer holds its callback weakly: keep it referenced until the records are taken.
  const callback = () => {};
  const observer = new MutationObserver(callback);
  const options = { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true };
  for (const root of roots) observer.observe(root, options);
  return () => {
    const records = observer.takeRecords();
    observer.disconnect();
    let attributesChanged = false;
    for (const r of records.reverse()) {
      if (r.type === 'characterData') r.target.nodeValue = r.oldValue;
      else if (r.type === 'attributes') attributesChanged = true;
      else {
        for (const node of Array.from(r.addedNodes)) node.parentNode?.removeChild(node);
        for (const node of Array.from(r.removedNodes)) r.target.insertBefore(node, r.nextSibling);
      }
    }
    // Every element checked, not only the records' targets: a form's record names its proxy.
    if (attributesChanged) {
      for (const [el, attrs] of original) {
        const now = Array.from(el.attributes);
        if (now.length === attrs.length && attrs.every(([name, value]) => el.getAttribute(name) === value)) continue;
        for (const a of now) el.removeAttribute(a.name);
        for (const [name, value] of attrs) el.setAttribute(name, value);
      }
    }
    void callback;
  };
}
