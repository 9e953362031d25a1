// The worker's one message router: every message from any context comes through here, is checked at
// run time, and gets exactly one typed answer. It never throws.
import { errorMessage, parseContentMessage, PROTOCOL_VERSION, type SnapshotMessage, type WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';
import { estimatePage } from './estimate-page';
import type { MarketLookup } from './market-data';

/** Market data for a snapshot (the worker's: storage, then bundled; tests: anything). */
export type MarketFor = (snapshot: PageSnapshot) => Promise<MarketLookup>;

/** Checks a message; the snapshot message to estimate, or the typed error to answer with. */
export function accept(raw: unknown): { ok: true; message: SnapshotMessage } | { ok: false; answer: WorkerToContent } {
  const parsed = parseContentMessage(raw);
  return parsed.ok ? { ok: true, message: parsed.message } : { ok: false, answer: parsed.error };
}

/** The estimates for a checked snapshot message. */
export async function answer(message: SnapshotMessage, marketFor: MarketFor): Promise<WorkerToContent> {
  try {
    const market = await marketFor(message.snapshot);
    return { type: 'estimates', v: PROTOCOL_VERSION, seq: message.seq, result: estimatePage(message.snapshot, market) };
  } catch {
    // A bug, not bad input: answer with a typed error rather than leave the tab waiting.
    return errorMessage('internal', 'message.snapshot', 'the estimate failed unexpectedly', message.seq);
  }
}

export async function route(raw: unknown, marketFor: MarketFor): Promise<WorkerToContent> {
  const accepted = accept(raw);
  return accepted.ok ? answer(accepted.message, marketFor) : accepted.answer;
}
