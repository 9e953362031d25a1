// Binance COIN-M: brackets from the public delivery feed on www.binance.com, the COIN-M twin of the
// USDⓈ-M feed (same answer shape; floors, caps and cum in coin), which Binance's own web and app
// call without a key; the contract value of each symbol (USD per contract), its tick and margin
// asset from the public dapi exchangeInfo. The documented /dapi/v2/leverageBracket needs a signed request. Reference
// docs/rules/binance.md §5, §6.5; docs/market-data.md.
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';
import { parseBapiBrackets } from '../binance-usdm/endpoints';
import { instrumentField, type InstrumentFacts } from '../../market-data/instrument-facts';

export const BINANCE_DELIVERY_BRACKETS_URL = 'https://www.binance.com/bapi/futures/v1/friendly/delivery/common/brackets';
const EXCHANGE_INFO_URL = 'https://dapi.binance.com/dapi/v1/exchangeInfo';

function entryOf(info: unknown, symbol: string): unknown {
  const symbols = at(info, 'symbols');
  return Array.isArray(symbols) ? symbols.find((s) => isObject(s) && s.symbol === symbol) : undefined;
}

/** USD per contract of one symbol from dapi exchangeInfo (BTCUSD_PERP 100, the others 10). */
function contractValueOf(info: unknown, symbol: string): string | undefined {
  return decimalField(at(entryOf(info, symbol), 'contractSize'));
}

/** The symbol's PRICE_FILTER tickSize and marginAsset from the same answer, where it has them. */
export function coinmFacts(info: unknown, symbol: string): InstrumentFacts {
  const entry = entryOf(info, symbol);
  const filters = at(entry, 'filters');
  const priceFilter = Array.isArray(filters) ? filters.find((f) => isObject(f) && f.filterType === 'PRICE_FILTER') : undefined;
  const priceTick = decimalField(at(priceFilter, 'tickSize'));
  const asset = at(entry, 'marginAsset');
  return { ...(priceTick ? { priceTick } : {}), ...(typeof asset === 'string' && asset !== '' ? { settlementAsset: asset } : {}) };
}

export const binanceCoinmEndpoints: VenueEndpoints = {
  venue: 'binance-coinm',
  hostPermissions: [`${BINANCE_DELIVERY_BRACKETS_URL}*`, `${EXCHANGE_INFO_URL}*`],
  // Both answers carry every symbol: fetched once for all of them.
  tierRequests: () => [
    { url: BINANCE_DELIVERY_BRACKETS_URL, maxBytes: 4 * 1024 * 1024 },
    { url: EXCHANGE_INFO_URL, maxBytes: 4 * 1024 * 1024 },
  ],
  parseTiers([brackets, info], symbol): Parsed<ParsedTiers> {
    const parsed = parseBapiBrackets(brackets, symbol);
    if (!parsed.ok) return parsed;
    const contractValue = contractValueOf(info, symbol);
    if (!contractValue) return { ok: false, reason: `exchangeInfo has no contractSize for ${symbol}` };
    return { ok: true, value: { ...parsed.value, contractValue, ...instrumentField(coinmFacts(info, symbol)) } };
  },
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(at(answer, 'data', 'brackets'), 'symbol'),
};
