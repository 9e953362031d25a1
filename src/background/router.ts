// The worker's one message router: every message from any context comes through here, is checked at
// run time, and gets exactly one typed answer. It never throws.
import type { Dec } from '../model/types';
import type { EstimatesResult } from '../protocol/estimates';
import { errorMessage, PROTOCOL_VERSION, type SnapshotMessage, type WorkerToContent } from '../protocol/messages';
import { parsePortMessage } from '../protocol/parse-message';
import type { PageSnapshot } from '../protocol/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { withoutAmounts } from '../protocol/mask-amounts';
import { estimatePage } from './estimate-page';
import { withOverlayWords } from './answer-words';
import type { MarketLookup } from '../market-data/lookup';
import type { KeptAccount } from './page-account-match';

/** Market data for a snapshot (the worker's: storage, then bundled; tests: anything). */
export type MarketFor = (snapshot: PageSnapshot) => Promise<MarketLookup>;

/** What the worker adds around the estimate: the trader's settings and the steps after it (risk tools, alerts). */
export interface AnswerSteps {
  settings?: Settings;
  /** Runs on the estimates before they are answered; a failure here keeps the plain estimates. */
  after?: (result: EstimatesResult, snapshot: PageSnapshot, settings: Settings) => Promise<EstimatesResult>;
  /** The watched Hyperliquid addresses and their kept states, asked only for a page that shows its wallet. */
  accounts?: () => Promise<readonly KeptAccount[]>;
}

/**
 * Checks a message; the snapshot message to estimate, or the typed error to answer with. `last`: on a
 * port, the last snapshot it sent that was accepted, which a patch may build on.
 */
export function accept(raw: unknown, last?: SnapshotMessage): { ok: true; message: SnapshotMessage } | { ok: false; answer: WorkerToContent } {
  const parsed = parsePortMessage(raw, last);
  return parsed.ok ? { ok: true, message: parsed.message } : { ok: false, answer: parsed.error };
}

/** The mark the page showed for each position of the result (the position's own, else the page's). */
export function pageMarks(snapshot: PageSnapshot, result: EstimatesResult): (Dec | undefined)[] {
  const pageMark = snapshot.market.markPrice.ok ? snapshot.market.markPrice.value : undefined;
  const rows = snapshot.positions?.rows ?? [];
  return result.positions.map((p) => {
    const row = rows.find((r) => r.key === p.key);
    return row?.markPrice.ok ? row.markPrice.value : p.symbol === snapshot.symbol ? pageMark : undefined;
  });
}

/** The estimates for a checked snapshot message. */
export async function answer(message: SnapshotMessage, marketFor: MarketFor, steps: AnswerSteps = {}): Promise<WorkerToContent> {
  const settings = steps.settings ?? DEFAULT_SETTINGS;
  let result: EstimatesResult;
  try {
    const market = await marketFor(message.snapshot);
    const accounts = message.snapshot.wallet !== undefined && steps.accounts ? await steps.accounts() : [];
    result = estimatePage(message.snapshot, market, settings, accounts);
  } catch {
    // A bug, not bad input: answer with a typed error rather than leave the tab waiting.
    return errorMessage('internal', 'message.snapshot', 'the estimate failed unexpectedly', message.seq);
  }
  if (steps.after) {
    try {
      result = await steps.after(result, message.snapshot, settings);
    } catch {
      // Risk tools and alerts are extras: the estimate still goes out.
    }
  }
  result = withOverlayWords(result);
  // Privacy mode: the sentences leave the worker without amounts (the alerts above mask their own).
  if (settings.privacyMode) result = withoutAmounts(result);
  return { type: 'estimates', v: PROTOCOL_VERSION, seq: message.seq, result };
}

export async function route(raw: unknown, marketFor: MarketFor, steps: AnswerSteps = {}): Promise<WorkerToContent> {
  const accepted = accept(raw);
  return accepted.ok ? answer(accepted.message, marketFor, steps) : accepted.answer;
}
