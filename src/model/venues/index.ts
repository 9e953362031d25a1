import { ModelInputError } from '../model-input-error';
import type { Venue } from '../types';
import { binanceCoinm } from '../../venues/binance-coinm/rulebook';
import { binanceUsdm } from '../../venues/binance-usdm/rulebook';
import { bitget } from '../../venues/bitget/rulebook';
import { bybit } from '../../venues/bybit/rulebook';
import { hyperliquid } from '../../venues/hyperliquid/rulebook';
import { okx } from '../../venues/okx/rulebook';
import type { Rulebook } from './rulebook';

const rulebooks: Partial<Record<Venue, Rulebook>> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  okx,
  bybit,
  hyperliquid,
  bitget,
};

const knownVenues: readonly Venue[] = ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget'];

/** The rulebook of a venue, or ModelInputError('venue') when it is unknown or not supported yet. */
export function rulebookFor(venue: unknown): Rulebook {
  if (typeof venue !== 'string' || !(knownVenues as readonly string[]).includes(venue)) {
    throw new ModelInputError('venue', `unknown venue "${String(venue).slice(0, 40)}"`);
  }
  const rulebook = rulebooks[venue as Venue];
  if (!rulebook) throw new ModelInputError('venue', `${venue} is not supported yet`);
  return rulebook;
}
