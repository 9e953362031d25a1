// Binance COIN-M: brackets from the public delivery feed on www.binance.com, the COIN-M twin of the
// USDⓈ-M feed (same answer shape; floors, caps and cum in coin), which Binance's own web and app
// call without a key; the contract value of each symbol (USD per contract), its tick and margin
// asset from the public dapi exchangeInfo. The documented /dapi/v2/leverageBracket needs a signed request. Reference
// docs/rules/binance.md §5, §6.5; docs/market-data.md.
import { at, decimalField, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';
import { exchangeInfoEntry, exchangeInfoFacts, parseBapiBrackets } from '../binance-usdm/endpoints';
import { instrumentField } from '../../market-data/instrument-facts';

export const BINANCE_DELIVERY_BRACKETS_URL = 'https://www.binance.com/bapi/futures/v1/friendly/delivery/common/brackets';
const EXCHANGE_INFO_URL = 'https://dapi.binance.com/dapi/v1/exchangeInfo';

/** USD per contract of one symbol from dapi exchangeInfo (BTCUSD_PERP 100, the others 10). */
function contractValueOf(info: unknown, symbol: string): string | undefined {
  return decimalField(at(exchangeInfoEntry(info, symbol), 'contractSize'));
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
    return { ok: true, value: { ...parsed.value, contractValue, ...instrumentField(exchangeInfoFacts(info, symbol)) } };
  },
  tierRules: { contiguous: true },
  tierSymbols: (answer) => namesIn(at(answer, 'data', 'brackets'), 'symbol'),
};
