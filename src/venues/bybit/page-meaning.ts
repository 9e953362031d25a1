// Bybit, Unified Trading Account (reference docs/rules/bybit-okx-bitget.md §2; docs/pages.md §2.2).
// The page shows no Margin column and no margin ratio. The IM column is the position margin plus the
// fee to close (Q·EP·(1 − s/L)·taker), so the isolated margin is IM minus that fee. Linear sizes are in
// the coin; inverse sizes are USD contracts, each worth 1 USD. The Wallet Balance is the coin's whole
// balance, isolated margins included [assumption: the reference does not say how UTA books isolated
// margin; an isolated position holds its IM out of it].
import type { PageMeaning } from '../../model-inputs/page-meaning/types';
import { suffixAsset } from '../../model-inputs/page-meaning/symbol-assets';

/** BTCUSD is inverse and settles in BTC; BTCUSDT in USDT; BTCPERP (USDC perpetual) in USDC. */
function settlementAsset(symbol: string): string | null {
  if (symbol.endsWith('PERP')) return symbol.length > 4 ? 'USDC' : null;
  const quote = suffixAsset(symbol, ['USDT', 'USDC', 'USD']);
  if (quote === 'USD') return symbol.slice(0, -3);
  return quote;
}

export const bybitMeaning: PageMeaning = {
  venue: 'bybit',
  contractOf: (symbol) => (/[A-Z0-9]USD$/.test(symbol) ? 'inverse' : 'linear'),
  settlementAsset,
  isolatedMargin: 'initial-margin-minus-close-fee',
  crossWallet: { from: 'wallet-minus-isolated', held: 'initial-margin' },
  inverseContractValue: '1',
  crossNeedsLeverage: true,
  says: {
    isolated: 'worker_saysIsolatedBybit',
    cross: 'worker_saysCrossBybit',
  },
};
