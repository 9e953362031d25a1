// Bitget USDT-M (reference liquidation-bybit-okx-bitget.md §4; exchange-pages.md §2.5, low confidence).
// An isolated row's Margin is the position margin without unrealized PnL (§4.1: margin rate =
// (position margin + UPL) / value). Cross equity excludes isolated margin (§4.1); the page's
// account figures are not known to give the cross wallet without PnL, so cross says so.
import type { PageMeaning } from './types';
import { suffixAsset } from './symbol-assets';

export const bitgetMeaning: PageMeaning = {
  venue: 'bitget',
  contractOf: (symbol) => (suffixAsset(symbol, ['USDT', 'USDC', 'USD']) === 'USD' ? 'inverse' : 'linear'),
  settlementAsset: (symbol) => {
    const quote = suffixAsset(symbol, ['USDT', 'USDC', 'USD']);
    return quote === 'USD' ? symbol.slice(0, -3) : quote;
  },
  isolatedMargin: 'margin',
  crossWallet: { unavailable: "Bitget's page shows no cross wallet balance without unrealized PnL" },
  says: {
    isolated: 'isolated margin = the Margin column (position margin without unrealized PnL)',
    cross: 'cross needs the cross wallet balance, which the page does not show',
  },
};
