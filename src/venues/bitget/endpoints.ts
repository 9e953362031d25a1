// Bitget: tiers from /api/v2/mix/market/query-position-lever (bounds in quote; no deduction
// published, the model derives it), the tick and funding interval from /api/v2/mix/market/contracts,
// mark price and funding from /api/v2/mix/market/ticker.
// Reference docs/rules/bybit-okx-bitget.md §4.5.
import type { Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, VenueEndpoints } from '../../market-data/venues/endpoint';
import type { InstrumentFacts } from '../../market-data/instrument-facts';
import { Dm } from '../../model/decimal';

const BASE = 'https://api.bitget.com/api/v2/mix/market';

/** BTCUSDT -> USDT-FUTURES, BTCPERP -> USDC-FUTURES, BTCUSD -> COIN-FUTURES. */
export function bitgetProductType(symbol: string): string {
  if (symbol.endsWith('USDT')) return 'USDT-FUTURES';
  if (symbol.endsWith('PERP') || symbol.endsWith('USDC')) return 'USDC-FUTURES';
  return 'COIN-FUTURES';
}
const query = (symbol: string) => `symbol=${encodeURIComponent(symbol)}&productType=${bitgetProductType(symbol)}`;

function okData(answer: unknown, what: string): unknown[] | string {
  if (at(answer, 'code') !== '00000') return `${what} did not answer code "00000"`;
  const data = at(answer, 'data');
  return Array.isArray(data) ? data : `${what} has no data list`;
}

/**
 * One symbol's facts from /api/v2/mix/market/contracts: the tick is priceEndStep steps of the last of
 * pricePlace decimals (pricePlace 1, priceEndStep 1: 0.1), fundInterval is in hours.
 */
export function parseBitgetContract(answer: unknown, symbol: string): Parsed<InstrumentFacts> {
  const rows = okData(answer, 'contracts');
  if (typeof rows === 'string') return { ok: false, reason: rows };
  const row = rows.find((r) => isObject(r) && r.symbol === symbol);
  if (!row) return { ok: false, reason: `contracts has no ${symbol}` };
  const place = at(row, 'pricePlace');
  const step = decimalField(at(row, 'priceEndStep'));
  const places = typeof place === 'string' && /^\d{1,2}$/.test(place) ? Number(place) : undefined;
  const hours = decimalField(at(row, 'fundInterval'));
  return {
    ok: true,
    value: {
      ...(places !== undefined && step ? { priceTick: new Dm(step).mul(new Dm(10).pow(-places)).toString() } : {}),
      ...(hours ? { fundingIntervalHours: hours } : {}),
    },
  };
}

export const bitgetEndpoints: VenueEndpoints = {
  venue: 'bitget',
  hostPermissions: [`${BASE}/*`],
  tierRequests: (symbol) => [{ url: `${BASE}/query-position-lever?${query(symbol)}` }],
  parseTiers([answer], symbol) {
    const rows = okData(answer, 'query-position-lever');
    if (typeof rows === 'string') return { ok: false, reason: rows };
    // The answer is for one symbol: a row that doesn't say which could be anyone's (issue 17).
    if (rows.some((r) => !isObject(r) || typeof r.symbol !== 'string' || r.symbol === '')) return { ok: false, reason: 'query-position-lever has a row without a symbol' };
    const mine = rows.filter((r) => isObject(r) && String(r.symbol).toUpperCase() === symbol);
    if (mine.length === 0) return { ok: false, reason: `query-position-lever has no ${symbol}` };
    const sorted = [...mine].sort((a, b) => Number(at(a, 'level')) - Number(at(b, 'level')));
    const tiers: Tier[] = [];
    for (const [i, row] of sorted.entries()) {
      const floor = decimalField(at(row, 'startUnit'));
      const cap = decimalField(at(row, 'endUnit'));
      const rate = decimalField(at(row, 'keepMarginRate'));
      const leverage = decimalField(at(row, 'leverage'));
      if (!floor || !rate) return { ok: false, reason: `${symbol} level ${i + 1} lacks startUnit or keepMarginRate` };
      tiers.push({ floor, ...(cap ? { cap } : {}), maintenanceMarginRate: rate, ...(leverage ? { maxLeverage: leverage } : {}) });
    }
    return { ok: true, value: { tiers } };
  },
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(at(answer, 'data'), 'symbol'),
  instrumentRequests: (symbol) => [{ url: `${BASE}/contracts?productType=${bitgetProductType(symbol)}&symbol=${encodeURIComponent(symbol)}` }],
  parseInstrument: ([answer], symbol) => parseBitgetContract(answer, symbol),
  markRequest: (symbol) => ({ url: `${BASE}/ticker?${query(symbol)}` }),
  parseMark(answer, symbol): Parsed<ParsedMark> {
    const rows = okData(answer, 'ticker');
    if (typeof rows === 'string') return { ok: false, reason: rows };
    const row = rows.find((r) => isObject(r) && r.symbol === symbol);
    const markPrice = decimalField(at(row, 'markPrice'));
    const fundingRate = decimalField(at(row, 'fundingRate'));
    if (!markPrice) return { ok: false, reason: `ticker has no mark price for ${symbol}` };
    return { ok: true, value: { markPrice, ...(fundingRate ? { fundingRate } : {}) } };
  },
};
