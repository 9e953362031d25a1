// The mounting layer: one shadow-root host per anchor the site adapter found, kept in place and up
// to date. Venue-agnostic and cheap enough to call every animation frame: it moves a host only when
// it is not already the last child of its anchor, and re-renders only when that host's data changed.
// Hosts go INSIDE their anchor (its last child): a sibling would shift the page's own cell indexes
// and sit outside the cell's layout; a shadow host adds no text to the anchor's textContent.
// The shadow roots stay open, so tests reach the data-liqcheck hooks (docs/architecture.md); a page
// script can reach them too, so every change to a host that is not our own render is noticed and
// the host is built again (at most once per update, that is once per frame).
// A page that commits a cell's text with `textContent` (React does, when the text is not the cell's
// only child) removes the host with it: each host watches its anchor's children and puts itself back
// in the same microtask checkpoint, before the browser paints, so the badge does not blink away
// until the next reading (bench/results.md: on screen in 16 of 176 frames on such a page before).
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { jsx, type Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import { isolateEvents } from './isolate-events';
import { OrderPanel } from './order-panel';
import css from './overlay.css?inline';
import { PositionBadge } from './position-badge';
import { DEFAULT_VIEW, themeClass, type OverlayView } from './overlay-view';
import { pageTheme } from './page-theme';
import { BADGE_TAG, ORDER_TAG } from './own-tags';

export { BADGE_TAG, ORDER_TAG };

export interface OverlayAnchors {
  /** Position key (PositionView.key) -> the exchange's Liq. Price cell; the badge goes at its end. */
  positions: Map<string, Element>;
  /** The order form; the pre-trade panel goes at its end, under the form's own rows. */
  order: Element | null;
}

export interface OverlayState {
  /** The latest answer from the worker; null before the first one. */
  result: EstimatesResult | null;
  /**
   * Show "checking…" even if `result` is set, e.g. after navigating to another symbol while the
   * first answer is on its way. A null result, or no entry for a row, shows "checking…" anyway.
   */
  pending?: boolean;
  /** The answer is too old to trust (shown as "stale: no fresh estimate", numbers hidden). */
  stale?: boolean;
  /** The snapshot says its page reading is unconfirmed: every badge and the order panel are marked. */
  unconfirmed?: boolean;
}

export interface OverlayHostsOptions {
  /** Locale for number formatting; default: the browser's. */
  locale?: string;
  /** Theme, privacy and compact mode from the trader's settings. */
  view?: OverlayView;
  /** Something other than the overlay changed a host: call update() again (next frame) to rebuild it. */
  onTampered?: () => void;
  /** Where the order panel's folded state is kept between pages; without it, it lasts as long as this object. */
  fold?: FoldMemory;
}

export interface FoldMemory {
  /** Never rejects: false when nothing is stored or storage fails. */
  load(): Promise<boolean>;
  save(folded: boolean): void;
}


interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  mountPoint: HTMLElement;
  /** Sees every change to the host and its shadow root; our own renders' records are taken and dropped. */
  observer: MutationObserver;
  /** Changed by someone else since our last render: rebuilt on the next update. */
  tampered?: boolean;
  /** Serialised props of the last render, to skip identical renders. */
  renderedKey?: string;
  /** What the last render was made from, compared by identity to skip even building its key. */
  inputs?: readonly unknown[];
  /** The page's own background behind the host, for theme "auto". */
  pageTheme: 'dark' | 'light' | null;
  /** The element the host belongs in, watched for the page removing the host. */
  anchor?: Element;
  anchorWatch: MutationObserver;
  /** Put back since the current task began: bounded, so a page that removes it on sight can't loop us. */
  restores: number;
}

/** A page removing the host again and again inside one task gets it back this often, then at the next update. */
const RESTORES_PER_TASK = 2;

export class OverlayHosts {
  readonly #badges = new Map<string, Host>();
  #order: Host | null = null;
  /** Every host ever created, so mutations from removed hosts are recognised too. */
  readonly #ownHosts = new WeakSet<Node>();
  /** Nodes found in the page's own document, not in a host's shadow root (isOwnNode). */
  readonly #pageNodes = new WeakSet<Node>();
  /** As given: locale, onTampered and fold are read from it (its view is only the first one). */
  readonly #options: OverlayHostsOptions;
  #view: OverlayView;
  /** The trader's toggle per badge key; absent: the settings' default (compact or not). */
  readonly #expanded = new Map<string, boolean>();
  /** The last update's arguments, to render again after a toggle or a settings change. */
  #last: [OverlayAnchors, OverlayState] | null = null;
  /** The order panel folded to one line per side. */
  #folded = false;

  constructor(options: OverlayHostsOptions = {}) {
    this.#options = options;
    this.#view = options.view ?? DEFAULT_VIEW;
    void options.fold?.load().then((folded) => {
      // A click made while the stored state was on its way wins.
      if (folded && !this.#folded) this.#toggleFold(false);
    });
  }

  #toggleFold(save = true): void {
    this.#folded = !this.#folded;
    if (save) this.#options.fold?.save(this.#folded);
    this.#renderAgain();
  }

  /** After a toggle or a settings change: the last update again, if there was one. */
  #renderAgain(): void {
    if (this.#last) this.update(...this.#last);
  }

  /** The theme class for a host: "auto" follows the page's background behind it, looked at once when the host was made. */
  #themeOf(host: Host): string {
    const theme = this.#view.theme;
    return themeClass(theme === 'auto' ? (host.pageTheme ?? theme) : theme);
  }

  /** New settings: hosts re-render (only those whose output changes) with the next or last update. */
  setView(view: OverlayView): void {
    this.#view = view;
    this.#renderAgain();
  }

  #toggle(key: string): void {
    this.#expanded.set(key, !this.#isExpanded(key));
    this.#renderAgain();
  }

  #isExpanded(key: string): boolean {
    return this.#expanded.get(key) ?? !this.#view.compact;
  }

  /** Brings the hosts in line with the anchors and renders the state. Idempotent. */
  update(anchors: OverlayAnchors, state: OverlayState): void {
    this.#last = [anchors, state];
    const { privacy } = this.#view;
    const { pending = false, stale = false, unconfirmed = false } = state;
    const resultsByKey = new Map<string, PositionResult>();
    for (const position of state.result?.positions ?? []) resultsByKey.set(position.key, position);

    for (const [key, anchor] of anchors.positions) {
      let host = this.#badges.get(key);
      if (!host) {
        host = this.#createHost(anchor, BADGE_TAG, 'span');
        host.element.setAttribute('data-key', key);
        this.#badges.set(key, host);
      }
      placeInside(host, anchor);
      if (host.tampered) rebuild(host);
      const result = resultsByKey.get(key) ?? null;
      const wrapperClass = this.#themeOf(host);
      // No answer for this row yet (it appeared after the last snapshot): checking, not unknown.
      const expanded = this.#isExpanded(key);
      if (sameInputs(host, [result, pending, stale, privacy, expanded, wrapperClass, unconfirmed])) continue;
      const props = { result, pending: pending || result === null, stale, locale: this.#options.locale, privacy, expanded, unconfirmed };
      // A compact badge shows no figures: the mark moving them every tick must not re-render it.
      const shown = props.expanded || !result ? props : { ...props, result: { ...result, metrics: undefined, risk: undefined } };
      renderIfChanged(host, JSON.stringify({ shown, wrapperClass }), () =>
        jsx('span', { class: wrapperClass, children: jsx(PositionBadge, { ...props, onToggle: () => this.#toggle(key) }) }),
      );
    }
    for (const [key, host] of this.#badges) {
      if (!anchors.positions.has(key)) {
        removeHost(host);
        this.#badges.delete(key);
      }
    }

    if (anchors.order) {
      this.#order ??= this.#createHost(anchors.order, ORDER_TAG, 'div');
      placeInside(this.#order, anchors.order);
      if (this.#order.tampered) rebuild(this.#order);
      const wrapperClass = this.#themeOf(this.#order);
      const props = { result: state.result, pending, stale, locale: this.#options.locale, privacy, unconfirmed, folded: this.#folded };
      // Everything the panel shows (the locale never changes): of an answer only its order and its
      // warnings, which answers rebuilt from patches keep as the same objects while unchanged.
      const inputs = [state.result === null, state.result?.order, state.result?.warnings, pending, stale, privacy, wrapperClass, unconfirmed, this.#folded];
      if (sameInputs(this.#order, inputs)) return;
      renderIfChanged(this.#order, JSON.stringify(inputs), () => jsx('div', { class: wrapperClass, children: jsx(OrderPanel, { ...props, onFold: () => this.#toggleFold() }) }));
    } else if (this.#order) {
      removeHost(this.#order);
      this.#order = null;
    }
  }

  /** True for our hosts and anything inside their shadow roots: the page watcher ignores these. */
  isOwnNode(node: Node): boolean {
    if (this.#ownHosts.has(node)) return true;
    // Asked for every mutation of a busy page: a page node in the document never becomes ours.
    if (this.#pageNodes.has(node)) return false;
    const root = node.getRootNode();
    if (root === node.ownerDocument) {
      this.#pageNodes.add(node);
      return false;
    }
    return 'host' in root && this.#ownHosts.has((root as ShadowRoot).host);
  }

  /** Removes every host from the page. A later update() starts afresh. */
  destroy(): void {
    for (const host of this.#badges.values()) removeHost(host);
    this.#badges.clear();
    if (this.#order) removeHost(this.#order);
    this.#order = null;
    this.#last = null;
  }

  /** A host for `anchor` (not placed yet): its page theme is read here, once. */
  #createHost(anchor: Element, tag: string, mountTag: 'span' | 'div'): Host {
    const element = anchor.ownerDocument.createElement(tag);
    const root = element.attachShadow({ mode: 'open' });
    const host: Host = {
      element,
      root,
      mountPoint: fillRoot(root, mountTag),
      observer: new MutationObserver(() => {
        host.tampered = true;
        this.#options.onTampered?.();
      }),
      pageTheme: pageTheme(anchor),
      anchorWatch: new MutationObserver(() => restore(host)),
      restores: 0,
    };
    host.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    // Text the page puts into the host itself is never shown (no slot), and is removed on rebuild.
    host.observer.observe(element, { childList: true });
    isolateEvents(element);
    this.#ownHosts.add(element);
    return host;
  }
}

/** A style and an empty mount point, as the only children of the shadow root. */
function fillRoot(root: ShadowRoot, mountTag: string): HTMLElement {
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  const mountPoint = root.ownerDocument.createElement(mountTag);
  root.replaceChildren(style, mountPoint);
  return mountPoint;
}

/** Builds a changed host afresh: a page script may have left anything in it. */
function rebuild(host: Host): void {
  host.element.replaceChildren();
  host.mountPoint = fillRoot(host.root, host.mountPoint.localName);
  host.renderedKey = undefined;
  host.inputs = undefined;
  host.observer.takeRecords();
  host.tampered = false;
}

function placeInside(host: Host, anchor: Element): void {
  if (host.anchor !== anchor) {
    host.anchorWatch.disconnect();
    host.anchor = anchor;
    host.anchorWatch.observe(anchor, { childList: true });
  }
  if (!anchor.isConnected) {
    host.element.remove();
    return;
  }
  if (anchor.lastChild !== host.element) anchor.append(host.element);
}

/** The page took the host out of an anchor that is still on the page: back at its end, before paint. */
function restore(host: Host): void {
  host.anchorWatch.takeRecords();
  const anchor = host.anchor;
  if (!anchor?.isConnected || host.element.parentNode !== null || host.restores >= RESTORES_PER_TASK) return;
  if (host.restores++ === 0) setTimeout(() => (host.restores = 0), 0);
  anchor.append(host.element);
}

/** Only a changed key builds new nodes; an unchanged host keeps its DOM, so no diffing is needed. */
function renderIfChanged(host: Host, key: string, view: () => Child): void {
  if (host.renderedKey === key) return;
  render(view(), host.mountPoint);
  host.renderedKey = key;
  // Our own render's changes: not tampering.
  host.observer.takeRecords();
}

/** True when `inputs` are the very values the host last rendered from; otherwise remembers them. */
function sameInputs(host: Host, inputs: readonly unknown[]): boolean {
  const last = host.inputs;
  if (last && last.length === inputs.length && last.every((value, i) => value === inputs[i])) return true;
  host.inputs = inputs;
  return false;
}

function removeHost(host: Host): void {
  host.observer.disconnect();
  host.anchorWatch.disconnect();
  host.anchor = undefined;
  host.mountPoint.replaceChildren();
  host.element.remove();
}
