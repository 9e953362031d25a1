// Popup <-> content script: what this tab's page read got. Answered by the content script from its
// latest snapshot, so it works while the worker sleeps. The popup derives the per-part status from the
// snapshot (readStatus), which keeps that code out of the content script's size budget.
import type { PageSnapshot } from './snapshot';

export interface TabStatusRequest {
  type: 'tab-status';
}

export interface TabStatusAnswer {
  type: 'tab-status';
  venue: string;
  symbol: string;
  /** The latest snapshot: the read status per part, and the calculator's prefill. */
  snapshot: PageSnapshot | null;
}

export function isTabStatusRequest(raw: unknown): raw is TabStatusRequest {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'tab-status';
}
