import { isAboveZero, ZERO } from '../../model/decimal';
import type { Rulebook } from '../../model/venues/rulebook';

// Binance USDⓈ-M futures (reference docs/rules/binance.md §1-§3, §7).
// Liquidation when margin balance = maintenance margin, both at the mark price;
// MM = notional * MMR - cum, tier chosen by the notional at the liquidation price.
export const binanceUsdm: Rulebook = {
  venue: 'binance-usdm',
  contract: 'linear',
  tierUnit: 'USDⓈ notional',

  // §7: the liquidation fee and trading fees are not in Binance's formula.
  requirementFeeRate: () => ZERO,

  // §7: Binance "tries to reduce the position without a full close". Which positions can be
  // reduced is not published; Liqcheck assumes it from tier 2 up, where a smaller position
  // falls to a lower tier (the rule Bybit and OKX publish).
  partialLiquidation: (tierIndex) => tierIndex > 0,

  // §1.2: Margin Ratio = Maintenance Margin / Margin Balance; liquidation at 100 %.
  marginRatio: (requirement, marginBalance) => (isAboveZero(marginBalance) ? requirement.div(marginBalance) : undefined),

  assumptions: (input) => [
    { key: 'model_binanceRule' },
    { key: 'model_binanceFeesOutside' },
    { key: 'model_binanceTierAtLiquidation' },
    { key: 'model_binanceTableAsGiven' },
    ...(input.marginMode === 'cross' ? [{ key: 'model_binanceCrossHeld' } as const] : []),
  ],
};
