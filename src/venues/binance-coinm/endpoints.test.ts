// Binance COIN-M: the public delivery brackets feed (same shape as USDⓈ-M's, bounds in coin) with the
// contract value from dapi exchangeInfo, through the checks every fetched table takes.
import { describe, expect, it } from 'vitest';
import { tableFromAnswers } from '../../market-data/fetch-tier-tables';
import { bapiBrackets } from '../../market-data/testing/venue-answers';
import { binanceCoinmEndpoints as coinm } from './endpoints';
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
