// The shape every bundled tier-table file exports: one table per symbol, each with its date and source.
import type { InstrumentFacts } from '../market-data/instrument-facts';
import type { Dec, Tier } from '../model/types';

export interface BundledTable {
  /** Snapshot date, YYYY-MM-DD. */
  date: string;
  source: string;
  tiers: Tier[];
  /** Inverse contracts: quote (USD) value of one contract. */
  contractValue?: Dec;
  /** Linear venues whose tiers count contracts (OKX ctVal): base quantity per contract. */
  contractSize?: Dec;
  instrument?: InstrumentFacts;
}

export type BundledTables = Record<string, BundledTable>;
