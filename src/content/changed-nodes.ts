// What the observers reported since the last reading of the page: the nodes that changed, or "not
// known" (everything). A reading asks whether elements it read before were touched, to skip them.
import { shownContent } from './cell-content';

export class ChangedNodes {
  readonly #nodes = new Set<Node>();
  readonly #inputValues = new WeakMap<HTMLInputElement, string>();
  /** Not known what changed: every element counts as touched until the next clear(). */
  #unknown = true;
  /** What each cell held when a reading last saw it reported; forgotten whenever it is not known what changed. */
  #seen = new WeakMap<Node, string>();

  /** A node that changed, or null when it is not known what changed. */
  add(node: Node | null): void {
    if (node) this.#nodes.add(node);
    else this.#unknown = true;
  }

  /** True when this very node was reported since the last clear(). */
  has(node: Node): boolean {
    return this.#nodes.has(node);
  }

  /** True when anything was reported since the last clear(). */
  get any(): boolean {
    return this.#unknown || this.#nodes.size > 0;
  }

  /** True when it is not known what changed since the last clear(). */
  get everything(): boolean {
    return this.#unknown;
  }

  markEverything(): void {
    this.#unknown = true;
  }

  /**
   * True unless the observers vouch that nothing inside these elements changed: `covered(el)` says
   * whether mutations inside `el` are observed at all. Nodes `ignored` says are not read count as unchanged.
   */
  touch(elements: readonly Element[], covered: (el: Element) => boolean, ignored?: (node: Node) => boolean): boolean {
    if (this.#unknown) return true;
    for (const el of elements) {
      if (!covered(el)) return true;
      // A node no longer in the page was removed: its parent, still in the page, is in the set too.
      for (const node of this.#nodes) if (node.isConnected && (el.contains(node) || node.contains(el)) && !ignored?.(node)) return true;
    }
    return false;
  }

  /**
   * A value set by the page's script changes no DOM and fires no event: the form's inputs whose
   * values differ from the last look count as changed. True when one did.
   */
  noteInputValues(form: Element): boolean {
    let any = false;
    for (const input of inputsOf(form)) {
      if (this.#inputValues.get(input) !== input.value) {
        this.#inputValues.set(input, input.value);
        this.#nodes.add(input);
        any = true;
      }
    }
    return any;
  }

  /**
   * Call right before a reading. A busy page re-renders cells with the text they already had (a figure
   * that did not move): a cell reported again holding just what the last reading saw changed nothing a
   * reading could see, and is dropped, so that a tick that moves nothing costs no reading, no message
   * and no render. Only cells whose whole content is compared count: elements holding only text (their
   * text and the attributes the watcher observes); anything else stays changed.
   */
  dropUnchanged(): void {
    // Changes went unobserved (panels moved, the periodic full read): what was seen may be out of date.
    if (this.#unknown) this.#seen = new WeakMap();
    for (const node of this.#nodes) {
      // A text node changed in place: its cell's content was not seen by the last reading.
      if (node.nodeType === 3 && node.parentNode) this.#seen.delete(node.parentNode);
      const now = contentOf(node);
      if (now === null) continue;
      if (!this.#unknown && this.#seen.get(node) === now) this.#nodes.delete(node);
      else this.#seen.set(node, now);
    }
  }

  clear(): void {
    this.#nodes.clear();
    this.#unknown = false;
  }
}

// Live collections, kept per form: walking one again costs nothing while the form is unchanged.
const formInputs = new WeakMap<Element, HTMLCollectionOf<HTMLInputElement>>();

/** The inputs of the order form (the only panel whose inputs the adapters read). */
function inputsOf(form: Element): HTMLCollectionOf<HTMLInputElement> {
  let inputs = formInputs.get(form);
  if (!inputs) formInputs.set(form, (inputs = form.getElementsByTagName('input')));
  return inputs;
}

/** A text-only element's whole content as the watcher observes it; null for any other node. */
function contentOf(node: Node): string | null {
  if (node.nodeType !== 1 /* ELEMENT_NODE */ || !node.isConnected) return null;
  const el = node as Element;
  // Inputs hold their state in properties, not in the DOM (typed values are checked by noteInputValues);
  // a select holds options, elements.
  if (el.firstElementChild !== null || el.shadowRoot !== null || el.matches('input,textarea')) return null;
  return shownContent(el);
}
