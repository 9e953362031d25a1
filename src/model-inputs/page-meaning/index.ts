// Every venue's page meaning, by venue.
import type { Venue } from '../../model/types';
import { binanceCoinmMeaning } from '../../venues/binance-coinm/page-meaning';
import { binanceUsdmMeaning } from '../../venues/binance-usdm/page-meaning';
import { bitgetMeaning } from '../../venues/bitget/page-meaning';
import { bybitMeaning } from '../../venues/bybit/page-meaning';
import { hyperliquidMeaning } from '../../venues/hyperliquid/page-meaning';
import { okxMeaning } from '../../venues/okx/page-meaning';
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
