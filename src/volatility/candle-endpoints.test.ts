import { describe, expect, it } from 'vitest';
import type { Venue } from '../model/types';
import { candleEndpointFor, candleEndpoints, candleHostPermissions } from './candle-endpoints';
import { candleAnswer } from './testing/candle-answers';

const START = Date.parse('2026-11-15T00:00:00Z');
const VENUES: Venue[] = ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget'];
const SYMBOL: Record<Venue, string> = { 'binance-usdm': 'BTCUSDT', 'binance-coinm': 'BTCUSD_PERP', bybit: 'BTCUSDT', okx: 'BTC-USDT-SWAP', hyperliquid: 'BTC', bitget: 'BTCUSDT' };
const closes = ['100', '101.5', '99.25', '102'];

describe('candle endpoints', () => {
  it.each(VENUES)('%s: closes oldest first, whatever order the venue lists them in', (venue) => {
    const parsed = candleEndpointFor(venue)!.parse(candleAnswer(venue, closes, START));
    expect(parsed).toEqual({ ok: true, value: closes.map((close, i) => ({ openTime: START + i * 3_600_000, close })) });
  });

  it.each(VENUES)('%s: the request asks for a week of 1 h candles of that symbol on the venue API host', (venue) => {
    const request = candleEndpointFor(venue)!.request(SYMBOL[venue], START);
    const url = new URL(request.url);
    expect(['fapi.binance.com', 'dapi.binance.com', 'api.bybit.com', 'www.okx.com', 'api.hyperliquid.xyz', 'api.bitget.com']).toContain(url.host);
    const text = request.url + (request.body ?? '');
    expect(text).toContain(SYMBOL[venue]);
    expect(text).toMatch(/1h|1H|interval=60/);
    // Each request is covered by one of the host permissions asked for.
    expect(candleHostPermissions.some((p) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(request.url))).toBe(true);
  });

  it('Hyperliquid asks for the 169 hours before now', () => {
    const body = JSON.parse(candleEndpointFor('hyperliquid')!.request('ETH', START).body!);
    expect(body).toEqual({ type: 'candleSnapshot', req: { coin: 'ETH', interval: '1h', startTime: START - 169 * 3_600_000, endTime: START } });
  });

  it.each([
    ['binance-usdm', { code: -1121, msg: 'Invalid symbol.' }],
    ['binance-usdm', [[START, '1', '1', '1', 'N/A']]],
    ['binance-usdm', [['soon', '1', '1', '1', '100']]],
    ['bybit', { retCode: 10001, retMsg: 'params error', result: {} }],
    ['bybit', { retCode: 0, result: { list: [['1700000000000', '1', '1', '1', '-5']] } }],
    ['okx', { code: '51001', msg: 'Instrument ID does not exist', data: [] }],
    ['okx', { code: '0', data: 'none' }],
    ['hyperliquid', { error: 'bad coin' }],
    ['hyperliquid', [{ t: START, c: '' }]],
    ['bitget', { code: '40034', msg: 'Parameter does not exist', data: null }],
    ['bitget', { code: '00000', data: [['1700000000000', '1', '1', '1', '1e5']] }],
  ] as [Venue, unknown][])('%s refuses %j', (venue, answer) => {
    expect(candleEndpointFor(venue)!.parse(answer).ok).toBe(false);
  });

  it('asks only for the candle hosts not already covered, narrow paths', () => {
    expect(candleEndpoints).toHaveLength(6);
    expect([...candleHostPermissions].sort()).toEqual([
      'https://api.bitget.com/api/v2/mix/market/*',
      'https://api.bybit.com/v5/market/*',
      'https://api.hyperliquid.xyz/info',
      'https://dapi.binance.com/dapi/v1/klines*',
      'https://fapi.binance.com/fapi/v1/klines*',
      'https://www.okx.com/api/v5/market/candles*',
    ]);
  });
});
