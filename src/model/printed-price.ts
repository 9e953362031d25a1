import type { Dm } from './decimal';

// A venue's printed liquidation price, where real positions show it a fixed number of price ticks
// from the venue's own rule's value (docs/model.md, "The venues' own rounding"). Toward the mark
// means up for a long (its price is below the mark) and down for a short.

/** The rule's price moved `ticks` ticks toward the mark; undefined when that leaves no positive price. */
export function printedLiquidationPrice(rulePrice: Dm, side: 'long' | 'short', ticks: number, tick: Dm): Dm | undefined {
  const step = tick.times(ticks);
  const printed = side === 'long' ? rulePrice.plus(step) : rulePrice.minus(step);
  return printed.gt(0) ? printed : undefined;
}
