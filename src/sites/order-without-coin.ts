// A trading page whose URL names no coin (Hyperliquid's bare /trade): the form's figures belong to a
// coin nobody can name for sure, so the order is refused field by field, never priced as some coin.
import { t } from '../i18n/t';
import type { OrderIntent } from '../protocol/snapshot';
import { fail } from './read-context';

export function orderWithoutCoin(): OrderIntent {
  const why = t('page_urlNamesNoCoin');
  return {
    symbol: '',
    orderType: fail(why),
    price: fail(why),
    size: fail(why),
    leverage: fail(why),
    marginMode: fail(why),
    positionMode: fail(why),
    displayedLiquidation: { long: fail(why), short: fail(why) },
  };
}
