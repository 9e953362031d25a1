// Binance USDⓈ-M: brackets from the public bapi feed on www.binance.com (every symbol in one answer,
// no key), mark price and funding from fapi premiumIndex, each symbol's tick and margin asset from
// fapi exchangeInfo and its funding interval from fapi fundingInfo. Reference docs/rules/binance.md
// §5, §1.1; docs/market-data.md.
import type { Dec, Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';
import type { InstrumentFacts } from '../../market-data/instrument-facts';

export const BINANCE_BRACKETS_URL = 'https://www.binance.com/bapi/futures/v1/friendly/future/common/brackets';
const FAPI = 'https://fapi.binance.com/fapi/v1';
/** Every symbol in one answer, about 1-2 MB. */
export const USDM_EXCHANGE_INFO_URL = `${FAPI}/exchangeInfo`;
export const USDM_FUNDING_INFO_URL = `${FAPI}/fundingInfo`;
/**
 * fundingInfo lists only the symbols whose funding cap, floor or interval Binance adjusted (its docs,
 * "Get Funding Rate Info"); the others fund at the default interval.
 */
const DEFAULT_FUNDING_HOURS = '8';

/** A symbol's entry of an exchangeInfo answer (fapi and dapi share the shape). */
export function exchangeInfoEntry(info: unknown, symbol: string): unknown {
  const symbols = at(info, 'symbols');
  return Array.isArray(symbols) ? symbols.find((s) => isObject(s) && s.symbol === symbol) : undefined;
}

/** The symbol's PRICE_FILTER tickSize and marginAsset from an exchangeInfo answer, where it has them. */
export function exchangeInfoFacts(info: unknown, symbol: string): InstrumentFacts {
  const entry = exchangeInfoEntry(info, symbol);
  const filters = at(entry, 'filters');
  const priceFilter = Array.isArray(filters) ? filters.find((f) => isObject(f) && f.filterType === 'PRICE_FILTER') : undefined;
  const priceTick = decimalField(at(priceFilter, 'tickSize'));
  const asset = at(entry, 'marginAsset');
  return { ...(priceTick ? { priceTick } : {}), ...(typeof asset === 'string' && asset !== '' ? { settlementAsset: asset } : {}) };
}

/**
 * Hours between fundings from a fundingInfo answer: the symbol's fundingIntervalHours, or 8 when the
 * list leaves it out. A row that names no symbol could be this one's: then nothing.
 */
export function fundingHoursOf(fundingInfo: unknown, symbol: string): Dec | undefined {
  if (!Array.isArray(fundingInfo) || fundingInfo.some((row) => !isObject(row) || typeof row.symbol !== 'string' || row.symbol === '')) return undefined;
  const row = fundingInfo.find((r) => isObject(r) && r.symbol === symbol);
  if (!row) return DEFAULT_FUNDING_HOURS;
  const hours = at(row, 'fundingIntervalHours');
  return typeof hours === 'number' && Number.isInteger(hours) && hours > 0 ? String(hours) : undefined;
}

/**
 * A symbol's facts from the exchangeInfo and fundingInfo answers (either may be missing: a failed
 * request). An exchangeInfo that does not list the symbol says it is not a USDⓈ-M contract: no facts.
 */
export function parseUsdmInstrument([info, fundingInfo]: unknown[], symbol: string): Parsed<InstrumentFacts> {
  if (info !== undefined && !exchangeInfoEntry(info, symbol)) return { ok: false, reason: `exchangeInfo has no ${symbol}` };
  const hours = fundingHoursOf(fundingInfo, symbol);
  const facts = { ...exchangeInfoFacts(info, symbol), ...(hours ? { fundingIntervalHours: hours } : {}) };
  return Object.keys(facts).length > 0 ? { ok: true, value: facts } : { ok: false, reason: `exchangeInfo and fundingInfo give nothing for ${symbol}` };
}

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
  // fapi.binance.com is already a host for premiumIndex: more paths on it ask the user for nothing new.
  hostPermissions: [`${BINANCE_BRACKETS_URL}*`, `${FAPI}/premiumIndex*`, `${USDM_EXCHANGE_INFO_URL}*`, `${USDM_FUNDING_INFO_URL}*`],
  // The feed carries every symbol; it is larger than one symbol's answer.
  tierRequests: () => [{ url: BINANCE_BRACKETS_URL, maxBytes: 4 * 1024 * 1024 }],
  parseTiers: ([answer], symbol) => parseBapiBrackets(answer, symbol),
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(at(answer, 'data', 'brackets'), 'symbol'),
  // Both carry every symbol: fetched once for all the symbols of a refresh.
  instrumentRequests: () => [{ url: USDM_EXCHANGE_INFO_URL, maxBytes: 4 * 1024 * 1024 }, { url: USDM_FUNDING_INFO_URL }],
  parseInstrument: parseUsdmInstrument,
  markRequest: (symbol) => ({ url: `${FAPI}/premiumIndex?symbol=${encodeURIComponent(symbol)}` }),
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
