// Binance USDⓈ-M: brackets from the public bapi feed on www.binance.com (every symbol in one answer,
// no key), mark price and funding from fapi premiumIndex. Reference docs/rules/binance.md §5, §1.1.
import type { Tier } from '../../model/types';
import { at, decimalField, isObject } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';

export const BINANCE_BRACKETS_URL = 'https://www.binance.com/bapi/futures/v1/friendly/future/common/brackets';

/** Tiers of one symbol from a bapi brackets answer (USDⓈ-M and COIN-M share the shape). */
export function parseBapiBrackets(answer: unknown, symbol: string): Parsed<ParsedTiers> {
  const brackets = at(answer, 'data', 'brackets');
  if (!Array.isArray(brackets)) return { ok: false, reason: 'the brackets feed has no data.brackets list' };
  const entry = brackets.find((b) => isObject(b) && b.symbol === symbol);
  if (!entry) return { ok: false, reason: `the brackets feed has no ${symbol}` };
  const risk = at(entry, 'riskBrackets');
  if (!Array.isArray(risk)) return { ok: false, reason: `${symbol} has no riskBrackets` };
  const tiers: Tier[] = [];
  for (const [i, bracket] of risk.entries()) {
    const floor = decimalField(at(bracket, 'bracketNotionalFloor'));
    const cap = decimalField(at(bracket, 'bracketNotionalCap'));
    const rate = decimalField(at(bracket, 'bracketMaintenanceMarginRate'));
    const amount = decimalField(at(bracket, 'cumFastMaintenanceAmount'));
    const leverage = decimalField(at(bracket, 'maxOpenPosLeverage'));
    const seq = at(bracket, 'bracketSeq');
    if (floor === undefined || rate === undefined || amount === undefined) return { ok: false, reason: `${symbol} bracket ${i + 1} lacks a floor, rate or cum` };
    if (seq !== undefined && seq !== i + 1) return { ok: false, reason: `${symbol} brackets are out of order` };
    tiers.push({ floor, ...(cap ? { cap } : {}), maintenanceMarginRate: rate, maintenanceAmount: amount, ...(leverage ? { maxLeverage: leverage } : {}) });
  }
  return { ok: true, value: { tiers } };
}

export const binanceUsdmEndpoints: VenueEndpoints = {
  venue: 'binance-usdm',
  hostPermissions: [`${BINANCE_BRACKETS_URL}*`, 'https://fapi.binance.com/fapi/v1/premiumIndex*'],
  // The feed carries every symbol; it is larger than one symbol's answer.
  tierRequests: () => [{ url: BINANCE_BRACKETS_URL, maxBytes: 4 * 1024 * 1024 }],
  parseTiers: ([answer], symbol) => parseBapiBrackets(answer, symbol),
  tierRules: { contiguous: true },
  markRequest: (symbol) => ({ url: `https://fapi.binance.com/fapi/v1/premiumIndex?symbol=${encodeURIComponent(symbol)}` }),
  parseMark(answer, symbol): Parsed<ParsedMark> {
    if (!isObject(answer) || answer.symbol !== symbol) return { ok: false, reason: `premiumIndex has no ${symbol}` };
    const markPrice = decimalField(answer.markPrice);
    const fundingRate = decimalField(answer.lastFundingRate);
    if (!markPrice) return { ok: false, reason: 'premiumIndex has no markPrice' };
    return { ok: true, value: { markPrice, ...(fundingRate ? { fundingRate } : {}) } };
  },
};
