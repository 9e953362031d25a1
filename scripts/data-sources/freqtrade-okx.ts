// freqtrade caches ccxt's fetchMarketLeverageTiers() of OKX as {updated, data: {unified symbol: tiers}},
// one OKX position-tiers answer per swap family. Each ccxt tier keeps OKX's own row in `info`; the
// excerpt in data/sources keeps only those rows. This puts them back into OKX's answer, {code, msg,
// data}, so they reach the live parser and checks like any fetched answer.
import { isObject } from '../../src/market-data/json-fields';

export interface FreqtradeOkxRows {
  updated: string;
  data: Record<string, Record<string, unknown>[]>;
}

const isTierRow = (row: unknown) => isObject(row) && typeof row.instFamily === 'string' && 'maxSz' in row && 'mmr' in row;

/** A freqtrade cache excerpt whose tiers are OKX position-tiers rows. */
export function isFreqtradeOkxRows(body: unknown): body is FreqtradeOkxRows {
  if (!isObject(body) || typeof body.updated !== 'string' || !isObject(body.data)) return false;
  const lists = Object.values(body.data);
  return lists.length > 0 && lists.every((rows) => Array.isArray(rows) && rows.length > 0 && rows.every(isTierRow));
}

/** OKX's answer to position-tiers for one family (it answers per family); without one, every family's rows. */
export function okxPositionTiersAnswer(body: FreqtradeOkxRows, family?: string): unknown {
  const rows = Object.values(body.data).flat();
  return { code: '0', msg: '', data: family === undefined ? rows : rows.filter((row) => row.instFamily === family) };
}
