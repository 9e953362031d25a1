// A position's value at a price in the settlement asset, and its size in the venue's tier unit:
// what the risk tools need to price margin and find the tier's max leverage (arithmetic:
// ../position-math.ts).
import type { Dm } from '../decimal';
import { tierCountOf, tierMeasure, valueAt } from '../position-math';
import type { PositionInput } from '../types';
import { rulebookFor } from '../venues';

/** The input as position-math takes it: an inverse input without a contract value is valued at 0 here. */
const counted = (input: PositionInput) => ({ ...input, contractValue: input.contractValue ?? '0' });

/** Linear: size × price (quote); inverse: size × contract value / price (coin). */
export function notionalAt(input: PositionInput, price: Dm): Dm {
  return valueAt(counted(input), price);
}

/** The amount the venue's tiers count (its rulebook says which): contracts on OKX, else the notional at the price. */
export function tierAmountAt(input: PositionInput, price: Dm): Dm {
  return tierMeasure(tierCountOf(rulebookFor(input.venue)), counted(input), price);
}
