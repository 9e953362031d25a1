// The registry of site adapters: the content script asks which one reads the current page.
import { binanceCoinm } from '../venues/binance-coinm/page';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { bitget } from '../venues/bitget/page';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { okx } from '../venues/okx/page';
import type { SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [binanceUsdm, binanceCoinm, bybit, okx, hyperliquid, bitget];

/** The adapter whose trading pages include this URL, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((a) => a.page(url) !== null) ?? null;
}

export { findAnchors, readChangedPanels, readPage, readPageAndAnchors, watchRoots } from './read-page';
export type { PageAnchors, PageReading } from './read-page';
export type { SiteAdapter } from './types';
