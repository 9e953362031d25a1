// Every venue's page meaning, by venue.
import type { Venue } from '../../model/types';
import { binanceCoinmMeaning } from './binance-coinm';
import { binanceUsdmMeaning } from './binance-usdm';
import { bitgetMeaning } from './bitget';
import { bybitMeaning } from './bybit';
import { hyperliquidMeaning } from './hyperliquid';
import { okxMeaning } from './okx';
import type { PageMeaning } from './types';

export type { CrossWalletSource, IsolatedMarginSource, PageMeaning } from './types';

export const pageMeanings: Record<Venue, PageMeaning> = {
  'binance-usdm': binanceUsdmMeaning,
  'binance-coinm': binanceCoinmMeaning,
  bybit: bybitMeaning,
  okx: okxMeaning,
  hyperliquid: hyperliquidMeaning,
  bitget: bitgetMeaning,
};

export function meaningOf(venue: Venue): PageMeaning {
  return pageMeanings[venue];
}
