import { Dm, ZERO } from './decimal';
import { valueAt } from './position-math';

// A fee to close at the bankruptcy value (Bybit, reference docs/rules/bybit-okx-bitget.md §2.2):
// the taker rate on what the position is worth at the price where its margin is used up.

/**
 * Value of a position at its bankruptcy price when its margin is its entry value / leverage, in the
 * settlement asset: linear Q·EP·(1 − s/L), inverse (F/EP)·(1 + s/L). Never below 0 (a 1x linear long).
 */
export function bankruptcyValueAtLeverage(
  contract: 'linear' | 'inverse',
  sign: 1 | -1,
  size: Dm,
  entryPrice: Dm,
  leverage: Dm,
  contractValue?: Dm,
): Dm {
  const share = new Dm(1).div(leverage).times(sign);
  // The value at entry (Q·EP or F/EP, position-math.ts), scaled to the bankruptcy price.
  const value = valueAt({ contract, size, contractValue }, entryPrice).times(contract === 'linear' ? new Dm(1).minus(share) : new Dm(1).plus(share));
  return Dm.max(value, ZERO);
}
