import type { ResolvedTier } from './tiers';

// The worker and the popup pass the same tier-table array on every estimate; parsing and validating
// it each time was most of an estimate's cost. A resolved table is kept per array object and per way
// of resolving it, and used only while every tier still holds the very same values: a table changed
// in place, or any other array, is resolved afresh, so no result can depend on this cache.

const TIER_FIELDS = ['floor', 'cap', 'maintenanceMarginRate', 'maintenanceAmount', 'maxLeverage'] as const;

interface Entry {
  variant: string;
  /** The estimate pass in which the table was last found unchanged (see inOnePass). */
  pass: number;
  /** Per tier: the tier object, then its fields, as they were when resolved. */
  seen: unknown[];
  resolved: ResolvedTier[];
}

const cache = new WeakMap<object, Entry[]>();

function snapshot(tiers: readonly unknown[]): unknown[] | undefined {
  const seen: unknown[] = [];
  for (const tier of tiers) {
    if (typeof tier !== 'object' || tier === null) return undefined;
    const t = tier as Record<string, unknown>;
    seen.push(tier);
    for (const field of TIER_FIELDS) seen.push(t[field]);
  }
  return seen;
}

function unchanged(tiers: readonly unknown[], seen: unknown[]): boolean {
  if (seen.length !== tiers.length * (TIER_FIELDS.length + 1)) return false;
  let k = 0;
  for (const tier of tiers) {
    if (tier !== seen[k++]) return false;
    const t = tier as Record<string, unknown>;
    for (const field of TIER_FIELDS) if (t[field] !== seen[k++]) return false;
  }
  return true;
}

// One estimate reads the same table for many positions (20 other positions often share one). Nothing
// can edit it while one synchronous estimate runs, so within one pass it is compared once.
let pass = 0;
let passes = 0;

/** Runs one estimate as one pass: a table found unchanged in it is not compared again until it ends. */
export function inOnePass<T>(run: () => T): T {
  const outer = pass;
  pass = ++passes;
  try {
    return run();
  } finally {
    pass = outer;
  }
}

/** The resolved table for this array and variant: from the cache while the array is unchanged, else resolve() and keep it. */
export function resolveOnce(tiers: unknown, variant: string, resolve: () => ResolvedTier[]): ResolvedTier[] {
  if (!Array.isArray(tiers)) return resolve();
  const entries = cache.get(tiers);
  const hit = entries?.find((e) => e.variant === variant);
  if (hit && ((pass !== 0 && hit.pass === pass) || unchanged(tiers, hit.seen))) {
    hit.pass = pass;
    return hit.resolved;
  }
  // Read the fields before resolving: what is kept is what was validated.
  const seen = snapshot(tiers);
  const resolved = resolve();
  if (seen === undefined || !unchanged(tiers, seen)) return resolved;
  const entry: Entry = { variant, pass, seen, resolved: freeze(resolved) };
  const others = (entries ?? []).filter((e) => e.variant !== variant);
  cache.set(tiers, [...others, entry]);
  return entry.resolved;
}

function freeze(resolved: ResolvedTier[]): ResolvedTier[] {
  resolved.forEach((tier) => Object.freeze(tier));
  return Object.freeze(resolved) as ResolvedTier[];
}
