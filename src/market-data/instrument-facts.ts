// What the worker knows about one instrument beside its tiers, from the same public answers: the
// price tick (the verdict's tolerance, and OKX's printed step toward the mark), or the rule that gives
// the tick at each price where it depends on the price (Hyperliquid), the hours between fundings (not
// a fixed 8 h), the asset it settles in. Each is optional: a venue whose answer does not carry one
// leaves it out, and the worker falls back to what it did before.
import { isBoundedPositiveDecimal } from '../model/decimal-text';
import { Dm } from '../model/decimal';
import type { Dec } from '../model/types';
import { isPriceRule, type PriceRule } from './price-rule';

export interface InstrumentFacts {
  /** The smallest price step the venue quotes in. */
  priceTick?: Dec;
  /** Where the tick depends on the price (Hyperliquid): the rule that gives it at each price. */
  priceRule?: PriceRule;
  fundingIntervalHours?: Dec;
  /** "USDT", "BTC": the asset margin and PnL are counted in. */
  settlementAsset?: string;
}

export type CheckedFacts = { ok: true; facts: InstrumentFacts } | { ok: false; reason: string };

const ASSET = /^[A-Z0-9]{1,12}$/;
/** Venues fund every 1 to 8 h; a day is the longest interval any publishes. */
const MAX_FUNDING_HOURS = 24;

/** The facts, checked as a table's tiers are: a malformed one is a broken answer, not a fact to drop. */
export function checkInstrumentFacts(given: unknown): CheckedFacts {
  if (given === undefined) return { ok: true, facts: {} };
  if (typeof given !== 'object' || given === null) return { ok: false, reason: 'instrument facts are not an object' };
  const { priceTick, priceRule, fundingIntervalHours, settlementAsset } = given as Record<string, unknown>;
  const facts: InstrumentFacts = {};
  if (priceTick !== undefined) {
    if (!isBoundedPositiveDecimal(priceTick) || new Dm(priceTick).gte(1e6)) return { ok: false, reason: `price tick ${String(priceTick)} is not a positive decimal` };
    facts.priceTick = priceTick;
  }
  if (priceRule !== undefined) {
    if (!isPriceRule(priceRule)) return { ok: false, reason: 'price rule is not a count of significant figures and decimals' };
    facts.priceRule = { significantFigures: priceRule.significantFigures, maxDecimals: priceRule.maxDecimals };
  }
  if (fundingIntervalHours !== undefined) {
    if (!isBoundedPositiveDecimal(fundingIntervalHours) || new Dm(fundingIntervalHours).gt(MAX_FUNDING_HOURS)) return { ok: false, reason: `funding interval ${String(fundingIntervalHours)} h is not between 0 and ${MAX_FUNDING_HOURS} h` };
    facts.fundingIntervalHours = fundingIntervalHours;
  }
  if (settlementAsset !== undefined) {
    if (typeof settlementAsset !== 'string' || !ASSET.test(settlementAsset)) return { ok: false, reason: 'settlement asset is not an asset name' };
    facts.settlementAsset = settlementAsset;
  }
  return { ok: true, facts };
}

/** `{ instrument }` when there is a fact to carry, else nothing: tables without facts keep their shape. */
export function instrumentField(facts: InstrumentFacts | undefined): { instrument?: InstrumentFacts } {
  return facts && Object.keys(facts).length > 0 ? { instrument: facts } : {};
}
