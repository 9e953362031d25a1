// The one generic reader: executes a SiteAdapter declaration against a document. Queries stay inside
// the panels' roots and read only what the trader sees (see dom/sight.ts), cheaply enough for every frame.
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/catalog';
import type { AccountView, MarketView, PageSnapshot, Reading } from '../protocol/snapshot';
import { findByLabel, LabelSpots } from './dom/find-by-label';
import { sameElements } from './dom/same-elements';
import { styleSight, type Sight } from './dom/sight';
import type { Dec } from '../model/types';
import type { LabelMatcher } from './dom/labels';
import { compiledLabels, contractOf, fail, failAbout, firstShown, readDecimal, symbolAssets, type NumberRule, type ReadContext } from './read-context';
import { orderWithoutCoin } from './order-without-coin';
import { quoteUnits, readOrder } from './read-order';
import { PositionsMemo, readDeclaredCount, readPositionRows, type PositionRow } from './read-positions';
import type { PageInfo, SiteAdapter } from './types';

function contextFor(adapter: SiteAdapter, page: PageInfo, sight: Sight, spots?: LabelSpots): ReadContext {
  const ctx: ReadContext = { adapter, labels: compiledLabels(adapter), symbol: page.symbol, decimal: adapter.decimalSeparator[page.locale] ?? null, sight };
  if (spots) ctx.spots = spots;
  if (page.contract) ctx.contract = page.contract;
  return ctx;
}

const FIRST_FIGURE = /^[^\s/|]+/;

function readMarket(root: Element | null, ctx: ReadContext): MarketView {
  if (!root) return { markPrice: fail(t('page_markNoHeader')) };
  const hit = findByLabel(root, ctx.labels.markPrice, ctx.spots, ctx.sight);
  if (!hit) return { markPrice: fail(t('page_markNoLabel')) };
  const market: MarketView = { markPrice: readDecimal(t('page_fieldMarkPrice'), hit.text, ctx, { units: quoteUnits(ctx), sign: 'positive' }) };
  if (ctx.adapter.market.fundingRate) {
    // "0.0100% 03:12:45" or "0.0100% / 03:12:45": the rate is the first figure.
    const funding = findByLabel(root, ctx.labels.fundingRate, ctx.spots, ctx.sight);
    const first = funding ? FIRST_FIGURE.exec(funding.text)?.[0] ?? '' : null;
    market.fundingRate = first === null ? fail(t('page_fundingNotShown')) : readDecimal(t('page_fieldFundingRate'), first, ctx, { units: null, sign: 'any', percent: true });
  }
  return market;
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
  /** Where and from what each panel was read (opaque to callers). */
  readonly panels: {
    href: string;
    page: PageInfo;
    market: Panel<MarketView>;
    order: Panel<PageSnapshot['order']>;
    positions: Panel<PositionsPanel>;
    account: Panel<PageSnapshot['account']>;
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
  const ctx = contextFor(adapter, page, sight(), spots);
  const panel = <T>(roots: Element[], last: Panel<T> | undefined, read: () => T, keep: (fresh: T, last: T) => T = keepIfSame): Panel<T> => {
    if (!last) return { roots, value: read() };
    if (sameElements(roots, last.roots) && !changes.changed(roots)) return last;
    return { roots, value: keep(read(), last.value) };
  };
  // Between full reads the panels are where they were, unless one of them left the page.
  const kept = reuse && [before.market, before.order, before.positions, before.account].every((p) => p.roots.every((r) => r.isConnected));
  const marketRoot = kept ? before.market.roots[0] ?? null : firstShown(doc, adapter.market.roots, ctx.sight);
  const form = kept ? before.order.roots[0] ?? null : firstShown(doc, adapter.order.roots, ctx.sight);
  const positionsRoot = kept ? before.positions.roots[0] ?? null : firstShown(doc, adapter.positions.roots, ctx.sight);
  const accountRoots = kept ? [...before.account.roots] : shownMatches(doc, adapter.account.roots, ctx.sight);
  const panels: PageReading['panels'] = {
    href: url.href,
    page,
    market: panel(listOf(marketRoot), before?.market, () => readMarket(marketRoot, ctx)),
    order: panel(listOf(form), before?.order, () => (form ? (page.symbol === '' ? orderWithoutCoin() : readOrder(form, ctx)) : null)),
    positions: panel(
      listOf(positionsRoot),
      before?.positions,
      () => {
        if (!positionsRoot) return { view: null, anchors: new Map<string, Element>() };
        const rows = readPositionRows(positionsRoot, ctx, rowMemo, changes.changed);
        return { view: { rows: rows.map((r) => r.view), declaredCount: readDeclaredCount(positionsRoot, ctx, rowMemo, changes.changed) }, anchors: anchorMap(rows) };
      },
      // The same figures in new cells: keep the view, take the new cells as anchors. Between full
      // reads, rows keep their objects unless they changed (readPositionRows), so identity will do.
      (fresh, last) => ({ view: keepPositions(fresh.view, last.view, !reuse), anchors: fresh.anchors }),
    ),
    account: panel(accountRoots, before?.account, () => (accountRoots.length > 0 ? readAccount(accountRoots, ctx) : null)),
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
    old.account === panels.account.value
  ) {
    return { snapshot: old, anchors, panels };
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
  return { snapshot, anchors, panels };
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
  if (sameCount && rows.every((row, i) => row === last.rows[i])) return last;
  return { rows, declaredCount: sameCount ? last.declaredCount : fresh.declaredCount };
}

function keepIfSame<T>(fresh: T, last: T): T {
  return sameJson(fresh, last) ? last : fresh;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
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
  const root = firstShown(doc, adapter.positions.roots, ctx.sight);
  return { positions: anchorMap(root ? readPositionRows(root, ctx) : []), order: firstShown(doc, adapter.order.roots, ctx.sight) };
}

/**
 * The narrow containers the content script observes (no element inside another): every match, shown
 * or not, so that a hidden copy becoming shown (or the shown one hidden) is noticed.
 */
export function watchRoots(adapter: SiteAdapter, doc: Document): Element[] {
  const found = [adapter.market.roots, adapter.order.roots, adapter.positions.roots, adapter.account.roots]
    .flatMap((selectors) => selectors.flatMap((s) => Array.from(doc.querySelectorAll(s))));
  return found.filter((el, i) => found.indexOf(el) === i && !found.some((other) => other !== el && other.contains(el)));
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
