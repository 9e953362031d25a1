// Binance USDⓈ-M Futures account modes (docs/real-pages.md §10). Binance's rule is per symbol for a
// single margin asset (docs/model.md, Binance note 5): Multi-Assets Mode (cross only, collateral
// with haircuts) and Portfolio Margin (one account-level margin) have no published per-symbol formula.
// The names are Binance's own (support FAQ "What Is Multi-Assets Mode…", 2021-04-19; Portfolio Margin
// and Portfolio Margin Pro, Binance's product names); where the trade page shows them is [unverified].
import type { AccountModes, AccountModeTexts } from '../account-mode';

export const binanceAccountModeTexts: AccountModeTexts = {
  'Single-Asset Mode': ['Single-Asset Mode'],
  'Multi-Assets Mode': ['Multi-Assets Mode'],
  'Portfolio Margin': ['Portfolio Margin'],
  'Portfolio Margin Pro': ['Portfolio Margin Pro'],
};

export const binanceAccountModes: AccountModes = {
  texts: binanceAccountModeTexts,
  assumed: 'Single-Asset Mode',
  // Multi-Assets Mode runs only with cross margin; Portfolio Margin margins the whole account as one.
  notModelled: { 'Multi-Assets Mode': 'cross', 'Portfolio Margin': 'all', 'Portfolio Margin Pro': 'all' },
};
