// Hyperliquid tier tables (and price rules) for the watched accounts' coins: the stored (fetched) table
// or the bundled one, as the page estimates use (market-data/lookup.ts). Coins without a fetched table, or with one a
// day old, are fetched first through the market service (one `meta` request serves them all), unless
// a fetch failed in the last ten minutes.
import type { MarketService } from '../market-data/market-service';
import { REFRESH_AFTER_MS, RETRY_AFTER_FAILURE_MS } from '../market-data/market-service';
import { marketLookup } from '../market-data/lookup';
import { TableStore } from '../market-data/table-store';
import type { PrunableArea } from '../platform/key-value-area';
import type { CoinTables } from '../venues/hyperliquid/account/rows';
import { instrumentTickOf } from '../market-data/instrument-tick';

export async function lookupTables(market: MarketService, area: PrunableArea, coins: readonly string[], now: number): Promise<CoinTables> {
  const store = new TableStore(area);
  let entries = await store.read('hyperliquid', coins);
  const due = coins.filter((coin) => {
    const entry = entries.get(coin);
    if (entry?.failure && now - entry.failure.at < RETRY_AFTER_FAILURE_MS) return false;
    return !entry?.table || now - entry.table.fetchedAt >= REFRESH_AFTER_MS;
  });
  if (due.length > 0) {
    await market.refresh('hyperliquid', due);
    entries = await store.read('hyperliquid', coins);
  }
  const lookup = marketLookup(now, 'hyperliquid', entries);
  return { tiers: (coin) => lookup.tierTable('hyperliquid', coin)?.tiers, tick: (coin) => instrumentTickOf(lookup.tierTable('hyperliquid', coin)) };
}
