// Where the positions panel is, found by what it says: the grid whose header carries the venue's
// column labels, looked for first under the adapter's evidenced hints, then in the pane the Positions
// tab controls, then on the whole page. Also what the page says around it: the Positions tab's count,
// its own "no positions" text, and a Log in button where no panel is shown at all.
import { compileLabels, isLabel, labelKey, type LabelMatcher } from './dom/labels';
import { findGrid, gridOf, stillHeader, type Grid, type GridSpec } from './dom/find-grid';
import { normalizeSpaces, textOf } from './dom/text';
import { compiledLabels, firstShown, type ReadContext } from './read-context';
import type { SiteAdapter } from './types';

export interface PositionsFound {
  /** The panel: the element read and watched (a hint, the tab's pane, or the grid with its tabs). */
  root: Element;
  /** The positions grid, or null when the panel shows none (an empty state, a panel mid-render). */
  grid: Grid | null;
}

interface PanelLabels {
  spec: GridSpec;
  openOrders: LabelMatcher;
  empty: LabelMatcher;
  signIn: LabelMatcher;
}

const compiled = new WeakMap<SiteAdapter, PanelLabels>();

function panelLabels(adapter: SiteAdapter): PanelLabels {
  let found = compiled.get(adapter);
  if (!found) {
    const p = adapter.positions;
    found = {
      // Symbol and size tell a positions grid from an order book or a trade list; one price column
      // more tells it from the open-orders and history grids that also show a symbol and a size.
      spec: { columns: compiledLabels(adapter).columns, required: ['symbol', 'size'], oneOf: ['entryPrice', 'markPrice', 'liquidationPrice'] },
      openOrders: compileLabels(p.openOrdersTab),
      empty: compileLabels(p.emptyLabels ?? {}),
      signIn: compileLabels(p.signInLabels ?? {}),
    };
    compiled.set(adapter, found);
  }
  return found;
}

/** A tab's text with its count: "Positions(2)", "仓位（2）". */
export const COUNT = /^(.+?)\s*[(（]\s*(\d{1,4})\s*[)）]$/;

/** A tab's label without its count: "Positions(2)" -> "Positions". */
function tabLabel(tab: Element, ctx: ReadContext): string {
  const text = textOf(tab, ctx.sight);
  return COUNT.exec(text)?.[1] ?? text;
}

// How far above the Positions tab its group may reach (OKX wraps each tab in drag-and-drop layers).
const GROUP_CLIMB = 6;

/**
 * The Positions tab of the tab group that also has an Open Orders tab (a second tab system, such as
 * Binance's right-hand trade panel of 2026, has an "Open Orders" of its own but no Positions).
 */
export function positionsTab(doc: Document, ctx: ReadContext): Element | null {
  const { openOrders } = panelLabels(ctx.adapter);
  const tabs = Array.from(doc.querySelectorAll(ctx.adapter.positions.countTab.candidates));
  const isPositions = (tab: Element) => isLabel(tabLabel(tab, ctx), ctx.labels.countTab);
  const isOpenOrders = (tab: Element) => isLabel(tabLabel(tab, ctx), openOrders);
  const inGroup = (positions: readonly Element[], orders: readonly Element[]): Element | null => {
    for (const tab of positions) {
      // A hidden copy of the tab group (a panel kept for later) is passed over.
      if (!ctx.sight.shown(tab)) continue;
      let group = tab.parentElement;
      for (let up = 0; group && up < GROUP_CLIMB; up++, group = group.parentElement) {
        const holder = group;
        if (orders.some((other) => other !== tab && holder.contains(other))) return tab;
      }
    }
    return null;
  };
  const byRole = inGroup(tabs.filter(isPositions), tabs.filter(isOpenOrders));
  if (byRole || !doc.body) return byRole;
  // Tabs drawn as plain elements (no role): the elements whose whole text is a tab's label.
  const positions: Element[] = [];
  const orders: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || (node.nodeValue ?? '').length > MAX_TAB_CHARS) continue;
    seen.add(el);
    const text = normalizeSpaces(el.textContent ?? '');
    if (text.length > MAX_TAB_CHARS) continue;
    const label = COUNT.exec(text)?.[1] ?? text;
    if (isLabel(label, ctx.labels.countTab)) positions.push(el);
    else if (isLabel(label, openOrders)) orders.push(el);
  }
  return inGroup(positions, orders);
}

const MAX_TAB_CHARS = 40;

/** The pane a tab controls. Pane ids may be reused by another tab system: the one nearest the tab wins. */
function paneOf(tab: Element, doc: Document): Element | null {
  const id = tab.getAttribute('aria-controls');
  if (!id) return null;
  const panes = Array.from(doc.querySelectorAll(`[id="${id.replace(/["\\]/g, '\\$&')}"]`));
  // The tab's nearest ancestor (or the tab itself) that holds such a pane: its first one.
  for (let holder: Element | null = tab; holder; holder = holder.parentElement) {
    const near = holder;
    const pane = panes.find((p) => near.contains(p));
    if (pane) return pane;
  }
  return null;
}

// The panel holds its tabs: a grid whose Positions tab sits this close above it is read with them.
const PANEL_CLIMB = 3;

/** The grid with its Positions tab where they sit together; else the grid alone. */
function panelOf(grid: Grid, tabs: readonly Element[]): Element {
  let panel: Element | null = grid.root;
  for (let up = 0; panel && up <= PANEL_CLIMB; up++, panel = panel.parentElement) {
    const holder = panel;
    if (tabs.some((tab) => holder.contains(tab))) return holder;
  }
  return grid.root;
}

/** Shown tabs saying Positions, in any group: the panel's own tabs where no Open Orders tab is beside them. */
function anyPositionsTabs(doc: Document, ctx: ReadContext): Element[] {
  return Array.from(doc.querySelectorAll(ctx.adapter.positions.countTab.candidates)).filter(
    (tab) => isLabel(tabLabel(tab, ctx), ctx.labels.countTab) && ctx.sight.shown(tab),
  );
}

/** Where the positions panel is, or null when the page shows none. */
export function findPositions(doc: Document, ctx: ReadContext, tab: Element | null = positionsTab(doc, ctx)): PositionsFound | null {
  const { spec } = panelLabels(ctx.adapter);
  let fallback: Element | null = null;
  for (const hint of ctx.adapter.positions.hints ?? []) {
    const root = firstShown(doc, [hint], ctx.sight);
    if (!root) continue;
    const grid = findGrid(root, spec, ctx.sight);
    if (grid) return { root, grid };
    fallback ??= root;
  }
  const pane = tab ? paneOf(tab, doc) : null;
  if (pane && ctx.sight.shown(pane)) {
    const grid = findGrid(pane, spec, ctx.sight);
    if (grid) return { root: pane, grid };
    fallback ??= pane;
  }
  const body = doc.body ?? doc.documentElement;
  const grid = body ? findGrid(body, spec, ctx.sight) : null;
  if (grid) return { root: panelOf(grid, tab ? [tab] : anyPositionsTabs(doc, ctx)), grid };
  return fallback ? { root: fallback, grid: null } : null;
}

/**
 * The grid again, from the header row a previous reading found: rows afresh, the page not searched.
 * Null when that row no longer says what a header of positions says (then look afresh).
 */
export function refreshGrid(grid: Grid, ctx: ReadContext, untouched = false): Grid | null {
  return stillHeader(grid.header, panelLabels(ctx.adapter).spec, ctx.sight, untouched) ? gridOf(grid.header, ctx.sight) : null;
}

/** The page's own "no positions" text, shown inside the panel: an element whose whole text is one of its labels. */
export function showsEmpty(root: Element, ctx: ReadContext): boolean {
  const { empty } = panelLabels(ctx.adapter);
  if (empty.keys.size === 0) return false;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && empty.keys.has(labelKey(parent.textContent ?? '')) && ctx.sight.shown(parent)) return true;
  }
  return false;
}

/** A shown Log in / Sign up button or link: the page is signed out (read only where no panel shows). */
export function showsSignIn(doc: Document, ctx: ReadContext): boolean {
  const { signIn } = panelLabels(ctx.adapter);
  return signIn.keys.size > 0 && Array.from(doc.querySelectorAll('a, button, [role="button"]')).some((el) => isLabel(textOf(el, ctx.sight), signIn) && ctx.sight.shown(el));
}
