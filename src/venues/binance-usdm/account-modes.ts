// Binance USDⓈ-M Futures account modes (docs/real-pages.md §6). Binance's rule is per symbol for a
// single margin asset (docs/model.md, Binance note 5): Multi-Assets Mode (cross only, collateral
// with haircuts) and Portfolio Margin (one account-level margin) have no published per-symbol formula.
// The names are Binance's own (support FAQ "What Is Multi-Assets Mode…", 2021-04-19); where the trade
// page shows them is [unverified].
import type { AccountMode } from '../account-mode';

export const binanceAccountModes: readonly AccountMode[] = [
  { name: 'Single-Asset Mode', texts: { en: ['Single-Asset Mode'] } },
  // Multi-Assets Mode runs only with cross margin: the cross positions' estimates depend on it.
  { name: 'Multi-Assets Mode', texts: { en: ['Multi-Assets Mode'] }, notModelled: 'cross' },
  // Portfolio Margin margins the whole account as one: every estimate depends on it.
  { name: 'Portfolio Margin Pro', texts: { en: ['Portfolio Margin Pro'] }, notModelled: 'all' },
  { name: 'Portfolio Margin', texts: { en: ['Portfolio Margin'] }, notModelled: 'all' },
];
