// A cell's only text replaced by a new text node (`el.textContent = text`: Vue's text children, plain
// DOM code) rather than changed in place (React DOM). The DOM tells it in one childList record holding
// both nodes (Chromium, Firefox: the standard's "replace all"), or in a removal and an addition in a
// row (happy-dom). The watcher drops one that brought the same text back; the busy-cell learner
// counts one that brought another.

export interface TextReplacement {
  was: Text;
  now: Text;
  /** How many records it took, from records[i]: 1 or 2. */
  taken: number;
}

/** The text node records[i] removed and the one it (or records[i + 1]) added in its place; else null. */
export function textReplacement(records: readonly MutationRecord[], i: number): TextReplacement | null {
  const record = records[i] as MutationRecord;
  // An attribute or text record's node lists are never asked for: they run on every record of a busy page.
  if (record.type !== 'childList' || record.removedNodes.length !== 1) return null;
  let added = record.addedNodes;
  let taken = 1;
  if (added.length === 0) {
    const next = records[i + 1];
    if (next?.type !== 'childList' || next.target !== record.target || next.removedNodes.length !== 0) return null;
    added = next.addedNodes;
    taken = 2;
  }
  const was = record.removedNodes[0] as Node;
  const now = added[0] as Node;
  if (added.length !== 1 || was.nodeType !== 3 /* TEXT_NODE */ || now.nodeType !== 3) return null;
  return { was: was as Text, now: now as Text, taken };
}
