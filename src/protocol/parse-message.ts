// The worker's checks of what comes in over the port or as a one-off message: every field at run time,
// a typed error naming the bad field's path otherwise. Nothing here throws.
import { exactly, integer, object, type Check } from './check';
import { checkSnapshot } from './check-snapshot';
import { errorMessage, PROTOCOL_VERSION, type ErrorMessage, type SnapshotMessage } from './messages';
import { applyChanges, checkPatchMessage } from './snapshot-patch-check';

export const checkSnapshotMessage: Check<SnapshotMessage> = object({
  type: exactly('snapshot'),
  v: exactly(PROTOCOL_VERSION),
  seq: integer,
  snapshot: checkSnapshot,
});


/** Checks a one-off message: only a whole snapshot can come that way. */
export function parseContentMessage(raw: unknown): { ok: true; message: SnapshotMessage } | { ok: false; error: ErrorMessage } {
  return parsePortMessage(raw, undefined);
}

/**
 * Checks a message from a port: a whole snapshot, or a patch to `last`, the last snapshot this port
 * sent that was accepted. Either way the answer is a whole, checked snapshot message.
 */
export function parsePortMessage(raw: unknown, last: SnapshotMessage | undefined): { ok: true; message: SnapshotMessage } | { ok: false; error: ErrorMessage } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: errorMessage('bad-message', 'message', 'expected an object') };
  }
  const { type, seq } = raw as { type?: unknown; seq?: unknown };
  const replyTo = typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : null;
  let whole: unknown = raw;
  if (type === 'snapshot-patch' && last) {
    const patch = checkPatchMessage(raw, 'message');
    if (!patch.ok) return { ok: false, error: errorMessage('bad-message', patch.path, patch.problem, replyTo) };
    if (patch.value.base !== last.seq) {
      return { ok: false, error: errorMessage('unknown-base', 'message.base', `the last snapshot on this port is ${last.seq}`, replyTo) };
    }
    const rebuilt = applyChanges(last.snapshot, patch.value.changes, 'message.changes');
    if (!rebuilt.ok) return { ok: false, error: errorMessage('bad-message', rebuilt.path, rebuilt.problem, replyTo) };
    whole = { type: 'snapshot', v: PROTOCOL_VERSION, seq: patch.value.seq, snapshot: rebuilt.value };
  } else if (type === 'snapshot-patch') {
    return { ok: false, error: errorMessage('unknown-base', 'message.base', 'no snapshot to patch: send it whole', replyTo) };
  } else if (type !== 'snapshot') {
    const code = typeof type === 'string' ? 'unknown-type' : 'bad-message';
    return { ok: false, error: errorMessage(code, 'message.type', 'expected "snapshot"', replyTo) };
  }
  const checked = checkSnapshotMessage(whole, 'message');
  if (!checked.ok) return { ok: false, error: errorMessage('bad-message', checked.path, checked.problem, replyTo) };
  return { ok: true, message: checked.value };
}
