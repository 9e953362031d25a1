// OKX perpetual swaps (reference docs/rules/bybit-okx-bitget.md §3; docs/pages.md §2.3). An
// isolated row's Margin is the position margin without unrealized PnL; a cross row's is the margin at
// mark, which says nothing about the cash behind it. OKX shows no cash balance (only equity and
// available), so the cross wallet is not derivable without guessing. Sizes default to contracts of
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
  crossWallet: { unavailable: 'worker_okxNoCashBalance' },
  says: {
    isolated: 'worker_saysIsolatedOkx',
    cross: 'worker_saysCrossOkx',
  },
};
