import { t } from '../../i18n/t';
import { ModelInputError } from '../model-input-error';
import { isVenue } from '../../venues';
import type { Venue } from '../types';
import { binanceCoinm } from '../../venues/binance-coinm/rulebook';
import { binanceUsdm } from '../../venues/binance-usdm/rulebook';
import { bitget } from '../../venues/bitget/rulebook';
import { bybit } from '../../venues/bybit/rulebook';
import { hyperliquid } from '../../venues/hyperliquid/rulebook';
import { okx } from '../../venues/okx/rulebook';
import type { Rulebook } from './rulebook';

// Typed by the registry's Venue: a venue without a rulebook fails the type check.
const rulebooks: Record<Venue, Rulebook> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  okx,
  bybit,
  hyperliquid,
  bitget,
};

/** The rulebook of a venue, or ModelInputError('venue') when it is unknown or not supported yet. */
export function rulebookFor(venue: unknown): Rulebook {
  if (!isVenue(venue)) throw new ModelInputError('venue', t('model_errUnknownVenue', String(venue).slice(0, 40)));
  return rulebooks[venue];
}
