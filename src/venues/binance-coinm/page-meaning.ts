// Binance COIN-M (reference docs/rules/binance.md §4): inverse contracts of a fixed USD value (the
// market table's contractValue: 100 USD for BTCUSD_PERP, 10 for the others), settled in the coin.
// As on USDⓈ-M, an isolated row's Margin is its isolated wallet plus unrealized PnL at mark, and the
// coin's Wallet Balance includes the isolated wallets.
import type { PageMeaning } from '../../model-inputs/page-meaning/types';

const SYMBOL = /^([A-Z0-9]+)USD_(PERP|\d{6})$/;

export const binanceCoinmMeaning: PageMeaning = {
  venue: 'binance-coinm',
  contractOf: () => 'inverse',
  settlementAsset: (symbol) => SYMBOL.exec(symbol)?.[1] ?? null,
  isolatedMargin: 'margin-minus-pnl',
  crossWallet: { from: 'wallet-minus-isolated', held: 'isolated-margin' },
  says: {
    isolated: 'worker_saysIsolatedMarginMinusPnlCoin',
    cross: 'worker_saysCrossBinanceCoinm',
  },
};
