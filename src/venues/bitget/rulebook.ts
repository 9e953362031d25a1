import { isAboveZero, Dm } from '../../model/decimal';
import { ModelInputError } from '../../model/model-input-error';
import { parseDecimal } from '../../model/parse-decimal';
import { t } from '../../i18n/t';
import type { Rulebook } from '../../model/venues/rulebook';

// Bitget USDT-M / USDC-M perpetuals, classic account (reference docs/rules/bybit-okx-bitget.md
// §0-1, §4). Liquidation when margin + PnL at the mark price falls to MM = PV x (MMR + taker) - D:
// the taker fee sits inside the requirement (§4.1, [G4]) and, since 2025-11-10, MM is charged per
// slice of the position value, which is a deduction D (§4.3); the tier is the one of the value at
// the mark (the liquidation price). Isolated closed form [G1]: LP = (M + D - Q·EP·s) / (Q·(MMR + f - s)).

// §4.5: 0.06 % standard taker rate, the one the [G6] API example and the [G4] notice use.
const STANDARD_TAKER_RATE = new Dm('0.0006');

const percent = (rate: Dm) => rate.times(100).toString();

export const bitget: Rulebook = {
  venue: 'bitget',
  // §9.8: the coin-M formula (CoinMainIndexPrice term) was not captured; only USDT-M is verified.
  contract: 'linear',
  tierUnit: 'USDT notional',

  requirementFeeRate: (_input, takerFeeRate) => takerFeeRate ?? STANDARD_TAKER_RATE,

  // §4.4 [G5]: partial liquidation, two tiers at a time, excludes isolated margin; tier 1 is closed
  // in full [G5b]. Assumption: a cross position from tier 2 up may be reduced first.
  partialLiquidation: (tierIndex, _tiers, at) => at.input.marginMode === 'cross' && tierIndex >= 1,

  // §4.1 [G5]: maintenance margin ratio = MM / equity; liquidation at 100 %.
  marginRatio: (requirement, marginBalance) => (isAboveZero(marginBalance) ? requirement.div(marginBalance) : undefined),

  // §4.1 [G5]: in hedge mode, cross, Bitget bases MM on the larger leg; the shared sum of both legs would be wrong.
  checkInput(input) {
    if (input.marginMode !== 'cross' || input.positionMode !== 'hedge' || !Array.isArray(input.otherPositions)) return;
    const i = input.otherPositions.findIndex((o) => typeof o === 'object' && o !== null && o.symbol === input.symbol);
    if (i >= 0) {
      throw new ModelInputError(`otherPositions[${i}]`, t('model_errBitgetHedge'));
    }
  },

  assumptions: (input) => {
    const given = input.takerFeeRate !== undefined;
    const rate = given ? parseDecimal('takerFeeRate', input.takerFeeRate, 'non-negative') : STANDARD_TAKER_RATE;
    return [
      { key: 'model_bitgetRule' },
      { key: given ? 'model_bitgetFeeGiven' : 'model_bitgetFeeStandard', subs: [percent(rate)] },
      { key: 'model_bitgetSlices' },
      { key: 'model_bitgetTableAsGiven' },
      { key: input.marginMode === 'cross' ? 'model_bitgetCross' : 'model_bitgetIsolatedInFull' },
    ];
  },
};
