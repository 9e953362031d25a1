// The worker's side of snapshot-patch.ts: the patch's shape, and the whole snapshot rebuilt from the
// last one the port sent, which is then checked field by field as if it had come whole (checkSnapshot).
import { arrayOf, exactly, integer, nullable, object, oneOf, type Check, type Checked } from './check';
import { MAX_ROWS } from './check-snapshot';
import type { PageSnapshot, PositionView } from './snapshot';
import type { SnapshotChanges, SnapshotPatchMessage } from './snapshot-patch';

// Shapes only: the rebuilt snapshot is checked field by field afterwards (checkSnapshot).
const anything: Check<never> = (value) => ({ ok: true, value: value as never });

const checkChanges = object(
  {},
  {
    market: anything,
    order: anything,
    account: anything,
    positions: nullable(object({ declaredCount: anything, rows: arrayOf(oneOf(integer, anything), MAX_ROWS) }, { signedOut: anything })),
  },
);

export const checkPatchMessage: Check<SnapshotPatchMessage> = object({
  type: exactly('snapshot-patch'),
  v: exactly(1),
  seq: integer,
  base: integer,
  changes: checkChanges,
});

/** The whole snapshot: `base` with the changes applied, or where the changes do not fit it. */
export function applyChanges(base: PageSnapshot, changes: SnapshotChanges, path: string): Checked<PageSnapshot> {
  const snapshot: PageSnapshot = {
    ...base,
    market: changes.market !== undefined ? changes.market : base.market,
    order: changes.order !== undefined ? changes.order : base.order,
    account: changes.account !== undefined ? changes.account : base.account,
  };
  if (changes.positions === undefined) return { ok: true, value: snapshot };
  if (changes.positions === null) return { ok: true, value: { ...snapshot, positions: null } };
  const before = base.positions?.rows ?? [];
  const rows: PositionView[] = [];
  for (const [i, row] of changes.positions.rows.entries()) {
    if (typeof row !== 'number') rows.push(row);
    else if (row >= 0 && row < before.length) rows.push(before[row]!);
    else return { ok: false, path: `${path}.positions.rows[${i}]`, problem: `no row ${row} in the base snapshot` };
  }
  const positions: NonNullable<PageSnapshot['positions']> = { rows, declaredCount: changes.positions.declaredCount };
  // Checked as part of the whole snapshot afterwards (checkSnapshot): only `true` passes.
  if (changes.positions.signedOut !== undefined) positions.signedOut = changes.positions.signedOut;
  return { ok: true, value: { ...snapshot, positions } };
}
