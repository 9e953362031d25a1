// Each venue's symbol shape accepts every symbol of its bundled tables and the real symbols the
// reference documents (docs/real-pages.md, docs/pages.md), and refuses page text that is no symbol:
// the changing word of issue 17 (ETHUSDT0001), cell text with extra words, markup, long strings.
import { describe, expect, it } from 'vitest';
import { bundledTables } from '../data';
import { VENUE_IDS } from '.';
import { isVenueSymbol } from './venue-symbol';

const real: Record<string, string[]> = {
  'binance-usdm': ['BTCUSDT', 'ETHUSDT', 'ETHUSDC', '1000PEPEUSDT', 'BTCUSDT_251226'],
  'binance-coinm': ['BTCUSD_PERP', 'BTCUSD_251226', 'ETHUSD_PERP'],
  bybit: ['BTCUSDT', 'BTCUSD', 'ETHUSD', 'BTCPERP', '1000PEPEUSDT'],
  okx: ['BTC-USDT-SWAP', 'BTC-USD-SWAP', 'ETH-USDC-SWAP'],
  hyperliquid: ['BTC', 'ETH', 'kPEPE', 'kBONK', 'HYPE', 'FARTCOIN'],
  bitget: ['BTCUSDT', 'ETHUSDT', 'BTCPERP', 'BTCUSD'],
};

const junk: Record<string, string[]> = {
  'binance-usdm': ['ETHUSDT0001', 'BTCUSDT Perp', 'btcusdt', 'BTCUSDT_PERP', 'BTC-USDT-SWAP'],
  'binance-coinm': ['BTCUSD', 'BTCUSDT', 'BTCUSD_PERP0001', 'BTCUSD_25122'],
  bybit: ['ETHUSDT0001', 'ETHUSDT Perp ADL', 'BTCUSDT-26DEC25', 'BTC'],
  okx: ['BTCUSDT', 'BTC-USDT-SWAP0001', 'btc-usdt-swap', 'BTC-USDT'],
  hyperliquid: ['xyz:GOLD', 'BTC-USD', 'ETH 20x', 'Kpepe', 'kP', 'ABCDEFGHIJKLMNOPQ'],
  bitget: ['ETHUSDT0001', 'BTCUSDT_UMCBL', 'btcusdt'],
};

const everywhere = ['', ' ', 'BTCUSDT\u200b', '<img src=x>', 'A'.repeat(33), `${'9'.repeat(40)}USDT`];

describe('isVenueSymbol', () => {
  it.each(VENUE_IDS)('%s: every bundled symbol and every documented real symbol has the shape', (venue) => {
    const bundled = bundledTables[venue].flatMap((tables) => Object.keys(tables));
    expect(bundled.length).toBeGreaterThan(0);
    for (const symbol of [...bundled, ...real[venue]!]) expect(isVenueSymbol(venue, symbol), symbol).toBe(true);
  });

  it.each(VENUE_IDS)('%s: page text that is no symbol is refused', (venue) => {
    for (const text of [...junk[venue]!, ...everywhere]) expect(isVenueSymbol(venue, text), text).toBe(false);
  });

  it('refuses an unknown venue and a value that is not a string', () => {
    expect(isVenueSymbol('binance', 'BTCUSDT')).toBe(false);
    expect(isVenueSymbol('bybit', 42)).toBe(false);
    expect(isVenueSymbol('bybit', null)).toBe(false);
  });
});
