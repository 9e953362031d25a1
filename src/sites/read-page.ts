// The one generic reader: executes a SiteAdapter declaration against a document. Queries stay inside
// the panels' roots and read only what the trader sees (see dom/sight.ts), cheaply enough for every frame.
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/catalog';
import type { AccountView, MarketView, PageSnapshot, Reading } from '../protocol/snapshot';
import { CellRoles } from './cell-roles';
import { findAllByLabelAgain, findByLabel, LabelSpots } from './dom/find-by-label';
import { findOrderForm } from './dom/find-order-form';
import { labelKey } from './dom/labels';
import { sameElements } from './dom/same-elements';
import { styleSight, type Sight } from './dom/sight';
import type { Dec } from '../model/types';
import type { LabelMatcher } from './dom/labels';
import { compiledLabels, contractOf, fail, failAbout, firstShown, ok, readDecimal, sameJson, symbolAssets, type NumberRule, type ReadContext } from './read-context';
import { textOf } from './dom/text';
import { findMarketRoot, readMarket } from './read-market';
import { orderWithoutCoin } from './order-without-coin';
import { quoteUnits, readOrder, tabKind } from './read-order';
import { PositionsMemo, readDeclaredCount, readPositionRows, type PositionRow } from './read-positions';
import { findPositions, positionsTab, refreshGrid, showsEmpty, showsSignIn, type PositionsFound } from './find-positions';
import type { PageInfo, SiteAdapter } from './types';

function contextFor(adapter: SiteAdapter, page: PageInfo, sight: Sight, spots?: LabelSpots, roles?: CellRoles): ReadContext {
  const ctx: ReadContext = { adapter, labels: compiledLabels(adapter), symbol: page.symbol, decimal: adapter.decimalSeparator[page.locale] ?? null, sight };
  if (spots) ctx.spots = spots;
  if (roles) ctx.roles = roles;
  if (page.contract) ctx.contract = page.contract;
  return ctx;
}

/** The settlement asset's units: the quote for linear contracts, the coin for inverse. */
function settlementUnits(ctx: ReadContext): string[] {
  const assets = symbolAssets(ctx.symbol, ctx.adapter);
  if (!assets) return quoteUnits(ctx);
  return [contractOf(ctx) === 'inverse' ? assets.base : assets.quote];
}

function readAccount(roots: readonly Element[], ctx: ReadContext): AccountView {
  const a = ctx.adapter.account;
  const units = settlementUnits(ctx);
  const find = (field: MessageKey, matcher: LabelMatcher, rule: NumberRule): Reading<Dec> => {
    for (const root of roots) {
      const hit = findByLabel(root, matcher, ctx.spots, ctx.sight);
      // A cross position's estimate takes the wallet; a balance shown with PnL moves with the price.
      if (hit?.value && field === 'page_fieldWalletBalance') ctx.roles?.set(hit.value, 'follows-price');
      if (hit) return readDecimal(t(field), hit.text, ctx, rule);
    }
    return failAbout(t(field), t('page_notInAccount'));
  };
  const money = { units, sign: 'non-negative' } as const;
  const account: AccountView = { walletBalance: find('page_fieldWalletBalance', ctx.labels.walletBalance, money) };
  if (a.equity) account.equity = find('page_fieldEquity', ctx.labels.equity, { units, sign: 'any' });
  if (a.availableBalance) account.availableBalance = find('page_fieldAvailableBalance', ctx.labels.availableBalance, money);
  if (a.maintenanceMarginRate) {
    account.maintenanceMarginRate = find('page_fieldAccountMmRate', ctx.labels.accountMaintenanceMarginRate, { units: null, sign: 'non-negative', percent: true });
  }
  // The name of the mode shown; two different ones (a switch showing both) is no reading.
  const modes = a.modes;
  if (modes) {
    const keys = roots.flatMap((root) => findAllByLabelAgain(root, ctx.labels.accountMode, ctx.spots, ctx.sight)).map((hit) => labelKey(textOf(hit.label, ctx.sight)));
    const names = new Set(keys.map((key) => Object.keys(modes).find((name) => modes[name]!.some((text) => labelKey(text) === key))));
    const [name] = names;
    if (names.size === 1 && name) account.mode = name;
  }
  return account;
}

/** The first shown match of each selector, in order, none twice. */
function shownMatches(doc: Document, selectors: readonly string[], sight: Sight): Element[] {
  const found: Element[] = [];
  for (const s of selectors) {
    const el = firstShown(doc, [s], sight);
    if (el && !found.includes(el)) found.push(el);
  }
  return found;
}

/** What the page shows, or null when the URL is not one of this adapter's trading pages. */
export function readPage(adapter: SiteAdapter, doc: Document, url: URL): PageSnapshot | null {
  return readPageAndAnchors(adapter, doc, url)?.snapshot ?? null;
}

/** readPage and findAnchors in one pass over the rows. */
export function readPageAndAnchors(adapter: SiteAdapter, doc: Document, url: URL): { snapshot: PageSnapshot; anchors: PageAnchors } | null {
  return readChangedPanels(adapter, doc, url, null, READ_ALL);
}

/** What changed since the previous reading, as the caller's observers know it. */
export interface PageChanges {
  /** False only when the observers vouch that nothing inside these elements changed. When in doubt, true. */
  changed(elements: readonly Element[]): boolean;
  /**
   * Look for every panel, label, column and row afresh. When false, they are first looked for where
   * the previous reading found them (the values are read afresh either way): the caller must say
   * true whenever elements may have been added or moved, and every so often regardless.
   */
  relocate: boolean;
}

const READ_ALL: PageChanges = { changed: () => true, relocate: true };

/** A panel's reading and the roots it was read from. */
interface Panel<T> {
  roots: readonly Element[];
  value: T;
}

interface PositionsPanel {
  view: PageSnapshot['positions'];
  anchors: Map<string, Element>;
}

/** A page reading that readChangedPanels can partly reuse. */
export interface PageReading {
  snapshot: PageSnapshot;
  anchors: PageAnchors;
  /** What each cell read is to an estimate (input, follows the price, the price), for the cells of this and earlier readings since the last full one. */
  roles: CellRoles;
  /** Where and from what each panel was read (opaque to callers). */
  readonly panels: {
    href: string;
    page: PageInfo;
    market: Panel<MarketView>;
    order: Panel<PageSnapshot['order']>;
    positions: Panel<PositionsPanel>;
    account: Panel<PageSnapshot['account']>;
    /** The connected wallet as the page shows it (adapters that declare one), read on full reads. */
    wallet: string | undefined;
    /** Where labels and rows were found, for the next reading's `relocate: false`. */
    spots: LabelSpots;
    rows: PositionsMemo;
  };
}

/**
 * Reads the page like readPageAndAnchors, but keeps `previous`'s reading of every panel whose roots
 * are the same elements on the same URL and which `changes.changed(roots)` clears. A re-read panel
 * showing the same values keeps its previous object too, so the snapshot is the very same object as
 * `previous.snapshot` exactly when nothing it holds changed. `sight`: a fresh Sight for this reading
 * (the content script's asks the engine for boxes; the default, styles only).
 */
export function readChangedPanels(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  previous: PageReading | null,
  changes: PageChanges,
  sight: () => Sight = styleSight,
): PageReading | null {
  const before = previous?.panels.href === url.href ? previous.panels : null;
  const page = before ? before.page : adapter.page(url);
  if (!page) return null;
  const reuse = before !== null && !changes.relocate;
  const spots = reuse ? before.spots : new LabelSpots();
  const rowMemo = reuse ? before.rows : new PositionsMemo();
  // Kept with the panels and rows reused: a cell not read again keeps the role it was noted with.
  const roles = reuse && previous ? previous.roles : new CellRoles();
  const ctx = contextFor(adapter, page, sight(), spots, roles);
  const panel = <T>(roots: Element[], last: Panel<T> | undefined, read: () => T, keep: (fresh: T, last: T) => T = keepIfSame): Panel<T> => {
    if (!last) return { roots, value: read() };
    if (sameElements(roots, last.roots) && !changes.changed(roots)) return last;
    return { roots, value: keep(read(), last.value) };
  };
  // Between full reads the panels are where they were, unless one of them left the page.
  const kept = reuse && [before.market, before.order, before.positions, before.account].every((p) => p.roots.every((r) => r.isConnected));
  const form = kept ? before.order.roots[0] ?? null : orderForm(doc, ctx);
  const place = (kept ? placeAgain(before.positions.roots, rowMemo, ctx, changes.changed) : null) ?? placePositions(doc, ctx, rowMemo);
  // Looked for at every reading: where the mark's label is can change with a text alone (a hint that
  // stops showing it, a label found by content elsewhere). With a hint showing it, this is one lookup;
  // between full reads, a strip found by content is first looked at where it was.
  const marketRoot = findMarketRoot(doc, [form, place.roots[0] ?? null], ctx, kept ? before.market.roots[0] : undefined);
  const accountRoots = kept ? [...before.account.roots] : shownMatches(doc, adapter.account.roots, ctx.sight);
  const panels: PageReading['panels'] = {
    href: url.href,
    page,
    market: panel(listOf(marketRoot), before?.market, () => readMarket(marketRoot, ctx)),
    order: panel(listOf(form), before?.order, () => (form ? (page.symbol === '' ? orderWithoutCoin() : readOrder(form, ctx)) : null)),
    positions: panel(
      place.roots,
      before?.positions,
      () => {
        const { found } = place;
        if (!found) {
          // No panel: a signed-out page holds no position (checked only here, where it is rare).
          const signedOut = kept ? before.positions.value.view?.signedOut === true : showsSignIn(doc, ctx);
          return { view: signedOut ? { rows: [], declaredCount: fail(t('page_signedOut')), signedOut: true as const } : null, anchors: new Map<string, Element>() };
        }
        const rows = found.grid ? readPositionRows(found.grid, ctx, rowMemo, changes.changed) : [];
        let declaredCount = readDeclaredCount(doc, ctx, rowMemo.tab, rowMemo, changes.changed);
        // No count: an empty grid means "none" only where the page says so in its own words.
        if (!declaredCount.ok && rows.length === 0 && showsEmpty(found.root, ctx)) declaredCount = ok(0);
        return { view: { rows: rows.map((r) => r.view), declaredCount }, anchors: anchorMap(rows) };
      },
      // The same figures in new cells: keep the view, take the new cells as anchors. Between full
      // reads, rows keep their objects unless they changed (readPositionRows), so identity will do.
      (fresh, last) => ({ view: keepPositions(fresh.view, last.view, !reuse), anchors: fresh.anchors }),
    ),
    account: panel(accountRoots, before?.account, () => (accountRoots.length > 0 ? readAccount(accountRoots, ctx) : null)),
    // The header changes rarely, and only a full read (after elements were added, and at least every 10 s) looks at it again.
    wallet: reuse ? before.wallet : adapter.wallet?.(doc, ctx.sight),
    spots,
    rows: rowMemo,
  };
  const anchors = { positions: panels.positions.value.anchors, order: form };
  const old = previous?.snapshot;
  if (
    old &&
    before &&
    old.market === panels.market.value &&
    old.order === panels.order.value &&
    old.positions === panels.positions.value.view &&
    old.account === panels.account.value &&
    old.wallet === panels.wallet
  ) {
    return { snapshot: old, anchors, roles, panels };
  }
  const snapshot: PageSnapshot = {
    venue: adapter.venue,
    symbol: page.symbol,
    market: panels.market.value,
    order: panels.order.value,
    positions: panels.positions.value.view,
    account: panels.account.value,
  };
  if (page.contract) snapshot.contract = page.contract;
  if (adapter.unconfirmed) snapshot.unconfirmed = true;
  if (panels.wallet) snapshot.wallet = panels.wallet;
  return { snapshot, anchors, roles, panels };
}

/** Where the positions panel is, looked for afresh; the memo keeps the grid and tab for the reads between. */
function placePositions(doc: Document, ctx: ReadContext, memo: PositionsMemo): { found: PositionsFound | null; roots: Element[] } {
  const tab = positionsTab(doc, ctx);
  const found = findPositions(doc, ctx, tab);
  memo.grid = found?.grid ?? null;
  memo.tab = tab;
  return { found, roots: positionsRoots(found, tab) };
}

/**
 * Between full reads: the panel where the last full read found it, its rows afresh; null when its
 * header no longer reads as one (then it is looked for afresh, as a full read would).
 */
function placeAgain(roots: readonly Element[], memo: PositionsMemo, ctx: ReadContext, changed: PageChanges['changed']): { found: PositionsFound | null; roots: Element[] } | null {
  const root = roots[0];
  if (!root) return { found: null, roots: [] };
  if (!memo.grid) return { found: { root, grid: null }, roots: [...roots] };
  // A header the observers vouch is untouched still says what it said.
  const grid = refreshGrid(memo.grid, ctx, !changed([memo.grid.header]));
  return grid ? { found: { root, grid }, roots: [...roots] } : null;
}

/** The panel's root, and the Positions tab where it is outside it (its count is read, so watched). */
function positionsRoots(found: PositionsFound | null, tab: Element | null): Element[] {
  if (!found) return [];
  return tab && !found.root.contains(tab) ? [found.root, tab] : [found.root];
}

function listOf(el: Element | null): Element[] {
  return el ? [el] : [];
}

/**
 * The last view where nothing differs; else the fresh one, keeping each unchanged row's last object.
 * `compare`: rows that are not the very same objects are compared by value.
 */
function keepPositions(fresh: PageSnapshot['positions'], last: PageSnapshot['positions'], compare: boolean): PageSnapshot['positions'] {
  if (!fresh || !last || fresh.rows.length !== last.rows.length) return keepIfSame(fresh, last);
  const rows = fresh.rows.map((row, i) => {
    const old = last.rows[i]!;
    return row === old || (compare && sameJson(row, old)) ? old : row;
  });
  const sameCount = sameJson(fresh.declaredCount, last.declaredCount);
  if (sameCount && fresh.signedOut === last.signedOut && rows.every((row, i) => row === last.rows[i])) return last;
  const view: NonNullable<PageSnapshot['positions']> = { rows, declaredCount: sameCount ? last.declaredCount : fresh.declaredCount };
  if (fresh.signedOut) view.signedOut = true;
  return view;
}

function keepIfSame<T>(fresh: T, last: T): T {
  return sameJson(fresh, last) ? last : fresh;
}

function anchorMap(rows: readonly PositionRow[]): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const r of rows) if (r.liquidationCell) map.set(r.view.key, r.liquidationCell);
  return map;
}

export interface PageAnchors {
  /** PositionView.key -> the cell showing the exchange's liquidation price. */
  positions: Map<string, Element>;
  /** The order form: the pre-trade panel goes at its end. */
  order: Element | null;
}

/** Where the overlay attaches. Keys match readPage's for the same DOM (the URL defaults to the document's). */
export function findAnchors(adapter: SiteAdapter, doc: Document, url: URL | null = urlOf(doc)): PageAnchors {
  const page = (url ? adapter.page(url) : null) ?? { symbol: '', locale: firstLocale(adapter) };
  const ctx = contextFor(adapter, page, styleSight());
  const grid = findPositions(doc, ctx)?.grid;
  return { positions: anchorMap(grid ? readPositionRows(grid, ctx) : []), order: orderForm(doc, ctx) };
}

/** The positions panel as the reader finds it (tools and tests: the mutation sweep, the drift checks). */
export function locatePositions(adapter: SiteAdapter, doc: Document, url: URL | null = urlOf(doc)): PositionsFound | null {
  const page = (url ? adapter.page(url) : null) ?? { symbol: '', locale: firstLocale(adapter) };
  return findPositions(doc, contextFor(adapter, page, styleSight()));
}

/**
 * The narrow containers the content script observes (no element inside another): every match of the
 * adapters' selectors, shown or not, so that a hidden copy becoming shown (or the shown one hidden) is
 * noticed; and every root the last reading read its panels from (`reading`), so that what was found
 * by content is watched too. Without a reading, the positions panel is looked for now. A panel not
 * found is watched for on the whole page (document.body), so that one appearing later is noticed.
 */
export function watchRoots(adapter: SiteAdapter, doc: Document, reading?: PageReading | null): Element[] {
  const matches = (selectors: readonly string[]) => selectors.flatMap((s) => Array.from(doc.querySelectorAll(s)));
  const panels = reading?.panels;
  // Without a reading, the panels found by content now (the order form, the market strip, the positions).
  const content = panels ? null : contentPanels(adapter, doc);
  const positions = panels ? panels.positions.roots : listOf(content!.positions);
  const found = [
    ...matches(adapter.market.roots), ...(panels ? panels.market.roots : listOf(content!.market)),
    ...matches(adapter.order.roots), ...(panels ? panels.order.roots : listOf(content!.form)),
    ...matches(adapter.positions.hints ?? []), ...positions,
    ...matches(adapter.account.roots), ...(panels?.account.roots ?? []),
  ];
  const missing = positions.length === 0 || (panels !== undefined && panels.order.roots.length === 0);
  if (missing && doc.body) found.push(doc.body);
  return found.filter((el, i) => found.indexOf(el) === i && !found.some((other) => other !== el && other.contains(el)));
}

/** The market strip, the order form and the positions panel as the reader finds them (by content where no hint holds them). */
export function contentPanels(adapter: SiteAdapter, doc: Document): { market: Element | null; form: Element | null; positions: Element | null } {
  const url = urlOf(doc);
  const ctx = contextFor(adapter, (url && adapter.page(url)) || { symbol: '', locale: firstLocale(adapter) }, styleSight());
  const form = orderForm(doc, ctx);
  const positions = findPositions(doc, ctx)?.root ?? null;
  return { market: findMarketRoot(doc, [form, positions], ctx), form, positions };
}

/** The order form: the container of its inputs and order-type tabs, evidenced containers tried first. */
function orderForm(doc: Document, ctx: ReadContext): Element | null {
  const o = ctx.adapter.order;
  const tabs = o.tabs;
  const tabCandidates = [tabs.all, tabs.limit, tabs.market].filter((s): s is string => s !== undefined).join(', ');
  return findOrderForm(doc, {
    hints: o.roots,
    price: ctx.labels.priceInput,
    size: ctx.labels.sizeInput,
    isOrderTab: (el) => tabKind(el, ctx) !== 'other',
    tabCandidates,
  }, ctx.sight);
}

function urlOf(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

function firstLocale(adapter: SiteAdapter): string {
  return Object.keys(adapter.decimalSeparator)[0] ?? '';
}
