// Popup <-> content script: what this tab's page read got. Answered by the content script from its
// latest snapshot, so it works while the worker sleeps.
import type { PartStatus } from './read-status';
import type { PageSnapshot } from './snapshot';

export interface TabStatusRequest {
  type: 'tab-status';
}

export interface TabStatusAnswer {
  type: 'tab-status';
  venue: string;
  symbol: string;
  parts: PartStatus[];
  /** The latest snapshot, for prefilling the calculator. */
  snapshot: PageSnapshot | null;
}

export function isTabStatusRequest(raw: unknown): raw is TabStatusRequest {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'tab-status';
}
