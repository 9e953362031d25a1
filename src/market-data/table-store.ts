// The fetched tier tables in storage.local, one entry per venue + symbol: the last good table with
// when and where it was fetched, and the last refresh failure. What is read back is validated again:
// storage may hold what an older version wrote.
import type { Dec, Tier, Venue } from '../model/types';
import type { KeyValueArea } from '../platform/key-value-area';
import { checkContractTerms } from './check-contract-terms';
import { isObject } from './json-fields';
import type { RefreshFailure } from './market-table';
import { validateTiers } from './validate-tiers';

export interface StoredTable {
  tiers: Tier[];
  /** ms since epoch. */
  fetchedAt: number;
  source: string;
  contractValue?: Dec;
  contractSize?: Dec;
}

export interface StoredEntry {
  table?: StoredTable;
  failure?: RefreshFailure;
}

const PREFIX = 'tiers:';
const keyOf = (venue: Venue, symbol: string) => `${PREFIX}${venue}:${symbol}`;

function readTable(venue: Venue, symbol: string, value: unknown): StoredTable | undefined {
  if (!isObject(value) || typeof value.fetchedAt !== 'number' || typeof value.source !== 'string') return undefined;
  const tiers = validateTiers(value.tiers);
  if (!tiers.ok) return undefined;
  // The same contract checks as a fetch: an older version may have stored what they refuse.
  const terms = checkContractTerms(venue, symbol, { contractValue: value.contractValue, contractSize: value.contractSize });
  if (!terms.ok) return undefined;
  return { tiers: tiers.tiers, fetchedAt: value.fetchedAt, source: value.source, ...terms.terms };
}

function readEntry(venue: Venue, symbol: string, value: unknown): StoredEntry {
  if (!isObject(value)) return {};
  const table = readTable(venue, symbol, value.table);
  const f = value.failure;
  const failure = isObject(f) && typeof f.at === 'number' && typeof f.reason === 'string' ? { at: f.at, reason: f.reason } : undefined;
  return { ...(table ? { table } : {}), ...(failure ? { failure } : {}) };
}

export class TableStore {
  constructor(private readonly area: KeyValueArea) {}

  async read(venue: Venue, symbols: readonly string[]): Promise<Map<string, StoredEntry>> {
    const values = await this.area.get(symbols.map((s) => keyOf(venue, s)));
    return new Map(symbols.map((s) => [s, readEntry(venue, s, values[keyOf(venue, s)])]));
  }

  /** A good table replaces the old one and clears the failure. */
  async writeTable(venue: Venue, symbol: string, table: StoredTable): Promise<void> {
    await this.area.set({ [keyOf(venue, symbol)]: { table } });
  }

  /** A failed refresh is remembered beside the last good table, which stays. */
  async writeFailure(venue: Venue, symbol: string, failure: RefreshFailure): Promise<void> {
    const entry = (await this.read(venue, [symbol])).get(symbol) ?? {};
    await this.area.set({ [keyOf(venue, symbol)]: { ...(entry.table ? { table: entry.table } : {}), failure } });
  }

  /** Every venue + symbol with an entry: what the daily refresh re-fetches. */
  async entries(): Promise<{ venue: Venue; symbol: string }[]> {
    const all = await this.area.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => {
        const rest = k.slice(PREFIX.length);
        const colon = rest.indexOf(':');
        return { venue: rest.slice(0, colon) as Venue, symbol: rest.slice(colon + 1) };
      });
  }
}
