// Bybit: tiers from /v5/market/risk-limit (each row: the tier's cap, MMR, deduction), the instrument's
// tick, funding interval and settle coin from /v5/market/instruments-info, mark price and funding from
// /v5/market/tickers. Reference docs/rules/bybit-okx-bitget.md §2.6.
import type { Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, VenueEndpoints } from '../../market-data/venues/endpoint';
import type { InstrumentFacts } from '../../market-data/instrument-facts';
import { Dm } from '../../model/decimal';

const BASE = 'https://api.bybit.com/v5/market';
/** BTCUSD is inverse; BTCUSDT and BTCPERP (USDC) are linear. */
const category = (symbol: string) => (symbol.endsWith('USD') ? 'inverse' : 'linear');
const query = (symbol: string) => `category=${category(symbol)}&symbol=${encodeURIComponent(symbol)}`;

/**
 * One symbol's facts from /v5/market/instruments-info: priceFilter.tickSize, fundingInterval (in
 * minutes: 480 is 8 h), settleCoin (Bybit v5 docs, docs/v5/market/instrument.mdx).
 */
export function parseBybitInstrument(answer: unknown, symbol: string): Parsed<InstrumentFacts> {
  if (at(answer, 'retCode') !== 0) return { ok: false, reason: 'instruments-info did not answer retCode 0' };
  const list = at(answer, 'result', 'list');
  const row = Array.isArray(list) ? list.find((r) => isObject(r) && r.symbol === symbol) : undefined;
  if (!row) return { ok: false, reason: `instruments-info has no ${symbol}` };
  const priceTick = decimalField(at(row, 'priceFilter', 'tickSize'));
  const minutes = at(row, 'fundingInterval');
  const settle = at(row, 'settleCoin');
  return {
    ok: true,
    value: {
      ...(priceTick ? { priceTick } : {}),
      ...(typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? { fundingIntervalHours: new Dm(minutes).div(60).toString() } : {}),
      ...(typeof settle === 'string' && settle !== '' ? { settlementAsset: settle } : {}),
    },
  };
}

export const bybitEndpoints: VenueEndpoints = {
  venue: 'bybit',
  hostPermissions: [`${BASE}/*`],
  tierRequests: (symbol) => [{ url: `${BASE}/risk-limit?${query(symbol)}` }],
  parseTiers([answer], symbol) {
    if (at(answer, 'retCode') !== 0) return { ok: false, reason: 'risk-limit did not answer retCode 0' };
    const list = at(answer, 'result', 'list');
    if (!Array.isArray(list)) return { ok: false, reason: 'risk-limit has no result.list' };
    // The answer is for one symbol: a row that doesn't say which could be anyone's (issue 17).
    if (list.some((row) => !isObject(row) || typeof row.symbol !== 'string' || row.symbol === '')) return { ok: false, reason: 'risk-limit has a row without a symbol' };
    const rows = list.filter((row) => isObject(row) && row.symbol === symbol);
    if (rows.length === 0) return { ok: false, reason: `risk-limit has no ${symbol}` };
    const tiers: Tier[] = [];
    let floor = '0';
    for (const [i, row] of rows.entries()) {
      const cap = decimalField(at(row, 'riskLimitValue'));
      const rate = decimalField(at(row, 'maintenanceMargin'));
      const leverage = decimalField(at(row, 'maxLeverage'));
      // Tier 1's deduction is published as "".
      const deduction = at(row, 'mmDeduction');
      const amount = deduction === '' && i === 0 ? '0' : decimalField(deduction);
      if (!cap || !rate || amount === undefined) return { ok: false, reason: `${symbol} risk limit ${i + 1} lacks a value, rate or deduction` };
      tiers.push({ floor, cap, maintenanceMarginRate: rate, maintenanceAmount: amount, ...(leverage ? { maxLeverage: leverage } : {}) });
      floor = cap;
    }
    return { ok: true, value: { tiers } };
  },
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(at(answer, 'result', 'list'), 'symbol'),
  instrumentRequests: (symbol) => [{ url: `${BASE}/instruments-info?${query(symbol)}` }],
  parseInstrument: ([answer], symbol) => parseBybitInstrument(answer, symbol),
  markRequest: (symbol) => ({ url: `${BASE}/tickers?${query(symbol)}` }),
  parseMark(answer, symbol): Parsed<ParsedMark> {
    const row = (at(answer, 'result', 'list') as unknown[] | undefined)?.find?.((r) => isObject(r) && r.symbol === symbol);
    const markPrice = decimalField(at(row, 'markPrice'));
    const fundingRate = decimalField(at(row, 'fundingRate'));
    if (!markPrice) return { ok: false, reason: `tickers has no mark price for ${symbol}` };
    return { ok: true, value: { markPrice, ...(fundingRate ? { fundingRate } : {}) } };
  },
};
