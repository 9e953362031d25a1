// The asset margins and values are counted in, from the venue's symbol: the quote asset of a linear
// contract, the coin of an inverse one. Hyperliquid settles in USDC.
import type { Venue } from '../model/types';

export function settlementAsset(venue: Venue, symbol: string, contract: 'linear' | 'inverse'): string {
  if (venue === 'hyperliquid') return 'USDC';
  const okx = /^([A-Z0-9]+)-([A-Z]+)-SWAP$/.exec(symbol);
  if (okx) return contract === 'inverse' ? okx[1]! : okx[2]!;
  const base = symbol.replace(/_PERP$|_\d+$/, '');
  const quote = /(USDT|USDC|PERP|USD)$/.exec(base)?.[1];
  if (contract === 'inverse') return quote ? base.slice(0, -quote.length) : '';
  return quote === 'PERP' ? 'USDC' : (quote ?? '');
}
