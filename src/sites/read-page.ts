// The one generic reader: executes a SiteAdapter declaration against a document. Queries stay inside
// the panels' roots and read textContent and input.value only, never layout, so it can run every frame.
import type { AccountView, MarketView, PageSnapshot } from '../protocol/snapshot';
import { findByLabel } from './dom/find-by-label';
import { compiledLabels, fail, firstMatch, readDecimal, type ReadContext } from './read-context';
import { quoteUnits, readOrder } from './read-order';
import { readDeclaredCount, readPositionRows, type PositionRow } from './read-positions';
import type { SiteAdapter } from './types';

function contextFor(adapter: SiteAdapter, symbol: string, locale: string): ReadContext {
  return { adapter, labels: compiledLabels(adapter), symbol, decimal: adapter.decimalSeparator[locale] ?? null };
}

function readMarket(doc: Document, ctx: ReadContext): MarketView {
  const root = firstMatch(doc, ctx.adapter.market.roots);
  if (!root) return { markPrice: fail('mark price: the price header was not found') };
  const hit = findByLabel(root, ctx.labels.markPrice);
  if (!hit) return { markPrice: fail('mark price: no "Mark" label in the price header') };
  return { markPrice: readDecimal('mark price', hit.text, ctx, { units: quoteUnits(ctx), sign: 'positive' }) };
}

function readAccount(root: Element, ctx: ReadContext): AccountView {
  const hit = findByLabel(root, ctx.labels.walletBalance);
  if (!hit) return { walletBalance: fail('wallet balance: not shown in the account panel') };
  return { walletBalance: readDecimal('wallet balance', hit.text, ctx, { units: quoteUnits(ctx), sign: 'non-negative' }) };
}

/** What the page shows, or null when the URL is not one of this adapter's trading pages. */
export function readPage(adapter: SiteAdapter, doc: Document, url: URL): PageSnapshot | null {
  return readPageAndAnchors(adapter, doc, url)?.snapshot ?? null;
}

/** readPage and findAnchors in one pass over the rows, for the content script's frame callback. */
export function readPageAndAnchors(adapter: SiteAdapter, doc: Document, url: URL): { snapshot: PageSnapshot; anchors: PageAnchors } | null {
  const page = adapter.page(url);
  if (!page) return null;
  const ctx = contextFor(adapter, page.symbol, page.locale);
  const form = firstMatch(doc, adapter.order.roots);
  const positionsRoot = firstMatch(doc, adapter.positions.roots);
  const account = firstMatch(doc, adapter.account.roots);
  const rows = positionsRoot ? readPositionRows(positionsRoot, ctx) : [];
  const snapshot: PageSnapshot = {
    venue: adapter.venue,
    symbol: page.symbol,
    market: readMarket(doc, ctx),
    order: form ? readOrder(form, ctx) : null,
    positions: positionsRoot ? { rows: rows.map((r) => r.view), declaredCount: readDeclaredCount(positionsRoot, ctx) } : null,
    account: account ? readAccount(account, ctx) : null,
  };
  return { snapshot, anchors: { positions: anchorMap(rows), order: form } };
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
  const page = url ? adapter.page(url) : null;
  const ctx = contextFor(adapter, page?.symbol ?? '', page?.locale ?? firstLocale(adapter));
  const root = firstMatch(doc, adapter.positions.roots);
  return { positions: anchorMap(root ? readPositionRows(root, ctx) : []), order: firstMatch(doc, adapter.order.roots) };
}

/** The narrow containers the content script observes (no element inside another). */
export function watchRoots(adapter: SiteAdapter, doc: Document): Element[] {
  const found = [adapter.market.roots, adapter.order.roots, adapter.positions.roots, adapter.account.roots]
    .map((selectors) => firstMatch(doc, selectors))
    .filter((el): el is Element => el !== null);
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
