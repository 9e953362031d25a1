// The fetched tier tables in storage.local, one entry per venue + symbol: the last good table with
// when and where it was fetched, the last refresh failure, and when a page last used the symbol.
// What is read back is validated again: storage may hold what an older version wrote. Storage is
// bounded: only venue-shaped symbols are written, at most MAX_TABLES_PER_VENUE per venue (the least
// recently used go first), and entries no page used for UNUSED_FOR_MS are removed (issue 17).
import type { Dec, Tier, Venue } from '../model/types';
import type { PrunableArea } from '../platform/key-value-area';
import { decimalString } from '../protocol/check';
import { isVenue } from '../venues';
import { isVenueSymbol } from '../venues/venue-symbol';
import { checkContractTerms } from './check-contract-terms';
import { isObject } from './json-fields';
import type { RefreshFailure } from './market-table';
import { validateTiers } from './validate-tiers';
import { checkInstrumentFacts, instrumentField, type InstrumentFacts } from './instrument-facts';

/** More than the markets a trader follows on one venue; a page inventing symbols hits this first. */
export const MAX_TABLES_PER_VENUE = 100;
/** An entry no page has used for this long is removed. */
export const UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;
/** "Last used" is written at most this often per symbol: not a storage write per snapshot. */
export const USED_AT_RESOLUTION_MS = 60 * 60 * 1000;

export interface StoredTable {
  tiers: Tier[];
  /** ms since epoch. */
  fetchedAt: number;
  source: string;
  contractValue?: Dec;
  contractSize?: Dec;
  instrument?: InstrumentFacts;
}

export interface StoredEntry {
  table?: StoredTable;
  failure?: RefreshFailure;
  /** When a page last needed this symbol (ms since epoch), to the hour. */
  usedAt?: number;
}

const PREFIX = 'tiers:';
const keyOf = (venue: Venue, symbol: string) => `${PREFIX}${venue}:${symbol}`;
const MAX_SOURCE = 2000;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** A decimal as decimal.js writes it, bounded in length and exponent (src/protocol/check.ts). */
const isDecimal = (v: unknown): v is string => decimalString(v, '').ok;
const TIER_FIELDS = ['floor', 'cap', 'maintenanceMarginRate', 'maintenanceAmount', 'maxLeverage'] as const;

function readTable(venue: Venue, symbol: string, value: unknown): StoredTable | undefined {
  if (!isObject(value) || !isTime(value.fetchedAt) || typeof value.source !== 'string' || value.source.length > MAX_SOURCE) return undefined;
  const tiers = validateTiers(value.tiers);
  if (!tiers.ok) return undefined;
  if (!tiers.tiers.every((tier) => TIER_FIELDS.every((f) => tier[f] === undefined || isDecimal(tier[f])))) return undefined;
  // The same contract checks as a fetch: an older version may have stored what they refuse.
  const terms = checkContractTerms(venue, symbol, { contractValue: value.contractValue, contractSize: value.contractSize });
  if (!terms.ok) return undefined;
  const facts = checkInstrumentFacts(value.instrument);
  if (!facts.ok) return undefined;
  return { tiers: tiers.tiers, fetchedAt: value.fetchedAt, source: value.source, ...terms.terms, ...instrumentField(facts.facts) };
}

function readEntry(venue: Venue, symbol: string, value: unknown): StoredEntry {
  if (!isObject(value)) return {};
  const table = readTable(venue, symbol, value.table);
  const f = value.failure;
  const failure = isObject(f) && isTime(f.at) && typeof f.reason === 'string' && f.reason.length <= MAX_SOURCE ? { at: f.at, reason: f.reason } : undefined;
  const usedAt = isTime(value.usedAt) ? value.usedAt : undefined;
  return { ...(table ? { table } : {}), ...(failure ? { failure } : {}), ...(usedAt !== undefined ? { usedAt } : {}) };
}

/** When the entry was last needed: entries written before usedAt existed count from their fetch. */
const lastUsed = (entry: StoredEntry) => entry.usedAt ?? Math.max(entry.table?.fetchedAt ?? 0, entry.failure?.at ?? 0);

/** A storage key's venue and symbol, when it is one of ours and well formed. */
function parseKey(key: string): { venue: Venue; symbol: string } | null {
  if (!key.startsWith(PREFIX)) return null;
  const rest = key.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const venue = rest.slice(0, colon);
  const symbol = rest.slice(colon + 1);
  return colon > 0 && isVenue(venue) && isVenueSymbol(venue, symbol) ? { venue, symbol } : null;
}

export class TableStore {
  constructor(private readonly area: PrunableArea) {}

  async read(venue: Venue, symbols: readonly string[]): Promise<Map<string, StoredEntry>> {
    const values = await this.area.get(symbols.map((s) => keyOf(venue, s)));
    return new Map(symbols.map((s) => [s, readEntry(venue, s, values[keyOf(venue, s)])]));
  }

  /** A good table replaces the old one and clears the failure; a new entry counts as used now. */
  async writeTable(venue: Venue, symbol: string, table: StoredTable): Promise<void> {
    if (!isVenueSymbol(venue, symbol)) return;
    const entry = (await this.read(venue, [symbol])).get(symbol) ?? {};
    await this.area.set({ [keyOf(venue, symbol)]: { table, usedAt: entry.usedAt ?? table.fetchedAt } });
  }

  /** A failed refresh is remembered beside the last good table, which stays. */
  async writeFailure(venue: Venue, symbol: string, failure: RefreshFailure): Promise<void> {
    if (!isVenueSymbol(venue, symbol)) return;
    const entry = (await this.read(venue, [symbol])).get(symbol) ?? {};
    await this.area.set({ [keyOf(venue, symbol)]: { ...(entry.table ? { table: entry.table } : {}), failure, usedAt: entry.usedAt ?? failure.at } });
  }

  /** Notes that a page needs these symbols now; `entries` are what `read` just gave. Hourly at most per symbol. */
  async markUsed(venue: Venue, entries: ReadonlyMap<string, StoredEntry>, now: number): Promise<void> {
    const stale = [...entries].filter(([, e]) => (e.table || e.failure) && now - lastUsed(e) >= USED_AT_RESOLUTION_MS);
    if (stale.length === 0) return;
    await this.area.set(Object.fromEntries(stale.map(([symbol, e]) => [keyOf(venue, symbol), { ...e, usedAt: now }])));
  }

  /** Every venue + symbol with an entry, and when a page last used it: what the daily refresh looks at. */
  async entries(): Promise<{ venue: Venue; symbol: string; usedAt: number }[]> {
    const all = await this.area.get(null);
    return Object.entries(all).flatMap(([key, value]) => {
      const parsed = parseKey(key);
      return parsed ? [{ ...parsed, usedAt: lastUsed(readEntry(parsed.venue, parsed.symbol, value)) }] : [];
    });
  }

  /**
   * Removes what should not be kept: keys that are no venue's symbol, values that read as nothing,
   * entries unused for UNUSED_FOR_MS, and beyond MAX_TABLES_PER_VENUE a venue's least recently used.
   */
  async prune(now: number): Promise<void> {
    const all = await this.area.get(null);
    const doomed: string[] = [];
    const kept = new Map<Venue, { key: string; usedAt: number }[]>();
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const parsed = parseKey(key);
      const entry = parsed ? readEntry(parsed.venue, parsed.symbol, value) : {};
      const usedAt = lastUsed(entry);
      if (!parsed || (!entry.table && !entry.failure) || now - usedAt >= UNUSED_FOR_MS) {
        doomed.push(key);
        continue;
      }
      kept.set(parsed.venue, [...(kept.get(parsed.venue) ?? []), { key, usedAt }]);
    }
    for (const list of kept.values()) {
      list.sort((a, b) => b.usedAt - a.usedAt);
      doomed.push(...list.slice(MAX_TABLES_PER_VENUE).map((e) => e.key));
    }
    if (doomed.length > 0) await this.area.remove(doomed);
  }
}
