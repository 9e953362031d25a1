// Which of the page's own changes are read in the next frame instead of at the streaming pace
// (read-pace.ts): a change to a cell that is an input of an estimate, as the last reading noted it
// (src/sites/cell-roles.ts). A margin or a cross liquidation figure that moved in the same batch as a
// mark price only followed the price (a tick: it keeps the pace); one that moved alone was changed
// (margin added, a fill, a leverage set elsewhere). The lane has a budget of its own, the pace of a
// page that does not stream (ReadPace's default: 10 a second, 4 at once), so that a page whose
// "inputs" move on every tick is read no more often than a quiet page's changes are.
import type { CellRole } from '../sites/cell-roles';
import { shownContent } from './cell-content';
import { ReadPace, STREAM_PER_SECOND } from './read-pace';

/**
 * While the price cells go unobserved, a follower that moved less than this long after its last move
 * follows the price: one moving more often than a streaming page is read is no news.
 */
const STILL_MS = 1000 / STREAM_PER_SECOND;

export class FastLane {
  /** The batch being delivered: what roles the changed cells had. */
  #input = false;
  #follower = false;
  #price = false;
  /** An input changed since the last reading (decided at the end of its batch). */
  #due = false;
  readonly #budget: ReadPace;
  /** What each cell held when last noted: one set again as it was (a page re-rendering every cell) changed nothing. */
  readonly #held = new WeakMap<Element, string>();
  /** The follower cells of the batch being delivered, and when each last moved. */
  readonly #followers: Element[] = [];
  readonly #movedAt = new WeakMap<Element, number>();

  /**
   * The watcher left a streaming page's busy cells unobserved (page-watcher.ts), the mark among them:
   * a batch without a price no longer says the price stood still. A follower then counts as moved
   * alone only when it had been still for STILL_MS (margin added to a position, a fill).
   */
  pricesUnobserved = false;

  constructor(now = 0) {
    this.#budget = new ReadPace(undefined, undefined, now);
  }

  /**
   * A node of the batch changed; `role` is its cell's (CellRoles.of), undefined for no cell read.
   * Without `node` (an input's value), it changed for sure.
   */
  note(role: CellRole | undefined, node?: Node): void {
    if (role === undefined) return;
    if (node?.nodeType === 1 /* ELEMENT_NODE */) {
      const now = shownContent(node as Element);
      if (this.#held.get(node as Element) === now) return;
      this.#held.set(node as Element, now);
    } else if (node?.parentElement) {
      // A text changed in place: the watcher reports it only when it differs from what it was before
      // the batch (page-watcher.ts), with no need to look at its cell. What the cell held is then unknown.
      this.#held.delete(node.parentElement);
    }
    if (role === 'input') this.#input = true;
    else if (role === 'follows-price') {
      this.#follower = true;
      const cell = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
      if (cell) this.#followers.push(cell);
    } else if (role === 'price') this.#price = true;
  }

  /** The batch is over, at `now` (ms): true when it changed an input of an estimate (a reading is then due). */
  endBatch(now: number): boolean {
    let alone = this.#follower && !this.#price;
    if (alone && this.pricesUnobserved) alone = this.#followers.some((cell) => now - (this.#movedAt.get(cell) ?? -Infinity) >= STILL_MS);
    for (const cell of this.#followers) this.#movedAt.set(cell, now);
    this.#followers.length = 0;
    if (this.#input || alone) this.#due = true;
    this.#input = this.#follower = this.#price = false;
    return this.#due;
  }

  /**
   * Call when about to decide on a reading: true when one is due on this lane and its budget allows
   * it now (then taken). Either way the lane is clear afterwards: a change the budget refused is read
   * at the pace, with everything else.
   */
  take(now: number): boolean {
    const due = this.#due;
    this.#due = false;
    if (!due || this.#budget.wait(now) > 0) return false;
    this.#budget.take(now);
    return true;
  }
}
