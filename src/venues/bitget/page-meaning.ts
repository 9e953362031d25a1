// Bitget USDT-M (reference docs/rules/bybit-okx-bitget.md §4; docs/pages.md §2.5, low confidence;
// src/venues/bitget/page.ts, every hook unverified). An isolated row's Margin is the margin the position
// holds without PnL (the API's marginSize; §4.1: margin rate = (position margin + UPL) / value).
// Cross equity excludes isolated margin and PnL (§4.1): the cross wallet is the account's Balance
// minus the isolated margins [assumption: Balance includes them, as a futures wallet balance does].
import type { PageMeaning } from '../../model-inputs/page-meaning/types';
import { suffixAsset } from '../../model-inputs/page-meaning/symbol-assets';

export const bitgetMeaning: PageMeaning = {
  venue: 'bitget',
  contractOf: () => 'linear',
  settlementAsset: (symbol) => suffixAsset(symbol, ['USDT', 'USDC']),
  isolatedMargin: 'margin',
  crossWallet: { from: 'wallet-minus-isolated', held: 'isolated-margin' },
  says: {
    isolated: 'worker_saysIsolatedBitget',
    cross: 'worker_saysCrossBitget',
  },
};
