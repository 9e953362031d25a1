// Checks a fetched (or stored) contract value and contract size before the worker trusts them. Each
// must be a bounded positive decimal, and where the extension ships a term for the same instrument,
// the fetched one must equal it: a contract's terms almost never change, so a disagreement (OKX
// BTC-USDT-SWAP ctVal 100 where 0.01 is shipped, issue 17) is a unit or parsing error, and 10,000
// times the position is a confident wrong number. A real change needs the bundled table updated.
import { bundledTable } from '../data';
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { isBoundedPositiveDecimal } from '../model/decimal-text';
import type { Dec, Venue } from '../model/types';

export interface ContractTerms {
  contractValue?: Dec;
  contractSize?: Dec;
}

export type CheckedTerms = { ok: true; terms: ContractTerms } | { ok: false; reason: string };

const TERMS = [
  ['contractValue', 'market_contractValue'],
  ['contractSize', 'market_contractSize'],
] as const;

export function checkContractTerms(venue: Venue, symbol: string, given: { contractValue?: unknown; contractSize?: unknown }): CheckedTerms {
  const shipped = bundledTable(venue, symbol);
  const terms: ContractTerms = {};
  for (const [key, name] of TERMS) {
    const value = given[key];
    const expected = shipped?.[key];
    if (value === undefined) {
      if (expected !== undefined) return { ok: false, reason: t('market_contractTermMissing', t(name), expected) };
      continue;
    }
    if (!isBoundedPositiveDecimal(value)) return { ok: false, reason: t('market_contractTermNotDecimal', t(name)) };
    if (expected !== undefined && !new Dm(value).eq(expected)) return { ok: false, reason: t('market_contractTermDiffers', t(name), value, expected) };
    terms[key] = value;
  }
  return { ok: true, terms };
}
