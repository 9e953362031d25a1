// `npm run data:update`: refreshes the bundled tier tables from the venues' public endpoints. For each
// venue it ranks the perpetuals by the venue's own 24 h volume, takes the largest 30, fetches their
// tables with the worker's own parsers and validators (src/market-data), and writes
// src/venues/<venue>/snapshot.ts with the source URL and date. A table that fails a check is left out
// and named; nothing is ever filled in by hand.
//
//   npx tsx scripts/data-update.ts [--base https://host:port] [--out dir] [--top 30] [--venues bybit,okx]
//   npx tsx scripts/data-update.ts --sources data/sources [--out dir] [--today YYYY-MM-DD]
//
// --sources reads recorded venue answers instead of fetching (scripts/data-sources/, docs/market-data.md):
// every table of every symbol the sources cover, through the same parsers and checks, dated by its source.
//
// --base (or LIQCHECK_API_BASE) sends every request to one origin instead of the venues' (tests point
// it at a local HTTPS mock; NODE_EXTRA_CA_CERTS=tests/support/certs/cert.pem makes Node trust it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchJson, type FetchLimits, type JsonRequest } from '../src/market-data/fetch-json';
import { fetchTierTables } from '../src/market-data/fetch-tier-tables';
import { at, decimalField, isObject } from '../src/market-data/json-fields';
import { endpointsFor, type VenueEndpoints } from '../src/market-data/venues';
import type { BundledTable } from '../src/data/bundled-table';
import { catalog } from '../src/i18n/catalog';
import { catalogLookup } from '../src/i18n/catalog-lookup';
import { useMessages } from '../src/i18n/t';
import type { Venue } from '../src/model/types';
import { isVenue, VENUE_IDS } from '../src/venues';
import { readSources } from './data-sources/read-sources';
import { recordedEndpoints } from './data-sources/recorded-endpoints';
import { tablesFromRecorded } from './data-sources/recorded-tables';
import { recordedSnapshotFile } from './data-sources/snapshot-file';

// The reasons a table is left out are written in English, as the extension says them in English.
useMessages(catalogLookup(catalog, 'en'));

/** How a venue lists its perpetuals with a 24 h volume: requests, then symbols largest first. */
interface Ranking {
  requests: JsonRequest[];
  rank(answers: unknown[]): string[];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const volume = (value: unknown): number => Number(decimalField(value) ?? 0) || 0;
const byVolume = (rows: { symbol: string; volume: number }[]) => rows.sort((a, b) => b.volume - a.volume).map((r) => r.symbol);

export const rankings: Partial<Record<Venue, Ranking>> = {
  'binance-usdm': {
    requests: [{ url: 'https://fapi.binance.com/fapi/v1/exchangeInfo', maxBytes: 16 * 1024 * 1024 }, { url: 'https://fapi.binance.com/fapi/v1/ticker/24hr', maxBytes: 16 * 1024 * 1024 }],
    rank([info, tickers]) {
      const perpetual = new Set(
        list(at(info, 'symbols'))
          .filter((s) => at(s, 'contractType') === 'PERPETUAL' && at(s, 'status') === 'TRADING')
          .map((s) => String(at(s, 'symbol'))),
      );
      return byVolume(list(tickers).filter((t) => perpetual.has(String(at(t, 'symbol')))).map((t) => ({ symbol: String(at(t, 'symbol')), volume: volume(at(t, 'quoteVolume')) })));
    },
  },
  bybit: {
    requests: [{ url: 'https://api.bybit.com/v5/market/instruments-info?category=linear&limit=1000', maxBytes: 16 * 1024 * 1024 }, { url: 'https://api.bybit.com/v5/market/tickers?category=linear', maxBytes: 16 * 1024 * 1024 }],
    rank([instruments, tickers]) {
      const perpetual = new Set(
        list(at(instruments, 'result', 'list'))
          .filter((s) => at(s, 'contractType') === 'LinearPerpetual' && at(s, 'status') === 'Trading')
          .map((s) => String(at(s, 'symbol'))),
      );
      return byVolume(list(at(tickers, 'result', 'list')).filter((t) => perpetual.has(String(at(t, 'symbol')))).map((t) => ({ symbol: String(at(t, 'symbol')), volume: volume(at(t, 'turnover24h')) })));
    },
  },
  okx: {
    requests: [{ url: 'https://www.okx.com/api/v5/public/instruments?instType=SWAP', maxBytes: 16 * 1024 * 1024 }, { url: 'https://www.okx.com/api/v5/market/tickers?instType=SWAP', maxBytes: 16 * 1024 * 1024 }],
    rank([instruments, tickers]) {
      const live = new Set(list(at(instruments, 'data')).filter((s) => at(s, 'state') === 'live').map((s) => String(at(s, 'instId'))));
      // volCcy24h is in the base currency for swaps: times the last price gives the quote volume.
      return byVolume(list(at(tickers, 'data')).filter((t) => live.has(String(at(t, 'instId')))).map((t) => ({ symbol: String(at(t, 'instId')), volume: volume(at(t, 'volCcy24h')) * volume(at(t, 'last')) })));
    },
  },
  hyperliquid: {
    requests: [{ url: 'https://api.hyperliquid.xyz/info', method: 'POST', body: JSON.stringify({ type: 'metaAndAssetCtxs' }), maxBytes: 16 * 1024 * 1024 }],
    rank([answer]) {
      const universe = list(at(answer, 0, 'universe'));
      const contexts = list(at(answer, 1));
      return byVolume(universe.flatMap((asset, i) => (isObject(asset) && asset.isDelisted !== true ? [{ symbol: String(asset.name), volume: volume(at(contexts[i], 'dayNtlVlm')) }] : [])));
    },
  },
  bitget: {
    requests: [{ url: 'https://api.bitget.com/api/v2/mix/market/contracts?productType=USDT-FUTURES', maxBytes: 16 * 1024 * 1024 }, { url: 'https://api.bitget.com/api/v2/mix/market/tickers?productType=USDT-FUTURES', maxBytes: 16 * 1024 * 1024 }],
    rank([contracts, tickers]) {
      const perpetual = new Set(
        list(at(contracts, 'data'))
          .filter((s) => at(s, 'symbolType') === 'perpetual' && at(s, 'symbolStatus') === 'normal')
          .map((s) => String(at(s, 'symbol'))),
      );
      return byVolume(list(at(tickers, 'data')).filter((t) => perpetual.has(String(at(t, 'symbol')))).map((t) => ({ symbol: String(at(t, 'symbol')), volume: volume(at(t, 'usdtVolume') ?? at(t, 'quoteVolume')) })));
    },
  },
};

/** The same request sent to another origin (the mock), path and query kept. */
function rebase(request: JsonRequest, base: string | undefined): JsonRequest {
  if (!base) return request;
  const url = new URL(request.url);
  return { ...request, url: new URL(url.pathname + url.search, base).toString() };
}

function rebasedEndpoints(endpoints: VenueEndpoints, base: string | undefined): VenueEndpoints {
  return { ...endpoints, tierRequests: (symbol) => endpoints.tierRequests(symbol).map((r) => rebase(r, base)) };
}

export interface VenueUpdate {
  venue: Venue;
  tables: Record<string, BundledTable>;
  refused: { symbol: string; reason: string }[];
  /** Why the venue could not be ranked at all. */
  failure?: string;
}

export async function updateVenue(venue: Venue, options: { base?: string; top: number; today: string; limits: FetchLimits }): Promise<VenueUpdate> {
  const ranking = rankings[venue];
  const endpoints = endpointsFor(venue);
  if (!ranking || !endpoints) return { venue, tables: {}, refused: [], failure: 'no endpoints for this venue' };
  const answers: unknown[] = [];
  for (const request of ranking.requests) {
    const answer = await fetchJson(rebase(request, options.base), options.limits);
    if (!answer.ok) return { venue, tables: {}, refused: [], failure: answer.reason };
    answers.push(answer.json);
  }
  const symbols = ranking.rank(answers).slice(0, options.top);
  if (symbols.length === 0) return { venue, tables: {}, refused: [], failure: 'the listing named no perpetual with a volume' };
  const fetched = await fetchTierTables(rebasedEndpoints(endpoints, options.base), symbols, options.limits);
  const tables: Record<string, BundledTable> = {};
  const refused: VenueUpdate['refused'] = [];
  for (const symbol of symbols) {
    const table = fetched.get(symbol);
    if (!table?.ok) {
      refused.push({ symbol, reason: table?.reason ?? 'not fetched' });
      continue;
    }
    tables[symbol] = {
      date: options.today,
      source: table.source,
      tiers: table.tiers,
      ...(table.contractValue ? { contractValue: table.contractValue } : {}),
      ...(table.contractSize ? { contractSize: table.contractSize } : {}),
      ...(table.instrument ? { instrument: table.instrument } : {}),
    };
  }
  return { venue, tables, refused };
}

const camel = (venue: Venue) => venue.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** src/venues/<venue>/snapshot.ts: the tables, and in its header the date, the count and what was refused. */
export function snapshotFile(update: VenueUpdate, today: string): string {
  const header = [
    `// Generated by \`npm run data:update\` on ${today}: the ${Object.keys(update.tables).length} largest ${update.venue} perpetuals by 24 h volume`,
    '// that passed the checks of src/market-data/validate-tiers.ts. Do not edit by hand.',
    ...update.refused.map((r) => `// Left out: ${r.symbol}: ${r.reason.replace(/\n/g, ' ')}`),
  ];
  return `${header.join('\n')}\nimport type { BundledTables } from '../../data/bundled-table';\n\nexport const ${camel(update.venue)}Snapshot: BundledTables = ${JSON.stringify(update.tables, null, 2)};\n`;
}

/** --sources: every venue the recorded answers cover gets its snapshot.ts; what was left out is named. */
function updateFromSources(root: string, out: string, today: string): void {
  const read = readSources(root);
  const { tables, refused } = tablesFromRecorded(read.sources, recordedEndpoints);
  const left = [...read.refused, ...refused];
  for (const r of left) console.error(`left out: ${r.file}${r.symbol ? ` ${r.symbol}` : ''}: ${r.reason}`);
  for (const [venue, venueTables] of Object.entries(tables) as [Venue, Record<string, BundledTable>][]) {
    const count = Object.keys(venueTables).length;
    if (count === 0) continue;
    mkdirSync(join(out, venue), { recursive: true });
    // A venue's file names what was left out of its own sources only.
    const files = new Set(read.sources.filter((s) => Object.values(venueTables).some((t) => t.source.includes(s.source))).map((s) => s.file));
    writeFileSync(join(out, venue, 'snapshot.ts'), recordedSnapshotFile(venue, venueTables, left.filter((r) => files.has(r.file)), today));
    console.log(`${venue}: ${count} tables written from ${files.size} recorded source(s)`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      out: { type: 'string' },
      top: { type: 'string' },
      venues: { type: 'string' },
      sources: { type: 'string' },
      today: { type: 'string' },
    },
  });
  if (values.sources) {
    updateFromSources(resolve(values.sources), resolve(values.out ?? join(import.meta.dirname, '../src/venues')), values.today ?? new Date().toISOString().slice(0, 10));
    return;
  }
  const base = values.base ?? process.env.LIQCHECK_API_BASE;
  // One folder per venue: <out>/<venue>/snapshot.ts.
  const out = resolve(values.out ?? join(import.meta.dirname, '../src/venues'));
  const top = Number(values.top ?? 30);
  // The registry's venues that can be ranked (Binance COIN-M is not: its bundled tables come from --sources).
  const asked = values.venues?.split(',') ?? VENUE_IDS.filter((venue) => rankings[venue] !== undefined);
  const unknown = asked.filter((name) => !isVenue(name));
  if (unknown.length > 0) throw new Error(`not a venue: ${unknown.join(', ')} (the registry has ${VENUE_IDS.join(', ')})`);
  const venues = asked as Venue[];
  const today = new Date().toISOString().slice(0, 10);
  const limits: FetchLimits = { fetch: (input, init) => fetch(input, init), timeoutMs: 20_000 };
  let failed = false;
  for (const venue of venues) {
    const update = await updateVenue(venue, { ...(base ? { base } : {}), top, today, limits });
    if (update.failure) {
      failed = true;
      console.error(`${venue}: not updated: ${update.failure}`);
      continue;
    }
    mkdirSync(join(out, venue), { recursive: true });
    writeFileSync(join(out, venue, 'snapshot.ts'), snapshotFile(update, today));
    console.log(`${venue}: ${Object.keys(update.tables).length} tables written${update.refused.length ? `, ${update.refused.length} left out` : ''}`);
    for (const r of update.refused) console.error(`  ${r.symbol}: ${r.reason}`);
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
