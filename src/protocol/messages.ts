// Messages between the content script and the worker over the long-lived port `liqcheck`.
// Decimals are strings everywhere; every incoming message is checked at run time.
import { exactly, integer, object, type Check } from './check';
import { checkSnapshot } from './check-snapshot';
import type { EstimatesResult } from './estimates';
import type { PageSnapshot } from './snapshot';

export const PORT_NAME = 'liqcheck';
export const PROTOCOL_VERSION = 1;

/** Content script -> worker: the latest state of the page. `seq` grows with every snapshot sent. */
export interface SnapshotMessage {
  type: 'snapshot';
  v: typeof PROTOCOL_VERSION;
  seq: number;
  snapshot: PageSnapshot;
}

/**
 * Worker -> content script: the answer to the snapshot with the same `seq`. The worker may send
 * another answer with the same `seq` later, when newer market data (a fetched tier table) changes it.
 */
export interface EstimatesMessage {
  type: 'estimates';
  v: typeof PROTOCOL_VERSION;
  seq: number;
  result: EstimatesResult;
}

export type ErrorCode = 'bad-message' | 'unknown-type' | 'internal';

/** Worker -> sender: a message could not be handled. Never an exception. */
export interface ErrorMessage {
  type: 'error';
  v: typeof PROTOCOL_VERSION;
  seq: number | null;
  error: { code: ErrorCode; path: string; message: string };
}

export type ContentToWorker = SnapshotMessage;
export type WorkerToContent = EstimatesMessage | ErrorMessage;

export const checkSnapshotMessage: Check<SnapshotMessage> = object({
  type: exactly('snapshot'),
  v: exactly(PROTOCOL_VERSION),
  seq: integer,
  snapshot: checkSnapshot,
});


export function errorMessage(code: ErrorCode, path: string, message: string, seq: number | null = null): ErrorMessage {
  return { type: 'error', v: PROTOCOL_VERSION, seq, error: { code, path, message } };
}

/** Checks an incoming message; returns the typed message or the typed error to answer with. */
export function parseContentMessage(raw: unknown): { ok: true; message: ContentToWorker } | { ok: false; error: ErrorMessage } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: errorMessage('bad-message', 'message', 'expected an object') };
  }
  const { type, seq } = raw as { type?: unknown; seq?: unknown };
  const replyTo = typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : null;
  if (type !== 'snapshot') {
    const code = typeof type === 'string' ? 'unknown-type' : 'bad-message';
    return { ok: false, error: errorMessage(code, 'message.type', 'expected "snapshot"', replyTo) };
  }
  const checked = checkSnapshotMessage(raw, 'message');
  if (!checked.ok) return { ok: false, error: errorMessage('bad-message', checked.path, checked.problem, replyTo) };
  return { ok: true, message: checked.value };
}
