// What a venue's public market-data endpoints look like to the worker and to `npm run data:update`:
// URL builders and parsers, declarative, one file per venue. A parser only reshapes the venue's
// answer into tiers; validate-tiers.ts decides whether to trust them.
import type { Dec, Tier, Venue } from '../../model/types';
import type { InstrumentFacts } from '../instrument-facts';
import type { JsonRequest } from '../fetch-json';
import type { TierRules } from '../validate-tiers';

/** Tiers of one symbol as the venue gave them, not yet validated. */
export interface ParsedTiers {
  tiers: Tier[];
  contractValue?: Dec;
  contractSize?: Dec;
  /** Tick, funding interval, settlement asset, where the same answers carry them. */
  instrument?: InstrumentFacts;
}

export interface ParsedMark {
  markPrice: Dec;
  /** Funding rate as a fraction per funding interval ("0.0001" = 0.01 %). */
  fundingRate?: Dec;
}

/** A parse result: the value, or what was wrong with the answer's shape. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface VenueEndpoints {
  venue: Venue;
  /** manifest.json host_permissions this venue's endpoints need: the narrowest paths that work. */
  hostPermissions: string[];
  /**
   * Requests whose answers together give a symbol's tiers. A request shared by many symbols (a
   * feed of every symbol) is fetched once for all of them.
   */
  tierRequests(symbol: string): JsonRequest[];
  /** One symbol's tiers from the answers, in the order of tierRequests. */
  parseTiers(answers: unknown[], symbol: string): Parsed<ParsedTiers>;
  tierRules: TierRules;
  /**
   * The symbols an answer to the first tier request names, when it names many (a feed of every
   * symbol, or a recorded answer of the whole list): what `npm run data:update` tries for each
   * recorded source (data/sources/).
   */
  tierSymbols?(answer: unknown): string[];
  /**
   * Where the tier answers carry no instrument facts (tick, funding interval, settlement asset): the
   * requests whose answers do. Fetched beside the tiers; a failed or odd answer leaves the table
   * without those facts (the worker then says it used the printed figure's tick), never without tiers.
   */
  instrumentRequests?(symbol: string): JsonRequest[];
  /** The facts from the answers, in the order of instrumentRequests; undefined for a request that failed. */
  parseInstrument?(answers: unknown[], symbol: string): Parsed<InstrumentFacts>;
  markRequest?(symbol: string): JsonRequest;
  parseMark?(answer: unknown, symbol: string): Parsed<ParsedMark>;
}
