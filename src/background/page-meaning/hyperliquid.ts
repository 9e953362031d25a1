// Hyperliquid (reference liquidation-hyperliquid-and-others.md §1; exchange-pages.md §2.4). Every
// market settles in USDC and is linear. An isolated row's Margin is what the API calls marginUsed:
// the isolated margin plus unrealized PnL (§1.7: marginUsed = rawUsd + positionValue for a long), so
// the isolated margin is Margin minus PnL at mark. Cross needs the cross account value without PnL,
// which the trade page does not show as such: cross says so rather than derive it.
import type { PageMeaning } from './types';

export const hyperliquidMeaning: PageMeaning = {
  venue: 'hyperliquid',
  contractOf: () => 'linear',
  settlementAsset: (symbol) => (/^[A-Za-z0-9:]+$/.test(symbol) ? 'USDC' : null),
  isolatedMargin: 'margin-minus-pnl',
  crossWallet: { unavailable: "Hyperliquid's page shows no cross account balance without unrealized PnL" },
  says: {
    isolated: 'isolated margin = the Margin column minus unrealized PnL at mark',
    cross: 'cross needs the cross account value, which the page does not show',
  },
};
