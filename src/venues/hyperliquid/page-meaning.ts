// Hyperliquid (reference docs/rules/hyperliquid-and-others.md §1.5, §1.7; docs/pages.md §2.4;
// src/venues/hyperliquid/page.ts). Every market settles in USDC and is linear. An isolated row's Margin is
// what the API calls marginUsed, the isolated margin plus unrealized PnL (§1.7: marginUsed = rawUsd +
// positionValue for a long), so the isolated margin is Margin minus PnL at mark. The account's
// Balance is the perps USDC without unrealized PnL, isolated margins included [unverified, the
// adapter's reading]: the cross balance is Balance minus the isolated margins, which with the cross
// PnL is the cross account value the rule uses (§1.5).
import type { PageMeaning } from '../../model-inputs/page-meaning/types';

export const hyperliquidMeaning: PageMeaning = {
  venue: 'hyperliquid',
  contractOf: () => 'linear',
  settlementAsset: (symbol) => (/^(?:k[A-Z0-9]{2,15}|[A-Z0-9]{1,16})$/.test(symbol) ? 'USDC' : null),
  isolatedMargin: 'margin-minus-pnl',
  crossWallet: { from: 'wallet-minus-isolated', held: 'isolated-margin' },
  says: {
    isolated: 'worker_saysIsolatedMarginMinusPnl',
    cross: 'worker_saysCrossHyperliquid',
  },
};
