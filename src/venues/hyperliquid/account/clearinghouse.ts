// POST https://api.hyperliquid.xyz/info {"type":"clearinghouseState","user":"0x…"}: the perp account
// of one address (main dex). Fields per reference docs/rules/hyperliquid-and-others.md §1.7; recorded
// answers in testing/recorded.ts. An answer that is not that shape, or whose numbers can't be true,
// is refused whole: the worker then keeps the last good state (poll.ts).
import { Dm } from '../../../model/decimal';
import { isBoundedDecimal, isBoundedPositiveDecimal, isBoundedUnsignedDecimal } from '../../../model/decimal-text';
import type { JsonRequest } from '../../../market-data/fetch-json';
import { at, decimalField, isObject } from '../../../market-data/json-fields';
import type { Parsed } from '../../../market-data/venues/endpoint';
import type { HlAccount, HlPosition } from './account-state';
import { INFO_URL } from './info-url';

/** Far above any real account's number of perp positions; more is not an answer to trust. */
const MAX_POSITIONS = 300;

/**
 * The request: the address and nothing else; a HIP-3 dex by its name (the main dex: "dex" left out,
 * as the docs default it).
 */
export const clearinghouseRequest = (address: string, dex = ''): JsonRequest => ({
  url: INFO_URL,
  method: 'POST',
  body: JSON.stringify(dex === '' ? { type: 'clearinghouseState', user: address } : { type: 'clearinghouseState', user: address, dex }),
  maxBytes: 512 * 1024,
});

const COIN = /^[A-Za-z0-9]{1,20}$/;

/** A coin of this dex: plain on the main dex, "dex:COIN" on a HIP-3 dex (docs, HIP-3 asset names). */
const isCoinOf = (coin: unknown, dex: string): coin is string =>
  typeof coin === 'string' && (dex === '' ? COIN.test(coin) : coin.startsWith(`${dex}:`) && COIN.test(coin.slice(dex.length + 1)));

function parsePosition(entry: unknown, index: number, dex: string): Parsed<HlPosition> {
  const p = at(entry, 'position');
  const where = `position ${index + 1}`;
  if (!isObject(p)) return { ok: false, reason: `${where} is not an object` };
  const coin = p.coin;
  if (!isCoinOf(coin, dex)) return { ok: false, reason: `${where} has no coin of ${dex === '' ? 'the main dex' : `dex ${dex}`}` };
  const szi = decimalField(p.szi);
  const entryPx = decimalField(p.entryPx);
  const positionValue = decimalField(p.positionValue);
  const marginUsed = decimalField(p.marginUsed);
  const leverage = decimalField(at(p, 'leverage', 'value'));
  const maxLeverage = decimalField(p.maxLeverage);
  const type = at(p, 'leverage', 'type');
  if (!isBoundedDecimal(szi) || new Dm(szi).isZero()) return { ok: false, reason: `${coin}: size ${String(szi)} is not a signed, non-zero size` };
  if (!isBoundedPositiveDecimal(entryPx)) return { ok: false, reason: `${coin}: entry price ${String(entryPx)} is not positive` };
  if (!isBoundedPositiveDecimal(positionValue)) return { ok: false, reason: `${coin}: position value ${String(positionValue)} is not positive` };
  if (!isBoundedDecimal(marginUsed)) return { ok: false, reason: `${coin}: margin used is missing` };
  if (!isBoundedPositiveDecimal(leverage)) return { ok: false, reason: `${coin}: leverage is missing` };
  if (maxLeverage !== undefined && !isBoundedPositiveDecimal(maxLeverage)) return { ok: false, reason: `${coin}: max leverage ${maxLeverage} is not positive` };
  if (type !== 'cross' && type !== 'isolated') return { ok: false, reason: `${coin}: margin type ${String(type)} is neither cross nor isolated` };
  const rawUsd = decimalField(at(p, 'leverage', 'rawUsd'));
  if (type === 'isolated' && !isBoundedDecimal(rawUsd)) return { ok: false, reason: `${coin}: isolated position without rawUsd` };
  // null: Hyperliquid says there is no liquidation price (reference §1.5); a string must be a price.
  const liq = p.liquidationPx === null ? null : decimalField(p.liquidationPx);
  if (liq !== null && !isBoundedPositiveDecimal(liq)) return { ok: false, reason: `${coin}: liquidation price ${String(p.liquidationPx)} is not a price` };
  // The mark positionValue/|szi| must sit near the entry: 100x apart is a broken answer, not a market.
  const mark = new Dm(positionValue).div(new Dm(szi).abs());
  const ratio = mark.div(entryPx);
  if (ratio.gt(100) || ratio.lt(0.01)) return { ok: false, reason: `${coin}: mark ${mark.toSignificantDigits(8).toString()} is absurd beside entry ${entryPx}` };
  return {
    ok: true,
    value: {
      coin, szi, entryPx, positionValue, marginMode: type, leverage, marginUsed, liquidationPx: liq,
      ...(maxLeverage !== undefined ? { maxLeverage } : {}),
      ...(type === 'isolated' ? { rawUsd: rawUsd! } : {}),
    },
  };
}

export function parseClearinghouseState(json: unknown, dex = ''): Parsed<HlAccount> {
  // The API answers null for some errors (the python SDK records one, 2025): no state, not an empty one.
  if (!isObject(json)) return { ok: false, reason: 'the answer is not an account state' };
  const list = json.assetPositions;
  if (!Array.isArray(list)) return { ok: false, reason: 'the answer has no assetPositions' };
  if (list.length > MAX_POSITIONS) return { ok: false, reason: `the answer lists ${list.length} positions` };
  const crossAccountValue = decimalField(at(json, 'crossMarginSummary', 'accountValue'));
  // Older answers (2023) have no crossMaintenanceMarginUsed; then cross positions can't be checked.
  const crossMaintenanceMarginUsed = decimalField(json.crossMaintenanceMarginUsed);
  if (!isBoundedDecimal(crossAccountValue)) return { ok: false, reason: 'the answer has no cross account value' };
  if (crossMaintenanceMarginUsed !== undefined && !isBoundedUnsignedDecimal(crossMaintenanceMarginUsed)) return { ok: false, reason: 'the cross maintenance margin is not a number' };
  const positions: HlPosition[] = [];
  for (const [i, entry] of list.entries()) {
    const parsed = parsePosition(entry, i, dex);
    if (!parsed.ok) return parsed;
    if (positions.some((p) => p.coin === parsed.value.coin)) return { ok: false, reason: `${parsed.value.coin} is listed twice` };
    positions.push(parsed.value);
  }
  const time = typeof json.time === 'number' && Number.isSafeInteger(json.time) && json.time > 0 ? json.time : undefined;
  return {
    ok: true,
    value: {
      positions,
      crossAccountValue,
      ...(crossMaintenanceMarginUsed !== undefined ? { crossMaintenanceMarginUsed } : {}),
      ...(time !== undefined ? { time } : {}),
    },
  };
}
