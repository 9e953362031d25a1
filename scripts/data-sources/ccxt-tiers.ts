// ccxt's unified leverage tiers (what `fetchLeverageTiers` returns, and what freqtrade saves as
// freqtrade/exchange/binance_leverage_tiers.json) keep each venue bracket verbatim in `info`, keyed by
// ccxt's unified symbol ("BTC/USDT:USDT"). For Binance this turns such a body back into the shape of
// Binance's own answer, [{symbol, brackets}], so it reaches the same parser and checks as a live
// answer. Only the `info` strings are used; ccxt's float copies (minNotional, maxNotional,
// maintenanceMarginRate, maxLeverage) serve only to check that nothing was lost on the way.
import { isObject } from '../../src/market-data/json-fields';

/** A body shaped like ccxt's unified tiers: symbol -> tiers, each tier with its venue `info`. */
export function isCcxtTiers(body: unknown): body is Record<string, unknown[]> {
  if (!isObject(body)) return false;
  const values = Object.values(body);
  return values.length > 0 && values.every((tiers) => Array.isArray(tiers) && tiers.every((tier) => isObject(tier) && isObject(tier.info) && 'minNotional' in tier));
}

/**
 * Binance's market id of a unified perpetual symbol: "1000PEPE/USDT:USDT" -> "1000PEPEUSDT". Binance
 * names a USDⓈ-M perpetual base + quote; a dated future ("BTC/USDT:USDT-250328") is not a perpetual.
 */
export function binancePerpetualId(unified: string): string | null {
  const match = /^([A-Z0-9]+)\/([A-Z0-9]+):([A-Z0-9]+)$/.exec(unified);
  if (!match || match[2] !== match[3]) return null;
  return `${match[1]}${match[2]}`;
}

export interface Unwrapped {
  /** Binance's answer shape: [{symbol, brackets}]. */
  answer: { symbol: string; brackets: unknown[] }[];
  /** Keys left out, with why. */
  skipped: { key: string; reason: string }[];
}

const same = (text: unknown, float: unknown) => typeof float === 'number' && typeof text === 'string' && Number(text) === float;

export function binanceFromCcxtTiers(body: Record<string, unknown[]>): Unwrapped {
  const answer: Unwrapped['answer'] = [];
  const skipped: Unwrapped['skipped'] = [];
  for (const [key, tiers] of Object.entries(body)) {
    const symbol = binancePerpetualId(key);
    if (!symbol) {
      skipped.push({ key, reason: 'not a perpetual (dated or not linear)' });
      continue;
    }
    const rows = tiers as { info: Record<string, unknown>; minNotional?: unknown; maintenanceMarginRate?: unknown }[];
    // The float copies must say what the strings say: a mismatch means the file was edited or mis-shaped.
    const lost = rows.findIndex((t) => !same(t.info.notionalFloor, t.minNotional) || !same(t.info.maintMarginRatio, t.maintenanceMarginRate));
    if (lost >= 0) {
      skipped.push({ key, reason: `tier ${lost + 1}: info and ccxt's numbers disagree` });
      continue;
    }
    answer.push({ symbol, brackets: rows.map((t) => t.info) });
  }
  return { answer, skipped };
}
