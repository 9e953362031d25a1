// The shape of one recorded instruments answer (data/sources/), apart from the list that bundles them,
// so a venue's recording can name it without importing that list.
import type { InstrumentFacts } from './instrument-facts';
import type { Parsed } from './venues/endpoint';

export interface RecordedInstruments {
  /** YYYY-MM-DD: when the venue gave the answer. */
  date: string;
  source: string;
  answer: unknown;
  parse(answer: unknown, symbol: string): Parsed<InstrumentFacts>;
}
