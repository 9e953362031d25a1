// A symbol's tier table as the worker uses it, with where it came from and how old it is: the
// overlay says which table an estimate used, and a table can be weeks behind the venue's.
import type { Dec, Tier, Venue } from '../model/types';
import type { InstrumentFacts } from './instrument-facts';

export interface MarketTable {
  tiers: Tier[];
  /** The day the table is known to be valid, YYYY-MM-DD (UTC): the snapshot date, or the fetch date. */
  date: string;
  /** Where it came from: the endpoint URL, or the bundled snapshot's own source note. */
  source: string;
  origin: 'bundled' | 'fetched';
  /** When it was fetched (ms since epoch); fetched tables only. */
  fetchedAt?: number;
  /** Inverse contracts: quote (USD) value of one contract. */
  contractValue?: Dec;
  /** Linear venues whose tiers count contracts (OKX ctVal): base quantity per contract. */
  contractSize?: Dec;
  /** The instrument's tick, funding interval, settlement asset, as the same source gave them. */
  instrument?: InstrumentFacts;
  /** The day the tick is known valid, YYYY-MM-DD: the table's, or the recorded answer's it came from. */
  instrumentDate?: string;
}

/** The last refresh of a symbol's table, when it did not produce a table. */
export interface RefreshFailure {
  /** When it was tried (ms since epoch). */
  at: number;
  /** Why the payload was rejected or could not be fetched, in plain words. */
  reason: string;
}

/** A mark price fetched from the venue's public endpoint, for a page that shows none. */
export interface FetchedMark {
  markPrice: Dec;
  /** Fraction per funding interval ("0.0001" = 0.01 %). */
  fundingRate?: Dec;
  /** When it was fetched (ms since epoch). */
  at: number;
  /** The host it came from. */
  host: string;
}

/** What the estimate knows about market data. Pure: no browser APIs, so estimatePage stays testable. */
export interface MarketLookup {
  /** ms since epoch: the "now" that ages are measured against. */
  now: number;
  /** The table to use for this symbol: the last good fetched one, else the bundled one, else null. */
  tierTable(venue: Venue, symbol: string): MarketTable | null;
  /** The last refresh failed (the table above, if any, is the last good one). */
  refreshFailure?(venue: Venue, symbol: string): RefreshFailure | undefined;
  /** A recently fetched mark price, where the page shows none. */
  markPrice?(venue: Venue, symbol: string): FetchedMark | undefined;
}
