// Test-only: each venue's candle answer in the shape its public docs describe ([unverified] against
// the live APIs), built from a list of closes (oldest first) and the first candle's open time.
import type { Venue } from '../../model/types';

const HOUR = 3_600_000;

export function candleAnswer(venue: Venue, closes: readonly string[], start: number): unknown {
  const times = closes.map((_, i) => start + i * HOUR);
  const rows = closes.map((c, i) => [times[i]!, c]);
  switch (venue) {
    case 'binance-usdm':
    case 'binance-coinm':
      return rows.map(([t, c]) => [t, c, c, c, c, '1.5', Number(t) + HOUR - 1, '100', 10, '0.7', '50', '0']);
    case 'bybit':
      return { retCode: 0, retMsg: 'OK', result: { category: 'linear', symbol: 'BTCUSDT', list: rows.map(([t, c]) => [String(t), c, c, c, c, '12', '1200']).reverse() }, time: start };
    case 'okx':
      return { code: '0', msg: '', data: rows.map(([t, c]) => [String(t), c, c, c, c, '10', '0.1', '1000', '1']).reverse() };
    case 'hyperliquid':
      return rows.map(([t, c]) => ({ t, T: Number(t) + HOUR - 1, s: 'BTC', i: '1h', o: c, c, h: c, l: c, v: '3.2', n: 120 }));
    case 'bitget':
      return { code: '00000', msg: 'success', requestTime: start, data: rows.map(([t, c]) => [String(t), c, c, c, c, '5', '500000']) };
  }
}
