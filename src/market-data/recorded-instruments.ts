// Instrument facts from recorded venue answers (data/sources/), bundled with their date: what the
// worker knows of an instrument's tick, funding interval and settlement asset before its first fetch,
// or on a network that blocks the venue's host. Each recorded answer is read by the parser of the live
// answer, so both are trusted on the same checks.
import type { Venue } from '../model/types';
import { okxRecordedInstruments } from '../venues/okx/recorded-instruments';
import { checkInstrumentFacts, type InstrumentFacts } from './instrument-facts';
import type { RecordedInstruments } from './recorded-answer';
import { bybitRecordedInstruments } from '../venues/bybit/recorded-instruments';
import { bitgetRecordedContracts } from '../venues/bitget/recorded-contracts';
import { binanceUsdmRecordedExchangeInfo } from '../venues/binance-usdm/recorded-exchange-info';


export interface DatedFacts {
  facts: InstrumentFacts;
  date: string;
  source: string;
}

const recorded: Partial<Record<Venue, RecordedInstruments[]>> = {
  'binance-usdm': [binanceUsdmRecordedExchangeInfo],
  okx: [okxRecordedInstruments],
  bybit: [bybitRecordedInstruments],
  bitget: [bitgetRecordedContracts],
};

/** The newest recorded facts of this instrument that parse and pass the checks, or null. */
export function recordedInstrument(venue: Venue, symbol: string): DatedFacts | null {
  let best: DatedFacts | null = null;
  for (const r of recorded[venue] ?? []) {
    const parsed = r.parse(r.answer, symbol);
    const checked = parsed.ok ? checkInstrumentFacts(parsed.value) : undefined;
    if (!checked?.ok || Object.keys(checked.facts).length === 0) continue;
    if (!best || r.date > best.date) best = { facts: checked.facts, date: r.date, source: r.source };
  }
  return best;
}
