import type { ResolvedTier } from './tiers';

// In cross margin every other position is held at its own mark price. The worker estimates every
// position of an account with all the others, and again for each likely-cause variant, so the same
// other position with the same strings comes back many times, mostly with the same mark, sometimes
// with a moved one. What does not depend on the mark is kept per resolved table (only tables the
// resolved-tier cache keeps, so an edited table is a new one) and per key, a string holding every
// input it depends on. Only what was computed without an error is kept.

const kept = new WeakMap<ResolvedTier[], Map<string, unknown>>();
// Enough for every position of an account sharing one table; emptied when full.
const LIMIT = 256;

/** What was kept for this table and key, if anything. */
export function keptFor<T>(table: ResolvedTier[], key: string): T | undefined {
  return kept.get(table)?.get(key) as T | undefined;
}

/** Keeps a value for this table and key (only for a table the resolved-tier cache keeps). */
export function keep<T>(table: ResolvedTier[], key: string, value: T): void {
  if (!Object.isFrozen(table)) return;
  let byKey = kept.get(table);
  if (!byKey) kept.set(table, (byKey = new Map()));
  if (byKey.size >= LIMIT) byKey.clear();
  byKey.set(key, value);
}

/**
 * The key from the strings a value depends on, each with its length before it so that no two lists
 * give one key; undefined when a part is neither a string nor undefined (the caller then reports it).
 */
export function keyOf(parts: readonly unknown[]): string | undefined {
  let key = '';
  for (const part of parts) {
    if (part === undefined) key += '-';
    else if (typeof part === 'string') key += `${part.length}:${part}`;
    else return undefined;
  }
  return key;
}
