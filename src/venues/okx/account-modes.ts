// OKX account modes (docs/real-pages.md §10): "Spot mode", "Spot and futures mode" (single-currency
// margin), "Multi-currency margin mode", "Portfolio margin mode" (OKX API v5 docs' names, 2025; OKX
// Learn "Differences in trading account modes": the modes differ only in cross margin, isolated is the
// same in all). Only single-currency cross is in the model (docs/model.md, OKX note 6), so the other
// two leave cross positions unverified. "Single-currency margin mode" is the name of 2021 (OKEx
// "Introduction on Unified Account"). Where the trade page shows the name is [unverified].
import type { AccountModes, AccountModeTexts } from '../account-mode';

export const okxAccountModeTexts: AccountModeTexts = {
  'Spot and futures mode': ['Spot and futures mode', 'Single-currency margin mode'],
  'Multi-currency margin': ['Multi-currency margin mode'],
  'Portfolio Margin': ['Portfolio margin mode'],
};

export const okxAccountModes: AccountModes = {
  texts: okxAccountModeTexts,
  assumed: 'Spot and futures mode',
  notModelled: { 'Multi-currency margin': 'cross', 'Portfolio Margin': 'cross' },
};
