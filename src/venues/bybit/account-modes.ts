// Bybit Unified Trading Account margin modes (docs/real-pages.md §10): "Isolated Margin", "Cross Margin"
// (the default) and "Portfolio Margin", account-wide (Bybit help centre, "Differences Between the
// Margin Modes Under the Unified Trading Account", 2025-05-12). Portfolio Margin computes the margin
// from the whole portfolio's risk: no per-position rule, so every estimate depends on it. Cross Margin
// is modelled with one collateral coin (docs/model.md, Bybit note 5). Where the trade page shows the
// name is [unverified].
import type { AccountModes, AccountModeTexts } from '../account-mode';

export const bybitAccountModeTexts: AccountModeTexts = {
  'Cross Margin': ['Cross Margin'],
  'Isolated Margin': ['Isolated Margin'],
  'Portfolio Margin': ['Portfolio Margin'],
};

export const bybitAccountModes: AccountModes = { texts: bybitAccountModeTexts, assumed: 'Cross Margin', notModelled: { 'Portfolio Margin': 'all' } };
