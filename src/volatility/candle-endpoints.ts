// Public 1 h candles per venue, for the volatility behind the touch probabilities. URL builders and
// strict parsers, one entry per venue. None of these endpoints is described in
// the rule documents (docs/rules/): every shape below is [unverified] against the live API, written from each
// venue's public API documentation; a parser refuses anything else rather than guess.
import { isBoundedPositiveDecimal } from '../model/decimal-text';
import type { Dec, Venue } from '../model/types';
import { venueOf } from '../venues';
import type { JsonRequest } from '../market-data/fetch-json';
import { at, decimalField, isObject } from '../market-data/json-fields';
import { bitgetProductType } from '../venues/bitget/endpoints';
import type { Parsed } from '../market-data/venues/endpoint';

export interface Candle {
  /** Open time, ms since epoch. */
  openTime: number;
  close: Dec;
}

export interface CandleEndpoint {
  venue: Venue;
  /** Shown beside the volatility: where the candles came from. */
  source: string;
  /** manifest.json host_permissions these requests need (besides those the market data already has). */
  hostPermissions: string[];
  request(symbol: string, nowMs: number): JsonRequest;
  parse(answer: unknown): Parsed<Candle[]>;
}

/** One hour of candles each; a week of them. */
export const CANDLE_COUNT = 168;
const HOUR_MS = 3_600_000;

/** Candles from rows, given how to read a row's time and close; any bad row refuses the whole answer. */
function candlesOf(rows: unknown, what: string, read: (row: unknown) => [unknown, unknown]): Parsed<Candle[]> {
  if (!Array.isArray(rows)) return { ok: false, reason: `${what} is not a list of candles` };
  const candles: Candle[] = [];
  for (const [i, row] of rows.entries()) {
    const [time, close] = read(row);
    const openTime = typeof time === 'number' ? time : typeof time === 'string' && /^\d+$/.test(time) ? Number(time) : NaN;
    const price = decimalField(close);
    if (!Number.isSafeInteger(openTime) || openTime <= 0) return { ok: false, reason: `${what} candle ${i + 1} has no open time` };
    // Plain closes only, as every venue writes them: an exponent is a sign of something else.
    if (!isBoundedPositiveDecimal(price) || /e/i.test(price)) return { ok: false, reason: `${what} candle ${i + 1} has no close price` };
    candles.push({ openTime, close: price });
  }
  // Venues list newest first (Bybit, OKX) or oldest first: sort, and keep one candle per hour.
  candles.sort((a, b) => a.openTime - b.openTime);
  return { ok: true, value: candles.filter((c, i) => i === 0 || c.openTime !== candles[i - 1]!.openTime) };
}

const arrayRow = (timeIndex: number, closeIndex: number) => (row: unknown): [unknown, unknown] => (Array.isArray(row) ? [row[timeIndex], row[closeIndex]] : [undefined, undefined]);

// [unverified] GET /fapi/v1/klines and /dapi/v1/klines: [[openTime(ms), open, high, low, close, volume, closeTime, ...], ...], oldest first.
function binance(venue: Venue, base: string): CandleEndpoint {
  return {
    venue,
    source: `${venueOf(venue).label} 1h klines`,
    hostPermissions: [`${base}*`],
    request: (symbol) => ({ url: `${base}?symbol=${encodeURIComponent(symbol)}&interval=1h&limit=${CANDLE_COUNT + 1}` }),
    parse: (answer) => candlesOf(answer, 'klines', arrayRow(0, 4)),
  };
}

// [unverified] GET /v5/market/kline: {retCode: 0, result: {list: [[startTime, open, high, low, close, volume, turnover], ...]}}, newest first.
const bybit: CandleEndpoint = {
  venue: 'bybit',
  source: 'Bybit 1h kline',
  hostPermissions: ['https://api.bybit.com/v5/market/*'],
  request: (symbol) => ({ url: `https://api.bybit.com/v5/market/kline?category=${symbol.endsWith('USD') ? 'inverse' : 'linear'}&symbol=${encodeURIComponent(symbol)}&interval=60&limit=${CANDLE_COUNT + 1}` }),
  parse: (answer) => (at(answer, 'retCode') === 0 ? candlesOf(at(answer, 'result', 'list'), 'kline', arrayRow(0, 4)) : { ok: false, reason: 'kline did not answer retCode 0' }),
};

// [unverified] GET /api/v5/market/candles: {code: "0", data: [[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm], ...]}, newest first, at most 300.
const okx: CandleEndpoint = {
  venue: 'okx',
  source: 'OKX 1H candles',
  hostPermissions: ['https://www.okx.com/api/v5/market/candles*'],
  request: (symbol) => ({ url: `https://www.okx.com/api/v5/market/candles?instId=${encodeURIComponent(symbol)}&bar=1H&limit=${CANDLE_COUNT + 1}` }),
  parse: (answer) => (at(answer, 'code') === '0' ? candlesOf(at(answer, 'data'), 'candles', arrayRow(0, 4)) : { ok: false, reason: 'candles did not answer code "0"' }),
};

// [unverified] POST /info {"type": "candleSnapshot", "req": {coin, interval: "1h", startTime, endTime}}: [{t, T, s, i, o, c, h, l, v, n}, ...], oldest first.
const hyperliquid: CandleEndpoint = {
  venue: 'hyperliquid',
  source: 'Hyperliquid 1h candleSnapshot',
  hostPermissions: ['https://api.hyperliquid.xyz/info'],
  request: (coin, nowMs) => ({
    url: 'https://api.hyperliquid.xyz/info',
    method: 'POST',
    body: JSON.stringify({ type: 'candleSnapshot', req: { coin, interval: '1h', startTime: nowMs - (CANDLE_COUNT + 1) * HOUR_MS, endTime: nowMs } }),
  }),
  parse: (answer) => candlesOf(answer, 'candleSnapshot', (row) => (isObject(row) ? [row.t, row.c] : [undefined, undefined])),
};

// [unverified] GET /api/v2/mix/market/candles: {code: "00000", data: [[ts, open, high, low, close, baseVolume, quoteVolume], ...]}, oldest first.
const bitget: CandleEndpoint = {
  venue: 'bitget',
  source: 'Bitget 1H candles',
  hostPermissions: ['https://api.bitget.com/api/v2/mix/market/*'],
  request: (symbol) => ({ url: `https://api.bitget.com/api/v2/mix/market/candles?symbol=${encodeURIComponent(symbol)}&productType=${bitgetProductType(symbol)}&granularity=1H&limit=${CANDLE_COUNT + 1}` }),
  parse: (answer) => (at(answer, 'code') === '00000' ? candlesOf(at(answer, 'data'), 'candles', arrayRow(0, 4)) : { ok: false, reason: 'candles did not answer code "00000"' }),
};

export const candleEndpoints: readonly CandleEndpoint[] = [
  binance('binance-usdm', 'https://fapi.binance.com/fapi/v1/klines'),
  binance('binance-coinm', 'https://dapi.binance.com/dapi/v1/klines'),
  bybit,
  okx,
  hyperliquid,
  bitget,
];

export function candleEndpointFor(venue: Venue): CandleEndpoint | undefined {
  return candleEndpoints.find((e) => e.venue === venue);
}

/** The host permissions the candles need, deduplicated (some are already the market data's). */
export const candleHostPermissions: readonly string[] = [...new Set(candleEndpoints.flatMap((e) => e.hostPermissions))];
