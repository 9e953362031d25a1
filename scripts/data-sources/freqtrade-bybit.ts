// freqtrade caches ccxt's fetchLeverageTiers() of Bybit as {updated, data: {unified symbol: tiers}}.
// Each ccxt tier keeps Bybit's own risk-limit row in `info`; the excerpt in data/sources keeps only
// those rows. This puts them back into the answer they came from, {retCode, result: {category, list}},
// so they reach the live parser and checks like any fetched answer.
import { isObject } from '../../src/market-data/json-fields';

export interface FreqtradeBybitRows {
  updated: string;
  data: Record<string, Record<string, unknown>[]>;
}

const isRiskRow = (row: unknown) => isObject(row) && typeof row.symbol === 'string' && 'riskLimitValue' in row;

/** A freqtrade cache excerpt whose tiers are Bybit risk-limit rows. */
export function isFreqtradeBybitRows(body: unknown): body is FreqtradeBybitRows {
  if (!isObject(body) || typeof body.updated !== 'string' || !isObject(body.data)) return false;
  const lists = Object.values(body.data);
  return lists.length > 0 && lists.every((rows) => Array.isArray(rows) && rows.length > 0 && rows.every(isRiskRow));
}

/** Bybit's answer to risk-limit?category=<category>: every row, in the order the copy has them. */
export function bybitRiskLimitAnswer(body: FreqtradeBybitRows, category: string): unknown {
  return { retCode: 0, retMsg: 'OK', result: { category, list: Object.values(body.data).flat() } };
}
