// Margin tables of a HIP-3 dex: POST /info {"type":"meta","dex":"<name>"} lists that dex's assets
// (named "dex:COIN") and margin tables in the main dex's shape, so the main dex's parser reads them
// (venues/hyperliquid/endpoints.ts), with each asset's price rule (its szDecimals). Kept per dex in
// storage.local, asked again after a day (or ten minutes after a failure), and only for dexes where a
// watched address holds a position.
import type { Tier } from '../../../model/types';
import type { KeyValueArea } from '../../../platform/key-value-area';
import { at, isObject } from '../../../market-data/json-fields';
import type { JsonRequest } from '../../../market-data/fetch-json';
import { isoDate } from '../../../market-data/lookup';
import { isPriceRule, type PriceRule } from '../../../market-data/price-rule';
import { parseHyperliquidMeta } from '../endpoints';
import { askInfo, type AskOptions } from './ask-info';
import { INFO_URL } from './info-url';
import type { Failure } from './account-state';
import { WEIGHT, type WeightBudget } from './request-weight';
import type { CoinTables } from './rows';

export const dexTablesKey = (dex: string) => `hlDexMeta:${dex}`;
export const DEX_TABLES_REFRESH_MS = 24 * 60 * 60_000;
export const DEX_TABLES_RETRY_MS = 10 * 60_000;
const MAX_ASSETS = 500;

export interface DexTables {
  good?: { fetchedAt: number; tiers: Record<string, Tier[]>; rules?: Record<string, PriceRule> };
  failure?: Failure;
}

export const dexMetaRequest = (dex: string): JsonRequest => ({ url: INFO_URL, method: 'POST', body: JSON.stringify({ type: 'meta', dex }), maxBytes: 2 * 1024 * 1024 });

/** Every asset of the dex whose margin table reads, with its price rule; an answer with none is no answer. */
export function parseDexMeta(json: unknown, dex: string): { ok: true; tiers: Record<string, Tier[]>; rules: Record<string, PriceRule> } | { ok: false; reason: string } {
  const universe = at(json, 'universe');
  if (!Array.isArray(universe) || universe.length === 0 || universe.length > MAX_ASSETS) return { ok: false, reason: `meta of dex ${dex} has no universe` };
  const tiers: Record<string, Tier[]> = {};
  const rules: Record<string, PriceRule> = {};
  for (const asset of universe) {
    const name = isObject(asset) ? asset.name : undefined;
    if (typeof name !== 'string' || !name.startsWith(`${dex}:`)) continue;
    const parsed = parseHyperliquidMeta(json, name);
    if (!parsed.ok) continue;
    tiers[name] = parsed.value.tiers;
    const rule = parsed.value.instrument?.priceRule;
    if (rule) rules[name] = rule;
  }
  return Object.keys(tiers).length > 0 ? { ok: true, tiers, rules } : { ok: false, reason: `meta of dex ${dex} has no margin table` };
}

/** The dex's tables, asked for first when missing or a day old (within the budget). */
export async function dexTiers(dex: string, area: KeyValueArea, now: number, budget: WeightBudget, options: AskOptions): Promise<CoinTables> {
  const stored = (await area.get([dexTablesKey(dex)]))[dexTablesKey(dex)] as DexTables | undefined;
  let tables: DexTables = isObject(stored) ? stored : {};
  const due = (!tables.good || now - tables.good.fetchedAt >= DEX_TABLES_REFRESH_MS) && !(tables.failure && now - tables.failure.at < DEX_TABLES_RETRY_MS);
  if (due) {
    const answer = await askInfo(dexMetaRequest(dex), WEIGHT.meta, budget, options);
    if (answer.ok) {
      const parsed = parseDexMeta(answer.json, dex);
      tables = parsed.ok ? { good: { fetchedAt: now, tiers: parsed.tiers, rules: parsed.rules } } : { ...tables, failure: { at: now, reason: parsed.reason } };
    } else if (!('notSent' in answer)) {
      tables = { ...tables, failure: { at: now, reason: answer.reason } };
    }
    if (!('notSent' in answer)) await area.set({ [dexTablesKey(dex)]: tables });
  }
  const good = tables.good;
  const tiers = good?.tiers;
  const rules = isObject(good?.rules) ? good.rules : undefined;
  return {
    tiers: (coin) => (tiers && Object.hasOwn(tiers, coin) ? tiers[coin] : undefined),
    // What storage gives back is checked again: an older version wrote no rules.
    tick(coin) {
      const rule = rules && Object.hasOwn(rules, coin) ? rules[coin] : undefined;
      return good && isPriceRule(rule) ? { rule, date: isoDate(good.fetchedAt) } : undefined;
    },
  };
}
