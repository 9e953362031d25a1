// Which cells of the watched panels a streaming page re-renders on nearly every commit (a mark price,
// a PnL, a margin that follows the price): learnt from the observer's own batches. Each such cell
// costs the page a mutation record and the content script a callback on every commit, 50 a second on
// a busy page, though its figures are read once a second (read-pace.ts). The watcher stops observing
// the cells learnt here and looks at them on a timer instead (page-watcher.ts).
import { STREAM_ABOVE } from './read-pace';
import { textReplacement } from './text-replacement';

/** Batches one judgement is made on. */
const WINDOW = 25;
/** A cell whose text changed in at least this many of them is busy. */
const BUSY_IN = 20;

export class BusyCells {
  #batches = 0;
  #startedAt = 0;
  /** In how many batches of the window each cell's text changed, and the last batch it was counted in. */
  readonly #counts = new Map<Element, number>();
  readonly #countedIn = new Map<Element, number>();

  /**
   * One batch the observer delivered at `now` (ms). When it ends a window of WINDOW batches that came
   * as fast as a streaming page's (more than STREAM_ABOVE a second), returns the cells whose text
   * changed in BUSY_IN of them or more; otherwise none.
   */
  note(records: readonly MutationRecord[], now: number): Element[] {
    if (this.#batches === 0) this.#startedAt = now;
    const batch = this.#batches++;
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as MutationRecord;
      // A text changed in place, or a cell's only text replaced by another (text-replacement.ts). A
      // node added or removed otherwise is a change of structure, which the watcher keeps observing;
      // a text set to what it was changed nothing.
      let cell: Element | null = null;
      if (record.type === 'characterData') {
        if (record.oldValue !== (record.target as CharacterData).data) cell = record.target.parentElement;
      } else {
        const replaced = textReplacement(records, i);
        if (replaced) {
          i += replaced.taken - 1;
          if (replaced.was.data !== replaced.now.data) cell = record.target as Element;
        }
      }
      if (!cell || this.#countedIn.get(cell) === batch) continue;
      this.#countedIn.set(cell, batch);
      this.#counts.set(cell, (this.#counts.get(cell) ?? 0) + 1);
    }
    if (this.#batches < WINDOW) return [];
    const streaming = now - this.#startedAt <= (WINDOW * 1000) / STREAM_ABOVE;
    const busy: Element[] = [];
    // Only an element holding text alone: unobserved, it hides nothing but its own text and attributes.
    if (streaming) for (const [cell, n] of this.#counts) if (n >= BUSY_IN && cell.isConnected && cell.firstElementChild === null) busy.push(cell);
    this.reset();
    return busy;
  }

  /** Starts a new window (the watcher observes anew). */
  reset(): void {
    this.#batches = 0;
    this.#counts.clear();
    this.#countedIn.clear();
  }
}

