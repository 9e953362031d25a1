// A snapshot sent as what changed since the one before it on the same port. A busy page changes a
// panel or one row at a time, 50 times a second, and what a message costs the page grows with its
// size: the content script sends the panels and rows that are new objects (readChangedPanels keeps the
// objects of everything unchanged). The worker's side is in snapshot-patch-check.ts.
import type { PageSnapshot, PositionView } from './snapshot';

export interface PositionsChanges {
  declaredCount: NonNullable<PageSnapshot['positions']>['declaredCount'];
  /** Each row, or the index of the very same row in the base snapshot's rows. */
  rows: (PositionView | number)[];
  signedOut?: true;
}

/** The panels that differ from the base snapshot; absent: the same as there. */
export interface SnapshotChanges {
  market?: PageSnapshot['market'];
  order?: PageSnapshot['order'];
  account?: PageSnapshot['account'];
  positions?: PositionsChanges | null;
}

/** Content script -> worker over the port: the snapshot `seq`, as changes to the snapshot `base`. */
export interface SnapshotPatchMessage {
  type: 'snapshot-patch';
  v: 1;
  seq: number;
  base: number;
  changes: SnapshotChanges;
}

/** What changed from `base` to `next` (compared by object identity), or null when only a whole snapshot will do. */
export function diffSnapshot(base: PageSnapshot, next: PageSnapshot): SnapshotChanges | null {
  if (base.venue !== next.venue || base.symbol !== next.symbol || base.contract !== next.contract || base.wallet !== next.wallet) return null;
  const changes: SnapshotChanges = {};
  if (next.market !== base.market) changes.market = next.market;
  if (next.order !== base.order) changes.order = next.order;
  if (next.account !== base.account) changes.account = next.account;
  if (next.positions !== base.positions) {
    const before = base.positions?.rows ?? [];
    changes.positions = next.positions && {
      declaredCount: next.positions.declaredCount,
      rows: next.positions.rows.map((row) => {
        const at = before.indexOf(row);
        return at >= 0 ? at : row;
      }),
      ...(next.positions.signedOut ? { signedOut: true as const } : {}),
    };
  }
  return changes;
}
