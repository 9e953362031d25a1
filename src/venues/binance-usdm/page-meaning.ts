// Binance USDⓈ-M (reference docs/rules/binance.md §2): the Margin column of an isolated position is
// its isolated wallet plus unrealized PnL at mark; the Wallet Balance includes the isolated wallets.
import type { PageMeaning } from '../../model-inputs/page-meaning/types';
import { suffixAsset } from '../../model-inputs/page-meaning/symbol-assets';

export const binanceUsdmMeaning: PageMeaning = {
  venue: 'binance-usdm',
  contractOf: () => 'linear',
  settlementAsset: (symbol) => suffixAsset(symbol, ['FDUSD', 'USDT', 'USDC', 'BUSD']),
  isolatedMargin: 'margin-minus-pnl',
  crossWallet: { from: 'wallet-minus-isolated', held: 'isolated-margin' },
  says: {
    isolated: 'worker_saysIsolatedMarginMinusPnl',
    cross: 'worker_saysCrossBinance',
  },
};
