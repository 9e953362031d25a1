import { Dm, ZERO } from '../../model/decimal';
import { ModelInputError } from '../../model/model-input-error';
import { t } from '../../i18n/t';
import type { Rulebook } from '../../model/venues/rulebook';

// Hyperliquid perpetuals, USDC-settled (reference docs/rules/hyperliquid-and-others.md §1, §7, §8).
// Liquidation when equity (isolated: the position's margin + PnL; cross: the cross account value)
// falls to the maintenance margin, both at the mark price. MM = notional x r - D, where r = 1/(2 x
// the tier's max leverage) and D makes MM continuous (§1.3); the tier is the one of the notional at
// the liquidation price (§1.4). No liquidation price when the solution is not positive (API null).

// §1.8: "positions > 100k USDC are liquidated 20 % at a time" (mainnet; 10k on testnet).
const PARTIAL_ABOVE = new Dm('100000');
const FIRST_STEP = new Dm('0.2');

export const hyperliquid: Rulebook = {
  venue: 'hyperliquid',
  contract: 'linear',
  tierUnit: 'USDC notional',

  // §7: no fee in the maintenance requirement; the opening fee comes out of the isolated margin (§1.8).
  requirementFeeRate: () => ZERO,

  // §1.8: by the position value, not the tier. Assumption: the value at the liquidation price.
  partialLiquidation: (_tierIndex, _tiers, at) => at.tierMeasure.gt(PARTIAL_ABOVE),
  // §1.8: such a position is liquidated 20 % at a time.
  partialFirstStep: () => FIRST_STEP,

  // The reference gives no Hyperliquid margin-ratio definition (the API has none): none is shown.
  marginRatio: () => undefined,

  // §1.2-1.3: maintenance margin is half the initial margin at the tier's max leverage.
  maintenanceRateFromMaxLeverage: true,

  // Hyperliquid holds one position per asset (architecture: one-way always).
  checkInput(input) {
    if (input.positionMode === 'hedge') throw new ModelInputError('positionMode', t('model_errHyperliquidHedge'));
  },

  assumptions: (input) => [
    { key: 'model_hyperliquidRule' },
    { key: 'model_hyperliquidRate' },
    { key: 'model_hyperliquidTableAsGiven' },
    ...(input.marginMode === 'isolated'
      ? [{ key: 'model_hyperliquidIsolated' } as const]
      : [{ key: 'model_hyperliquidCross' } as const, { key: 'model_hyperliquidFundingShifts' } as const]),
    { key: 'model_hyperliquidNoPortfolio' },
    { key: 'model_hyperliquidPartial' },
  ],
};
