// Where an estimate gets a symbol's tier table: the last good fetched table (storage.local), else
// the bundled snapshot (src/data), whichever is newer. Pure: the worker reads storage, then builds
// the lookup estimatePage uses.
import { bundledTable } from '../data';
import { t } from '../i18n/t';
import type { Venue } from '../model/types';
import type { MarketLookup, MarketTable, RefreshFailure } from './market-table';
import type { InstrumentFacts } from './instrument-facts';
import type { StoredEntry } from './table-store';
import { recordedInstrument } from './recorded-instruments';

export type { MarketLookup, MarketTable };

/** YYYY-MM-DD (UTC) of a time in ms. */
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The table with its instrument's facts: its own source's, each missing one from the newest recorded
 * answer (src/market-data/recorded-instruments.ts). The date is the tick's: the verdict names it.
 */
function withFacts(venue: Venue, symbol: string, table: MarketTable, own: InstrumentFacts = {}): MarketTable {
  const recorded = own.priceTick ? null : recordedInstrument(venue, symbol);
  const instrument = { ...recorded?.facts, ...own };
  if (Object.keys(instrument).length === 0) return table;
  return { ...table, instrument, instrumentDate: recorded?.facts.priceTick ? recorded.date : table.date };
}

export function bundledMarketTable(venue: Venue, symbol: string): MarketTable | null {
  const bundled = bundledTable(venue, symbol);
  if (!bundled) return null;
  return withFacts(venue, symbol, {
    tiers: bundled.tiers,
    date: bundled.date,
    source: bundled.source,
    origin: 'bundled',
    ...(bundled.contractValue ? { contractValue: bundled.contractValue } : {}),
    ...(bundled.contractSize ? { contractSize: bundled.contractSize } : {}),
  }, bundled.instrument);
}

/** The bundled tables only: the popup calculator and tests. */
export function bundledMarket(now: number): MarketLookup {
  return { now, tierTable: bundledMarketTable };
}

/** Stored entries of one venue's symbols over the bundled tables. */
export function marketLookup(now: number, venue: Venue, stored: ReadonlyMap<string, StoredEntry>): MarketLookup {
  return {
    now,
    tierTable(v, symbol) {
      const bundled = bundledMarketTable(v, symbol);
      const table = v === venue ? stored.get(symbol)?.table : undefined;
      if (!table) return bundled;
      const fetched: MarketTable = {
        tiers: table.tiers,
        date: isoDate(table.fetchedAt),
        source: table.source,
        origin: 'fetched',
        fetchedAt: table.fetchedAt,
        ...(table.contractValue ? { contractValue: table.contractValue } : {}),
        ...(table.contractSize ? { contractSize: table.contractSize } : {}),
      };
      return bundled && bundled.date > fetched.date ? bundled : withFacts(v, symbol, fetched, table.instrument);
    },
    refreshFailure(v, symbol): RefreshFailure | undefined {
      return v === venue ? stored.get(symbol)?.failure : undefined;
    },
  };
}

/** Why there is no table: none bundled, and none fetched yet (or the fetch failed). */
export function missingTableReason(market: MarketLookup, venue: Venue, symbol: string): string {
  const failure = market.refreshFailure?.(venue, symbol);
  return failure ? t('worker_noTableBecause', symbol, failure.reason) : t('worker_noTableYet', symbol);
}
