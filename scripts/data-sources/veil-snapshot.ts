// ychcb0521/veil-of-ignorance keeps Binance's public bracket feeds in its own compact encoding
// (src/data/binanceLeverageTiers.json, written by its scripts/update-binance-leverage-tiers.mjs):
// per market a list of distinct tables, each tier [floor, cap, maxOpenPosLeverage, maintenance rate,
// cum], a symbol -> table index map, and for COIN-M the contract size per pair. This turns such a
// body back into the answers it was made from, so they reach the live parsers and checks: the bapi
// brackets feed ({data: {brackets: [{symbol, riskBrackets}]}}) and dapi exchangeInfo ({symbols:
// [{symbol, pair, contractSize}]}). Every number is the file's own; nothing is added but the
// bracket's position (bracketSeq), which the list order gives.
import { isObject } from '../../src/market-data/json-fields';

type Tier = [number, number, number, number, number];
interface Market {
  tables?: Tier[][];
  symbols?: Record<string, number>;
  contractSizeUsd?: Record<string, number>;
}

/** A body in that encoding: a fetchedAt stamp and a usdm or coinm part. */
export function isVeilSnapshot(body: unknown): body is { fetchedAt: string; usdm?: Market; coinm?: Market } {
  return isObject(body) && typeof body.fetchedAt === 'string' && (isObject(body.usdm) || isObject(body.coinm));
}

const DELIVERY_BRACKETS = '/bapi/futures/v1/friendly/delivery/common/brackets';
const FUTURE_BRACKETS = '/bapi/futures/v1/friendly/future/common/brackets';
const COINM_EXCHANGE_INFO = 'dapi.binance.com/dapi/v1/exchangeInfo';

function bapiBrackets(market: Market | undefined): unknown {
  const tables = market?.tables ?? [];
  const brackets = Object.entries(market?.symbols ?? {}).map(([symbol, index]) => ({
    symbol,
    riskBrackets: (tables[index] ?? []).map(([floor, cap, leverage, rate, cum], i) => ({
      bracketSeq: i + 1,
      bracketNotionalFloor: floor,
      bracketNotionalCap: cap,
      bracketMaintenanceMarginRate: rate,
      cumFastMaintenanceAmount: cum,
      maxOpenPosLeverage: leverage,
    })),
  }));
  return { data: { brackets } };
}

/** COIN-M symbols are <pair>_PERP and <pair>_<yymmdd>; each has its pair's contract size. */
function exchangeInfo(market: Market | undefined, symbols: readonly string[]): unknown {
  const sizes = market?.contractSizeUsd ?? {};
  return {
    symbols: symbols.flatMap((symbol) => {
      const pair = symbol.split('_')[0]!;
      return Object.hasOwn(sizes, pair) ? [{ symbol, pair, contractSize: sizes[pair] }] : [];
    }),
  };
}

/**
 * The body as the venue's answer to `requestUrl`, or undefined when this encoding has no such
 * answer. `known` lists the symbols the other recorded sources name (exchangeInfo is per pair here).
 */
export function veilAnswer(body: { usdm?: Market; coinm?: Market }, requestUrl: string, known: readonly string[]): unknown {
  const url = new URL(requestUrl);
  if (url.pathname === DELIVERY_BRACKETS && body.coinm?.tables) return bapiBrackets(body.coinm);
  if (url.pathname === FUTURE_BRACKETS && body.usdm?.tables) return bapiBrackets(body.usdm);
  if (`${url.host}${url.pathname}` === COINM_EXCHANGE_INFO && body.coinm?.contractSizeUsd) return exchangeInfo(body.coinm, known);
  return undefined;
}
