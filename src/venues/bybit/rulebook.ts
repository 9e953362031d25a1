import { isAboveZero, Dm, ZERO } from '../../model/decimal';
import { ModelInputError } from '../../model/model-input-error';
import { parseDecimal, parseOptionalDecimal } from '../../model/parse-decimal';
import { valueAt } from '../../model/position-math';
import type { Dec, PositionInput } from '../../model/types';
import { t } from '../../i18n/t';
import type { Rulebook, Said } from '../../model/venues/rulebook';

// Bybit perpetuals, linear (USDT/USDC) and inverse, isolated and cross in the unified account with
// one collateral coin (reference docs/rules/bybit-okx-bitget.md §2). The rule since 2 Sep 2025 [B4]:
// liquidation when the margin balance falls to the maintenance margin, MM = value at MARK x MMR -
// deduction + the fee to close; the fee to close (taker rate x the value at the bankruptcy price,
// priced at entry) sits in the initial margin too, so in isolated it cancels out of the price.

// §2.2 [B12]: a real positionIM/positionMM matches the non-VIP taker rate to 8 d.p.
const BASE_TAKER_RATE = new Dm('0.00055');

const percent = (rate: Dm) => rate.times(100).toString();

function feeRateOf(input: PositionInput): Dm {
  return parseOptionalDecimal('takerFeeRate', input.takerFeeRate, 'non-negative') ?? BASE_TAKER_RATE;
}

export const bybit: Rulebook = {
  venue: 'bybit',
  contract: 'both',
  tierUnit: 'position value (quote for linear, coin for inverse)',

  // §2.2: no fee rate beside the MMR; the fee to close is an amount at the bankruptcy value (below).
  requirementFeeRate: () => ZERO,

  // §2.2 [B5, B12]: fee to close = taker rate x bankruptcy value, in both IM and MM.
  closeFeeRate: (_input, takerFeeRate) => takerFeeRate ?? BASE_TAKER_RATE,

  // §2.7 [B10]: the lowest tier is closed in full; from tier 2 up Bybit first tries a lower tier and
  // sends a Fill-or-Kill order for the value above it.
  partialLiquidation: (tierIndex) => tierIndex > 0,

  // §2.1 [B11]: MM rate = maintenance margin / margin balance; liquidation at 100 %.
  marginRatio: (requirement, marginBalance) => (isAboveZero(marginBalance) ? requirement.div(marginBalance) : undefined),

  assumptions: (input) => {
    const given = input.takerFeeRate !== undefined;
    const rate = feeRateOf(input);
    const inverse = input.contract === 'inverse';
    const cross: Said[] = [{ key: 'model_bybitCross' }, { key: 'model_bybitCrossCloseFee' }, ...(input.positionMode === 'hedge' ? [{ key: 'model_bybitHedge' } as const] : [])];
    return [
      { key: 'model_bybitRule' },
      { key: given ? 'model_bybitCloseFeeGiven' : 'model_bybitCloseFeeBase', subs: [percent(rate)] },
      { key: inverse ? 'model_bybitTierInCoin' : 'model_bybitTierInQuote' },
      ...(input.marginMode === 'isolated' ? [{ key: 'model_bybitIsolated' } as const] : cross),
    ];
  },
};

/**
 * The model's isolatedMargin from the position margin Bybit books (IM + added margin + fee to close,
 * the fee on the value at the bankruptcy price that margin sets): margin M solves
 * booked = M + f x bankruptcy value(M), so M = (booked - f·Q·EP)/(1 - s·f) linear and
 * (booked - f·F/EP)/(1 + s·f) inverse. This is why added margin E counts as E/(1 ± f) in Bybit's
 * inverse formula (§2.4 [B3-new]). Throws ModelInputError naming the field.
 */
export function bybitMarginWithoutCloseFee(position: {
  contract: 'linear' | 'inverse';
  side: 'long' | 'short';
  size: Dec;
  entryPrice: Dec;
  contractValue?: Dec;
  bookedMargin: Dec;
  takerFeeRate?: Dec;
}): Dec {
  const booked = parseDecimal('bookedMargin', position.bookedMargin, 'non-negative');
  const size = parseDecimal('size', position.size, 'positive');
  const entry = parseDecimal('entryPrice', position.entryPrice, 'positive');
  const rate = parseOptionalDecimal('takerFeeRate', position.takerFeeRate, 'non-negative') ?? BASE_TAKER_RATE;
  if (rate.gte(1)) throw new ModelInputError('takerFeeRate', t('model_errBelowOne'));
  const sign = position.side === 'long' ? 1 : position.side === 'short' ? -1 : undefined;
  if (sign === undefined) throw new ModelInputError('side', t('model_errOneOf', 'long, short'));
  let margin: Dm;
  if (position.contract === 'linear') {
    const value = valueAt({ contract: 'linear', size }, entry);
    // A long margined at its full value or more has no bankruptcy price, so no fee to close.
    if (sign === 1 && booked.gte(value)) return booked.toString();
    margin = booked.minus(rate.times(value)).div(new Dm(1).minus(rate.times(sign)));
  } else if (position.contract === 'inverse') {
    const value = valueAt({ contract: 'inverse', size, contractValue: parseDecimal('contractValue', position.contractValue, 'positive') }, entry);
    // Likewise an inverse short margined at its full coin value (bankruptcy at an infinite price).
    if (sign === -1 && booked.gte(value)) return booked.toString();
    margin = booked.minus(rate.times(value)).div(new Dm(1).plus(rate.times(sign)));
  } else {
    throw new ModelInputError('contract', t('model_errOneOf', 'linear, inverse'));
  }
  if (margin.lt(0)) throw new ModelInputError('bookedMargin', t('model_errBelowCloseFee'));
  return margin.toString();
}
