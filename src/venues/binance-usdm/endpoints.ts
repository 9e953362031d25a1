// Binance USDⓈ-M: brackets from the public bapi feed on www.binance.com (every symbol in one answer,
// no key), mark price and funding from fapi premiumIndex. Reference docs/rules/binance.md §5, §1.1.
import type { Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
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
  tierSymbols: (answer) => namesIn(at(answer, 'data', 'brackets'), 'symbol'),
  markRequest: (symbol) => ({ url: `https://fapi.binance.com/fapi/v1/premiumIndex?symbol=${encodeURIComponent(symbol)}` }),
  parseMark(answer, symbol): Parsed<ParsedMark> {
    if (!isObject(answer) || answer.symbol !== symbol) return { ok: false, reason: `premiumIndex has no ${symbol}` };
    const markPrice = decimalField(answer.markPrice);
    const fundingRate = decimalField(answer.lastFundingRate);
    if (!markPrice) return { ok: false, reason: 'premiumIndex has no markPrice' };
    return { ok: true, value: { markPrice, ...(fundingRate ? { fundingRate } : {}) } };
  },
};

/**
 * Tiers of one symbol from Binance's own account endpoint shape (GET /fapi/v1/leverageBracket,
 * /dapi/v2/leverageBracket): a list of {symbol, brackets: [{bracket, initialLeverage, notionalFloor,
 * notionalCap, maintMarginRatio, cum}]}; COIN-M names the bounds qtyFloor / qtyCap (coin), which
 * Binance's docs spell "qtylFloor". Reference docs/rules/binance.md §5.
 */
export function parseLeverageBrackets(answer: unknown, symbol: string): Parsed<ParsedTiers> {
  if (!Array.isArray(answer)) return { ok: false, reason: 'leverageBracket is not a list' };
  const entries = answer.filter((e) => isObject(e) && e.symbol === symbol);
  if (entries.length !== 1) return { ok: false, reason: entries.length === 0 ? `leverageBracket has no ${symbol}` : `leverageBracket names ${symbol} twice` };
  // A multiplier other than 1 scales the brackets for one account: not the venue's table.
  const coef = at(entries[0], 'notionalCoef');
  if (coef !== undefined && Number(coef) !== 1) return { ok: false, reason: `${symbol} brackets are scaled for one account (notionalCoef ${String(coef)})` };
  const brackets = at(entries[0], 'brackets');
  if (!Array.isArray(brackets)) return { ok: false, reason: `${symbol} has no brackets` };
  const tiers: Tier[] = [];
  for (const [i, bracket] of brackets.entries()) {
    const floor = decimalField(at(bracket, 'notionalFloor') ?? at(bracket, 'qtyFloor') ?? at(bracket, 'qtylFloor'));
    const cap = decimalField(at(bracket, 'notionalCap') ?? at(bracket, 'qtyCap'));
    const rate = decimalField(at(bracket, 'maintMarginRatio'));
    const amount = decimalField(at(bracket, 'cum'));
    const leverage = decimalField(at(bracket, 'initialLeverage'));
    if (floor === undefined || rate === undefined || amount === undefined) return { ok: false, reason: `${symbol} bracket ${i + 1} lacks a floor, rate or cum` };
    if (Number(at(bracket, 'bracket')) !== i + 1) return { ok: false, reason: `${symbol} brackets are out of order` };
    tiers.push({ floor, ...(cap ? { cap } : {}), maintenanceMarginRate: rate, maintenanceAmount: amount, ...(leverage ? { maxLeverage: leverage } : {}) });
  }
  return { ok: true, value: { tiers } };
}

/**
 * Binance's signed bracket endpoint. Never fetched by the extension (it needs an API key); listed so
 * that recorded public copies of its answer (data/sources/binance-usdm/) go through the same checks.
 */
export const binanceUsdmAccountBrackets: VenueEndpoints = {
  venue: 'binance-usdm',
  hostPermissions: [],
  tierRequests: () => [{ url: 'https://fapi.binance.com/fapi/v1/leverageBracket' }],
  parseTiers: ([answer], symbol) => parseLeverageBrackets(answer, symbol),
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(answer, 'symbol'),
};
