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
    { key: 'model_coinmInCoin' },
    ...(input.marginMode === 'cross' ? [{ key: 'model_coinmSameCoin' } as const] : []),
  ],
};
