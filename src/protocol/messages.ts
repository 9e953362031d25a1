// Messages between the content script and the worker over the long-lived port `liqcheck`.
// Decimals are strings everywhere; every incoming message is checked at run time.
// The checks are in parse-message.ts (the worker's side), so the content script does not carry them.
import type { EstimatesResult } from './estimates';
import type { JsonPatch } from './json-patch';
import type { PageSnapshot } from './snapshot';
import type { SnapshotPatchMessage } from './snapshot-patch';

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

/**
 * Worker -> content script, on the port only: an answer as its changes to the last answer sent on
 * that port (json-patch.ts), null when nothing changed. A busy page's mark tick changes a few figures
 * of one position; the whole answer is several KB, and its cost to the page grows with its size.
 */
export interface EstimatesPatchMessage {
  type: 'estimates-patch';
  v: typeof PROTOCOL_VERSION;
  seq: number;
  patch: JsonPatch | null;
}

/** unknown-base: a patch whose base is not the last snapshot this port sent; send it whole. */
export type ErrorCode = 'bad-message' | 'unknown-type' | 'internal' | 'unknown-base';

/** Worker -> sender: a message could not be handled. Never an exception. */
export interface ErrorMessage {
  type: 'error';
  v: typeof PROTOCOL_VERSION;
  seq: number | null;
  error: { code: ErrorCode; path: string; message: string };
}

export type ContentToWorker = SnapshotMessage | SnapshotPatchMessage;
/** The worker's answer to a snapshot (a port, a one-off message). */
export type WorkerToContent = EstimatesMessage | ErrorMessage;
/** What the port carries to the content script: an answer, or an answer as a patch. */
export type PortToContent = WorkerToContent | EstimatesPatchMessage;

export function errorMessage(code: ErrorCode, path: string, message: string, seq: number | null = null): ErrorMessage {
  return { type: 'error', v: PROTOCOL_VERSION, seq, error: { code, path, message } };
}
