import type { Dm } from './decimal';
import type { ResolvedTier } from './tiers';

// In cross margin every other position is held at its own mark price: what it adds to the equity
// and to the requirement is a pair of decimals fixed by its strings. The worker estimates every
// position of an account with all the others, and again for each likely-cause variant, so the same
// other position with the same strings comes back many times. Its terms are kept per resolved table
// (only tables the resolved-tier cache keeps, so an edited table is a new one) and per key, a string
// holding every input the terms depend on. Only terms that were computed without an error are kept.

export interface HeldTerms {
  /** The fee to close Bybit adds to the requirement (0 elsewhere). */
  closeFee: Dm;
  /** Its unrealized PnL at its mark price. */
  pnl: Dm;
  /** Its maintenance requirement at its mark price. */
  requirement: Dm;
}

const kept = new WeakMap<ResolvedTier[], Map<string, HeldTerms>>();
const LIMIT = 256;

export function heldTermsOnce(table: ResolvedTier[], key: string, compute: () => HeldTerms): HeldTerms {
  if (!Object.isFrozen(table)) return compute();
  let byKey = kept.get(table);
  if (!byKey) kept.set(table, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const terms = compute();
  if (byKey.size >= LIMIT) byKey.clear();
  byKey.set(key, terms);
  return terms;
}

/**
 * The key from the strings the terms depend on, each with its length before it so that no two lists
 * give one key; undefined when a part is neither a string nor undefined (the caller then reports it).
 */
export function heldTermsKey(parts: readonly unknown[]): string | undefined {
  let key = '';
  for (const part of parts) {
    if (part === undefined) key += '-';
    else if (typeof part === 'string') key += `${part.length}:${part}`;
    else return undefined;
  }
  return key;
}
