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

  set(cell: Element, role: CellRole): void {
    this.roles.set(cell, role);
  }

  /** The role of the cell holding `node` (it, or one of its nearest ancestors), or undefined. */
  of(node: Node): CellRole | undefined {
    let at: Node | null = node;
    for (let depth = 0; at && depth <= MAX_DEPTH; depth++, at = at.parentNode) {
      const role = this.roles.get(at);
      if (role) return role;
    }
    return undefined;
  }
}
