// What each cell the reader read is to an estimate, filled as it reads: so that the content script
// can tell, from a changed node alone and with a few map lookups, whether a change may move an
// estimate (and deserves to be read at once) or only moves the price (and keeps the pace).

/**
 * - input: an input of an estimate that never follows the price (a size, an entry, a leverage, a
 *   margin mode, a side, an order form's control);
 * - follows-price: an input that may also move with every tick of the price (an isolated margin
 *   shown with its PnL, a cross position's liquidation figure, a balance shown with PnL);
 * - price: a mark price, whose change explains a follows-price cell moving in the same commit.
 */
export type CellRole = 'input' | 'follows-price' | 'price';

// A changed node is the cell, or a text or an element inside it (a figure wrapped in a span or two).
const MAX_DEPTH = 4;

export class CellRoles {
  private readonly roles = new WeakMap<Node, CellRole>();
  /** What of() found for a node (null: no role), asked for again on every re-render of a busy page. */
  private found = new WeakMap<Node, CellRole | null>();

  set(cell: Element, role: CellRole): void {
    if (this.roles.get(cell) === role) return;
    this.roles.set(cell, role);
    this.found = new WeakMap();
  }

  /** The role of the cell holding `node` (it, or one of its nearest ancestors), or undefined. */
  of(node: Node): CellRole | undefined {
    const known = this.found.get(node);
    if (known !== undefined) return known ?? undefined;
    let role: CellRole | null = null;
    let at: Node | null = node;
    for (let depth = 0; at && !role && depth <= MAX_DEPTH; depth++, at = at.parentNode) role = this.roles.get(at) ?? null;
    // A node moved elsewhere comes with an element added, which starts a full read and new roles.
    this.found.set(node, role);
    return role ?? undefined;
  }
}
