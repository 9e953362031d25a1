import type { ResolvedTier } from './equation';

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
  // Plain indexed reads of the five fields: this runs on every estimate.
  let k = 0;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as Record<string, unknown>;
    if (
      t !== seen[k] || t.floor !== seen[k + 1] || t.cap !== seen[k + 2] || t.maintenanceMarginRate !== seen[k + 3] ||
      t.maintenanceAmount !== seen[k + 4] || t.maxLeverage !== seen[k + 5]
    ) return false;
    k += 6;
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
  let hit: Entry | undefined;
  if (entries) for (const e of entries) if (e.variant === variant) { hit = e; break; }
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
