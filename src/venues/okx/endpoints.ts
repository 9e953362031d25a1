// OKX: tiers from /api/v5/public/position-tiers (bounds in contracts), the contract value from
// /api/v5/public/instruments (ctVal, tickSz, settleCcy), mark price from /api/v5/public/mark-price.
// Reference docs/rules/bybit-okx-bitget.md §3.3.
import type { Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';
import { instrumentField } from '../../market-data/instrument-facts';

const BASE = 'https://www.okx.com/api/v5/public';
/** BTC-USDT-SWAP -> BTC-USDT. */
const family = (symbol: string) => symbol.replace(/-SWAP$/, '');

function okData(answer: unknown, what: string): unknown[] | string {
  if (at(answer, 'code') !== '0') return `${what} did not answer code "0"`;
  const data = at(answer, 'data');
  return Array.isArray(data) ? data : `${what} has no data list`;
}

/**
 * One swap's contract terms and facts from /api/v5/public/instruments: ctVal (base per contract for
 * a linear swap, USD for an inverse one), tickSz, settleCcy. The live answer and the recorded one
 * (src/venues/okx/recorded-instruments.ts) both go through here.
 */
export function parseOkxInstrument(answer: unknown, symbol: string): Parsed<Omit<ParsedTiers, 'tiers'>> {
  const instruments = okData(answer, 'instruments');
  if (typeof instruments === 'string') return { ok: false, reason: instruments };
  const instrument = instruments.find((r) => isObject(r) && r.instId === symbol);
  const ctVal = decimalField(at(instrument, 'ctVal'));
  const ctType = at(instrument, 'ctType');
  if (!ctVal || !/^\d*\.?\d+$/.test(ctVal) || Number(ctVal) <= 0) return { ok: false, reason: `instruments has no contract value for ${symbol}` };
  if (ctType !== 'linear' && ctType !== 'inverse') return { ok: false, reason: `instruments has no contract type for ${symbol}` };
  const priceTick = decimalField(at(instrument, 'tickSz'));
  const settle = at(instrument, 'settleCcy');
  const facts = { ...(priceTick ? { priceTick } : {}), ...(typeof settle === 'string' && settle !== '' ? { settlementAsset: settle } : {}) };
  return { ok: true, value: { ...(ctType === 'linear' ? { contractSize: ctVal } : { contractValue: ctVal }), ...instrumentField(facts) } };
}

export const okxEndpoints: VenueEndpoints = {
  venue: 'okx',
  hostPermissions: [`${BASE}/*`],
  tierRequests: (symbol) => [
    { url: `${BASE}/position-tiers?instType=SWAP&tdMode=cross&instFamily=${encodeURIComponent(family(symbol))}` },
    { url: `${BASE}/instruments?instType=SWAP&instId=${encodeURIComponent(symbol)}` },
  ],
  parseTiers([tiersAnswer, instrumentAnswer], symbol): Parsed<ParsedTiers> {
    const rows = okData(tiersAnswer, 'position-tiers');
    if (typeof rows === 'string') return { ok: false, reason: rows };
    // The answer is for one family: a row that doesn't say which could be anyone's (issue 17).
    if (rows.some((r) => !isObject(r) || typeof r.instFamily !== 'string' || r.instFamily === '')) return { ok: false, reason: 'position-tiers has a row without an instrument family' };
    const mine = rows.filter((r) => isObject(r) && r.instFamily === family(symbol));
    if (mine.length === 0) return { ok: false, reason: `position-tiers has no ${family(symbol)}` };
    const sorted = [...mine].sort((a, b) => Number(at(a, 'tier')) - Number(at(b, 'tier')));
    const tiers: Tier[] = [];
    for (const [i, row] of sorted.entries()) {
      const floor = decimalField(at(row, 'minSz'));
      const cap = decimalField(at(row, 'maxSz'));
      const rate = decimalField(at(row, 'mmr'));
      const leverage = decimalField(at(row, 'maxLever'));
      if (!floor || !rate) return { ok: false, reason: `${symbol} tier ${i + 1} lacks minSz or mmr` };
      tiers.push({ floor, ...(cap ? { cap } : {}), maintenanceMarginRate: rate, ...(leverage ? { maxLeverage: leverage } : {}) });
    }
    const instrument = parseOkxInstrument(instrumentAnswer, symbol);
    if (!instrument.ok) return instrument;
    return { ok: true, value: { tiers, ...instrument.value } };
  },
  tierRules: {},
  // The tiers are per family (BTC-USDT); the swap of a family is <family>-SWAP.
  tierSymbols: (answer) => namesIn(at(answer, 'data'), 'instFamily').map((f) => `${f}-SWAP`),
  markRequest: (symbol) => ({ url: `${BASE}/mark-price?instType=SWAP&instId=${encodeURIComponent(symbol)}` }),
  parseMark(answer, symbol): Parsed<ParsedMark> {
    const rows = okData(answer, 'mark-price');
    if (typeof rows === 'string') return { ok: false, reason: rows };
    const markPrice = decimalField(at(rows.find((r) => isObject(r) && r.instId === symbol), 'markPx'));
    return markPrice ? { ok: true, value: { markPrice } } : { ok: false, reason: `mark-price has no ${symbol}` };
  },
};
