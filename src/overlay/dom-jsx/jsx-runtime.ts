// A JSX runtime that builds real DOM nodes, for the overlay only (the popup and options pages keep
// Preact). The content script has a 30 KB gzip budget and the overlay re-renders a host only when
// what it shows changed, so it needs no virtual DOM and no diffing: each render builds new nodes.
// Text always goes in as text nodes, never as markup.

export type Child = Node | string | number | bigint | boolean | null | undefined | Child[];

type Handler<E extends Event> = (event: E) => void;

/** Every prop the overlay's elements use; anything else is a type error. */
export interface ElementProps {
  children?: Child;
  key?: string | number;
  class?: string;
  id?: string;
  role?: string;
  title?: string;
  type?: string;
  tabIndex?: number;
  hidden?: boolean;
  disabled?: boolean;
  onClick?: Handler<MouseEvent>;
  onKeyDown?: Handler<KeyboardEvent>;
  [aria: `aria-${string}`]: string | boolean | undefined;
  [data: `data-${string}`]: string | number | boolean | undefined;
}

type Component<P> = (props: P) => Node | null;

/** Elements given event handlers: render() never keeps one, as its handlers would see old props. */
export const withHandlers = new WeakSet<Element>();

export function Fragment({ children }: { children?: Child }): DocumentFragment {
  const fragment = document.createDocumentFragment();
  appendChildren(fragment, children);
  return fragment;
}

/** The compiler's call for every JSX element; `key` only matters to diffing renderers, so it is dropped. */
export function jsx<P>(type: string | Component<P>, props: P, _key?: unknown): Node | null {
  if (typeof type === 'function') return type(props);
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props as ElementProps)) {
    if (name === 'children' || name === 'key') continue;
    if (/^on[A-Z]/.test(name)) {
      element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
      withHandlers.add(element);
    } else setAttribute(element, name, value);
  }
  appendChildren(element, (props as ElementProps).children);
  return element;
}

// Elements with several children: the same call (an export alias, so the bundle holds one name).
export { jsx as jsxs };

// An HTML element's attribute names are set in lower case (tabIndex -> tabindex) by setAttribute itself.
function setAttribute(element: Element, name: string, value: unknown): void {
  // As Preact writes them: aria-* and data-* booleans as "true"/"false"; other attributes are
  // present for true and absent for false.
  if (typeof value === 'boolean' && /^(aria|data)-/.test(name)) element.setAttribute(name, String(value));
  else if (value === true) element.setAttribute(name, '');
  else if (value !== false && value != null) element.setAttribute(name, String(value));
}

function appendChildren(parent: Node, children: Child): void {
  if (Array.isArray(children)) for (const child of children) appendChildren(parent, child);
  else if (children instanceof Node) parent.appendChild(children);
  else if (children != null && typeof children !== 'boolean') parent.appendChild(document.createTextNode(String(children)));
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how TypeScript finds the element types
export namespace JSX {
  export type Element = Node;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicAttributes {
    key?: string | number;
  }
  export type IntrinsicElements = Record<string, ElementProps>;
}
