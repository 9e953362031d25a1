import { Dm } from '../../model/decimal';
import { parseDecimal } from '../../model/parse-decimal';
import { contractCount } from '../../model/position-math';
import type { PositionInput } from '../../model/types';
import type { Rulebook, TierSizeLeg } from '../../model/venues/rulebook';

// OKX perpetual swaps, linear (USDT/USDC-margined) and inverse (coin-margined)
// (reference docs/rules/bybit-okx-bitget.md §3). Margin ratio = equity / (MM + liquidation fee),
// liquidation at 100 % on the mark price; liquidation fee = position value * taker rate, so the fee
// is a rate beside the tier's MMR. Tiers count contracts and the one tier the position falls in
// applies to the whole position: no deduction, and the tier does not move with the price.

// §3.3: the regular (non-VIP) taker rate, the one the [O5] API example implies.
const REGULAR_TAKER_RATE = new Dm('0.0005');

/** Another position held with one rate (a flat maintenanceMarginRate or a one-tier table): its count decides nothing. */
function heldWithOneRate(input: PositionInput, leg: TierSizeLeg): boolean {
  const match = /^otherPositions\[(\d+)\]$/.exec(leg.field);
  const other = match && Array.isArray(input.otherPositions) ? input.otherPositions[Number(match[1])] : undefined;
  return other !== undefined && !(Array.isArray(other.tiers) && other.tiers.length > 1);
}

/** Contracts of one leg (position-math.ts): inverse sizes already are contracts; linear sizes are base quantity / ctVal. */
function contractsOf(input: PositionInput, leg: TierSizeLeg): Dm {
  if (input.contract === 'inverse') return contractCount({ contract: 'inverse', size: leg.size });
  if (leg.contractSize === undefined && heldWithOneRate(input, leg)) return new Dm(0);
  const field = leg.field === '' ? 'contractSize' : `${leg.field}.contractSize`;
  return contractCount({ contract: 'linear', size: leg.size, contractSize: parseDecimal(field, leg.contractSize, 'positive') });
}

/** The hedge leg on the same symbol, in cross (long/short mode): its tier counts both legs (§3.3). */
function sameSymbolLegs(input: PositionInput): TierSizeLeg[] {
  const others = Array.isArray(input.otherPositions) ? input.otherPositions : [];
  const legs: TierSizeLeg[] = [{ field: '', symbol: input.symbol, side: input.side, size: parseDecimal('size', input.size, 'positive'), contractSize: input.contractSize }];
  others.forEach((other, i) => {
    if (typeof other !== 'object' || other === null || other.symbol !== input.symbol) return;
    const field = `otherPositions[${i}]`;
    const size = parseDecimal(`${field}.size`, other.size, 'positive');
    legs.push({ field, symbol: other.symbol, side: other.side, size, contractSize: other.contractSize ?? input.contractSize });
  });
  return legs;
}

const percent = (rate: Dm) => rate.times(100).toString();

export const okx: Rulebook = {
  venue: 'okx',
  contract: 'both',
  tierUnit: 'contracts',

  // §3.1: "liquidation fee = position value x taker fee", added to MM in the margin ratio's denominator.
  requirementFeeRate: (_input, takerFeeRate) => takerFeeRate ?? REGULAR_TAKER_RATE,

  // §3.4 [O6b]: from tier 3 up, the first liquidation brings the position down two tiers; tiers 1-2 close in full.
  partialLiquidation: (tierIndex) => tierIndex >= 2,
  // §3.4 [O6b]: the first step closes the contracts above tier k-2 (the position drops two tiers).
  // In cross long/short mode the tier counts both legs: which leg gives them is not said.
  partialFirstStep(tierIndex, tiers, at) {
    if (at.input.marginMode === 'cross' && at.input.positionMode === 'hedge') return undefined;
    // The most tier k-2 holds: its cap, else where tier k-1 begins.
    const keep = tiers[tierIndex - 2]?.cap ?? tiers[tierIndex - 1]?.lower;
    return keep && at.tierMeasure.gt(keep) ? at.tierMeasure.minus(keep).div(at.tierMeasure) : undefined;
  },

  // §3.1: margin ratio = equity / (MM + liquidation fee); liquidation at 100 %.
  marginRatio: (requirement, marginBalance) => (requirement.gt(0) ? marginBalance.div(requirement) : undefined),

  // §3.3: the tier follows the contract count, never the price. Cross long/short mode counts both legs.
  tierSize(input, leg) {
    if (input.marginMode === 'cross' && input.positionMode === 'hedge' && leg.symbol === input.symbol) {
      return sameSymbolLegs(input).reduce((sum, l) => sum.plus(contractsOf(input, l)), new Dm(0));
    }
    return contractsOf(input, leg);
  },

  // §3.2: position-tiers has no deduction field; the tier's MMR applies to the whole position.
  tierDeduction: 'none',

  // §3.1 [O5]: the positions API reports mmr (maintenance margin) without the liquidation fee.
  maintenanceMarginWithoutFee: true,

  // docs/model.md "The venues' own rounding": on real isolated positions OKX reports liqPx one price
  // tick toward the mark from this rule's value (10 of 11 recorded positions). Cross is unverified.
  ticksTowardMark: (input) => (input.marginMode === 'isolated' ? 1 : 0),

  assumptions: (input) => {
    const given = input.takerFeeRate !== undefined;
    const rate = given ? parseDecimal('takerFeeRate', input.takerFeeRate, 'non-negative') : REGULAR_TAKER_RATE;
    return [
      { key: 'model_okxRule' },
      { key: given ? 'model_okxFeeGiven' : 'model_okxFeeRegular', subs: [percent(rate)] },
      { key: 'model_okxTierByContracts' },
      { key: 'model_okxNoFormula' },
      ...(input.marginMode === 'cross' ? [{ key: 'model_okxCross' } as const] : []),
      ...(input.marginMode === 'cross' && input.positionMode === 'hedge' ? [{ key: 'model_okxHedge' } as const] : []),
    ];
  },
};
