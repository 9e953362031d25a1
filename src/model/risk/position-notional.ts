// A position's value at a price in the settlement asset, and its size in the venue's tier unit:
// what the risk tools need to price margin and find the tier's max leverage.
import { Dm } from '../decimal';
import type { PositionInput } from '../types';

/** Linear: size × price (quote); inverse: size × contract value / price (coin). */
export function notionalAt(input: PositionInput, price: Dm): Dm {
  const size = new Dm(input.size);
  return input.contract === 'linear' ? size.mul(price) : size.mul(input.contractValue ?? '0').div(price);
}

/** The amount the venue's tiers count: contracts on OKX, else the notional at the price. */
export function tierAmountAt(input: PositionInput, price: Dm): Dm {
  if (input.venue === 'okx') {
    if (input.contract === 'inverse') return new Dm(input.size);
    return input.contractSize ? new Dm(input.size).div(input.contractSize) : new Dm(input.size);
  }
  return notionalAt(input, price);
}
