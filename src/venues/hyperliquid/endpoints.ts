// Hyperliquid: margin tables from POST /info {"type":"meta"} (lower bounds in USDC and max leverage;
// the maintenance rate is half the initial rate at max leverage), each asset's price rule from its
// szDecimals in the same answer, mark price and funding from {"type":"metaAndAssetCtxs"}. Reference
// docs/rules/hyperliquid-and-others.md §1.2, §1.3, §1.7.
import { Dm } from '../../model/decimal';
import { isBoundedPositiveDecimal } from '../../model/decimal-text';
import type { Tier } from '../../model/types';
import { at, decimalField, isObject, namesIn } from '../../market-data/json-fields';
import type { Parsed, ParsedMark, ParsedTiers, VenueEndpoints } from '../../market-data/venues/endpoint';
import { instrumentField } from '../../market-data/instrument-facts';
import type { PriceRule } from '../../market-data/price-rule';

const INFO = 'https://api.hyperliquid.xyz/info';
/** Margin table ids below this are one tier whose max leverage is the id (docs, §1.3). */
const FIRST_TIERED_TABLE = 50;
/**
 * A perp price has at most 5 significant figures and at most 6 - szDecimals decimals, whole prices
 * always allowed (Hyperliquid docs, "Tick and lot size"; HIP-3 dexes list perps too).
 */
const PERP_SIGNIFICANT_FIGURES = 5;
const PERP_MAX_DECIMALS = 6;

/** The asset's price rule from its szDecimals, when that is a whole number the rule can take. */
export function perpPriceRule(asset: unknown): PriceRule | undefined {
  const sz = at(asset, 'szDecimals');
  if (typeof sz !== 'number' || !Number.isInteger(sz) || sz < 0 || sz > PERP_MAX_DECIMALS) return undefined;
  return { significantFigures: PERP_SIGNIFICANT_FIGURES, maxDecimals: PERP_MAX_DECIMALS - sz };
}

/** A whole max leverage above 0, bounded in length (decimal-text.ts) before it becomes a Decimal. */
const isWholeLeverage = (text: string | undefined): text is string => isBoundedPositiveDecimal(text) && /^\d+$/.test(text);
const rateOf = (maxLeverage: string) => new Dm(1).div(new Dm(maxLeverage).mul(2)).toString();

function assetIndex(meta: unknown, coin: string): number {
  const universe = at(meta, 'universe');
  return Array.isArray(universe) ? universe.findIndex((a) => isObject(a) && a.name === coin) : -1;
}

export function parseHyperliquidMeta(meta: unknown, coin: string): Parsed<ParsedTiers> {
  const index = assetIndex(meta, coin);
  if (index < 0) return { ok: false, reason: `meta has no ${coin}` };
  const asset = at(meta, 'universe', index);
  const maxLeverage = decimalField(at(asset, 'maxLeverage'));
  const tableId = at(asset, 'marginTableId');
  if (!isWholeLeverage(maxLeverage)) return { ok: false, reason: `${coin} has no max leverage` };
  const priceRule = perpPriceRule(asset);
  const facts = instrumentField(priceRule ? { priceRule } : undefined);
  const tables = at(meta, 'marginTables');
  const table = Array.isArray(tables) ? tables.find((t) => Array.isArray(t) && t[0] === tableId)?.[1] : undefined;
  if (table === undefined) {
    if (typeof tableId === 'number' && tableId < FIRST_TIERED_TABLE) {
      return { ok: true, value: { tiers: [{ floor: '0', maintenanceMarginRate: rateOf(maxLeverage), maxLeverage }], ...facts } };
    }
    return { ok: false, reason: `meta has no margin table ${String(tableId)} for ${coin}` };
  }
  const rows = at(table, 'marginTiers');
  if (!Array.isArray(rows)) return { ok: false, reason: `margin table ${String(tableId)} has no marginTiers` };
  const tiers: Tier[] = [];
  for (const [i, row] of rows.entries()) {
    const floor = decimalField(at(row, 'lowerBound'));
    const leverage = decimalField(at(row, 'maxLeverage'));
    if (!floor || !isWholeLeverage(leverage)) return { ok: false, reason: `${coin} margin tier ${i + 1} lacks a bound or leverage` };
    tiers.push({ floor, maintenanceMarginRate: rateOf(leverage), maxLeverage: leverage });
  }
  return { ok: true, value: { tiers, ...facts } };
}

export const hyperliquidEndpoints: VenueEndpoints = {
  venue: 'hyperliquid',
  hostPermissions: [INFO],
  tierRequests: () => [{ url: INFO, method: 'POST', body: JSON.stringify({ type: 'meta', dex: '' }), maxBytes: 4 * 1024 * 1024 }],
  parseTiers: ([meta], coin) => parseHyperliquidMeta(meta, coin),
  tierRules: {},
  tierSymbols: (meta) => namesIn(at(meta, 'universe'), 'name'),
  markRequest: () => ({ url: INFO, method: 'POST', body: JSON.stringify({ type: 'metaAndAssetCtxs' }), maxBytes: 4 * 1024 * 1024 }),
  parseMark(answer, coin): Parsed<ParsedMark> {
    if (!Array.isArray(answer)) return { ok: false, reason: 'metaAndAssetCtxs is not [meta, contexts]' };
    const index = assetIndex(answer[0], coin);
    const context = index < 0 ? undefined : at(answer, 1, index);
    const markPrice = decimalField(at(context, 'markPx'));
    const fundingRate = decimalField(at(context, 'funding'));
    if (!markPrice) return { ok: false, reason: `metaAndAssetCtxs has no mark price for ${coin}` };
    return { ok: true, value: { markPrice, ...(fundingRate ? { fundingRate } : {}) } };
  },
};
