// The registry of site adapters: the content script asks which one reads the current page.
import { binanceCoinm } from './binance-coinm';
import { binanceUsdm } from './binance-usdm';
import { bitget } from './bitget';
import { bybit } from './bybit';
import { hyperliquid } from './hyperliquid';
import { okx } from './okx';
import type { SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [binanceUsdm, binanceCoinm, bybit, okx, hyperliquid, bitget];

/** The adapter whose trading pages include this URL, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((a) => a.page(url) !== null) ?? null;
}

export { findAnchors, readChangedPanels, readPage, readPageAndAnchors, watchRoots } from './read-page';
export type { PageAnchors, PageReading } from './read-page';
export type { SiteAdapter } from './types';
