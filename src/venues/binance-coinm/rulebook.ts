import { binanceUsdm } from '../binance-usdm/rulebook';
import type { Rulebook } from '../../model/venues/rulebook';

// Binance COIN-M futures (reference docs/rules/binance.md §4): the USDⓈ-M rule in coin.
// Size in contracts, contractValue = USD face value (BTCUSD 100, others 10); wallet, MM and cum in
// the coin; tier chosen by the coin notional N*CM/LP at the liquidation price.
export const binanceCoinm: Rulebook = {
  ...binanceUsdm,
  venue: 'binance-coinm',
  contract: 'inverse',
  tierUnit: 'coin notional',
  assumptions: (input) => [
    ...binanceUsdm.assumptions(input),
    'COIN-M: wallet, maintenance margin and tiers are in the coin; the tier follows the coin notional at the liquidation price.',
    ...(input.marginMode === 'cross' ? ['Only positions margined in the same coin share the cross wallet.'] : []),
  ],
};
