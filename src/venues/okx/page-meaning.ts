// OKX perpetual swaps (reference docs/rules/bybit-okx-bitget.md §3; docs/pages.md §2.3). An
// isolated row's Margin is the position margin without unrealized PnL; a cross row's is the margin at
// mark, which says nothing about the cash behind it. OKX shows no cash balance, but the currency's
// equity is cash + every unrealized PnL + the isolated margins (OKX help, single-currency margin
// mode; docs/model.md), so the cross cash is derived from the equity and the rows. Sizes default to contracts of
// ctVal (market data); tiers count contracts (the rulebook says so: ./rulebook.ts tierSize).
import type { PageMeaning } from '../../model-inputs/page-meaning/types';

const INST = /^[A-Z0-9]+-(USDT|USDC|USD)-SWAP$/;

export const okxMeaning: PageMeaning = {
  venue: 'okx',
  contractOf: (symbol) => (symbol.endsWith('-USD-SWAP') ? 'inverse' : 'linear'),
  settlementAsset(symbol) {
    const m = INST.exec(symbol);
    if (!m) return null;
    return m[1] === 'USD' ? symbol.split('-')[0]! : m[1]!;
  },
  isolatedMargin: 'margin',
  crossWallet: { from: 'equity-minus-pnl-and-isolated', held: 'isolated-margin' },
  says: {
    isolated: 'worker_saysIsolatedOkx',
    cross: 'worker_saysCrossOkx',
  },
};
