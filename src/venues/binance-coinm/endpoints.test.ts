// Binance COIN-M: the public delivery brackets feed (same shape as USDⓈ-M's, bounds in coin) with the
// contract value from dapi exchangeInfo, through the checks every fetched table takes.
import { describe, expect, it } from 'vitest';
import { tableFromAnswers } from '../../market-data/fetch-tier-tables';
import { bapiBrackets } from '../../market-data/testing/venue-answers';
import { binanceCoinmEndpoints as coinm } from './endpoints';
import { exchangeInfoFacts } from '../binance-usdm/endpoints';
import { binanceCoinmTiers } from './tiers';

// The reference table (docs/rules/binance.md §6.5) as the feed sends it.
const feed = bapiBrackets({ BTCUSD_PERP: binanceCoinmTiers.BTCUSD_PERP!.tiers, ETHUSD_PERP: binanceCoinmTiers.BTCUSD_PERP!.tiers });
// dapi exchangeInfo: BTCUSD_PERP is 100 USD a contract, the others 10 (reference §4).
const info = { symbols: [{ symbol: 'BTCUSD_PERP', contractSize: 100 }, { symbol: 'ETHUSD_PERP', contractSize: 10 }] };

describe('Binance COIN-M delivery brackets', () => {
  it('asks the delivery feed and exchangeInfo, the same two requests for every symbol', () => {
    expect(coinm.tierRequests('BTCUSD_PERP').map((r) => r.url)).toEqual([
      'https://www.binance.com/bapi/futures/v1/friendly/delivery/common/brackets',
      'https://dapi.binance.com/dapi/v1/exchangeInfo',
    ]);
    expect(coinm.tierRequests('ETHUSD_PERP')).toEqual(coinm.tierRequests('BTCUSD_PERP'));
  });

  it('gives BTCUSD_PERP its coin tiers and 100 USD a contract, passing the checks', () => {
    const table = tableFromAnswers(coinm, 'BTCUSD_PERP', coinm.tierRequests('BTCUSD_PERP'), [feed, info]);
    expect(table).toMatchObject({ ok: true, contractValue: '100' });
    expect(table.ok && table.tiers[9]).toEqual({ floor: '2400', cap: '3500', maintenanceMarginRate: '0.5', maintenanceAmount: '837.93', maxLeverage: '1' });
    expect(coinm.tierSymbols?.(feed)).toEqual(['BTCUSD_PERP', 'ETHUSD_PERP']);
  });

  it('refuses a symbol without a contract value, and one whose value differs from the shipped 100', () => {
    expect(tableFromAnswers(coinm, 'BTCUSD_PERP', coinm.tierRequests('BTCUSD_PERP'), [feed, { symbols: [] }])).toMatchObject({ ok: false, reason: expect.stringContaining('no contractSize for BTCUSD_PERP') });
    const wrong = { symbols: [{ symbol: 'BTCUSD_PERP', contractSize: 10 }] };
    expect(tableFromAnswers(coinm, 'BTCUSD_PERP', coinm.tierRequests('BTCUSD_PERP'), [feed, wrong]).ok).toBe(false);
  });
});

// Binance's docs example of GET /dapi/v1/exchangeInfo (developers.binance.com, COIN-M "Exchange
// Information"; copy in github:rosssaunders/cryptoapidocs@172cf199cfe5f54e4ca2ceb80cad090946898890:
// docs/binance/coinm/public_rest_api.md): BTCUSD_200925, PRICE_FILTER tickSize "0.1", marginAsset
// "BTC", contractSize 100, and "pricePrecision: please do not use it as tickSize". Kept to those fields.
const docsInfo = {
  symbols: [
    {
      filters: [
        { filterType: 'PRICE_FILTER', maxPrice: '100000', minPrice: '0.1', tickSize: '0.1' },
        { filterType: 'LOT_SIZE', maxQty: '100000', minQty: '1', stepSize: '1' },
      ],
      symbol: 'BTCUSD_200925',
      contractSize: 100,
      marginAsset: 'BTC',
      pricePrecision: 1,
    },
  ],
};

describe('Binance COIN-M instrument facts from exchangeInfo', () => {
  it('the docs example: tick 0.1 from PRICE_FILTER (not pricePrecision), margin asset BTC', () => {
    expect(exchangeInfoFacts(docsInfo, 'BTCUSD_200925')).toEqual({ priceTick: '0.1', settlementAsset: 'BTC' });
  });

  it('a table carries them; an answer without filters (the recorded veil snapshot) gives a table without', () => {
    const info = { symbols: [{ ...docsInfo.symbols[0], symbol: 'BTCUSD_PERP' }] };
    expect(tableFromAnswers(coinm, 'BTCUSD_PERP', coinm.tierRequests('BTCUSD_PERP'), [feed, info])).toMatchObject({ ok: true, contractValue: '100', instrument: { priceTick: '0.1', settlementAsset: 'BTC' } });
    const bare = tableFromAnswers(coinm, 'BTCUSD_PERP', coinm.tierRequests('BTCUSD_PERP'), [feed, { symbols: [{ symbol: 'BTCUSD_PERP', contractSize: 100 }] }]);
    expect(bare.ok && bare.instrument).toBeUndefined();
  });
});
