// Tier tables from recorded venue answers (data/sources/<venue>/<name>.json with <name>.source.json).
// Each recorded body is dispatched by the endpoint it answers to the parser a live fetch of that
// endpoint uses, and every table goes through tableFromAnswers, the one path a fetched table takes
// (parse, validate-tiers.ts, contract-term check). Per symbol the newest passing table is kept. A
// source nothing can read, or a table that fails a check, is named, never fatal.
import { tableFromAnswers } from '../../src/market-data/fetch-tier-tables';
import type { JsonRequest } from '../../src/market-data/fetch-json';
import type { VenueEndpoints } from '../../src/market-data/venues';
import type { BundledTable } from '../../src/data/bundled-table';
import type { Venue } from '../../src/model/types';
import { binanceFromCcxtTiers, isCcxtTiers } from './ccxt-tiers';
import { isVeilSnapshot, veilAnswer } from './veil-snapshot';
import { bybitRiskLimitAnswer, isFreqtradeBybitRows } from './freqtrade-bybit';
import { isFreqtradeOkxRows, okxPositionTiersAnswer } from './freqtrade-okx';
import { isQqokxInstrumentCache, okxInstrumentsAnswer } from './qqokx-instruments';
import { bitgetPositionLeverAnswer, isBitgetTierAnnouncement } from './bitget-announcement';
import { isVenueSymbol } from '../../src/venues/venue-symbol';

/** One recorded answer and what its sidecar says about it. */
export interface RecordedSource {
  /** Path under data/sources/, for messages. */
  file: string;
  /** The venue endpoint URL this body answers. */
  request: string;
  /** Where the copy is public: github:owner/repo@commit:path, or a docs URL. */
  source: string;
  /** YYYY-MM-DD: when the venue produced it. */
  date: string;
  note?: string;
  body: unknown;
}

export interface Refusal {
  file: string;
  /** The symbol whose table was left out; absent when the whole source was. */
  symbol?: string;
  reason: string;
}

export interface RecordedTables {
  tables: Partial<Record<Venue, Record<string, BundledTable>>>;
  refused: Refusal[];
}

/** The source answers the request: same endpoint, and every parameter it was asked with is the request's too. */
export function answers(sourceUrl: string, request: JsonRequest): boolean {
  const a = new URL(sourceUrl);
  const b = new URL(request.url);
  if (a.origin !== b.origin || a.pathname !== b.pathname) return false;
  return [...a.searchParams].every(([key, value]) => b.searchParams.get(key) === value);
}

const sameEndpoint = (sourceUrl: string, request: JsonRequest) => {
  const a = new URL(sourceUrl);
  const b = new URL(request.url);
  return a.origin === b.origin && a.pathname === b.pathname;
};

/** How the table names its source in the bundle: the public copy, and the endpoint it recorded (or the announcement). */
const describe = (used: RecordedSource[]) =>
  used.map((s) => (isBitgetTierAnnouncement(s.body) ? `${s.source} (Bitget's announced tier table, in effect from ${s.date})` : `${s.source} (recorded answer of ${s.request}, ${s.date})`)).join(' + ');

/**
 * The recorded body as the venue's own answer to `request`: the body itself, or, for a copy kept in
 * another shape (ccxt's unified tiers, freqtrade's Bybit and OKX caches, qqokx's instrument cache,
 * veil-of-ignorance's encoding, Bitget's announced tables), the answer it was made from. Undefined when
 * the shape has no known way back to that answer.
 */
function answerTo(source: RecordedSource, request: JsonRequest, symbol: string, unwrapped: Map<RecordedSource, unknown>, refused: Refusal[]): unknown {
  const { body } = source;
  if (isMetaAndContexts(body)) {
    // Hyperliquid's metaAndAssetCtxs answer is [meta, asset contexts]: its first half is the meta
    // answer the live request gets. A HIP-3 dex's (coins named "dex:COIN") is not the main dex's.
    const meta = body[0];
    return meta.universe.some((asset) => isObject(asset) && String(asset.name).includes(':')) ? undefined : meta;
  }
  if (isVeilSnapshot(body)) return veilAnswer(body, request.url, [symbol]);
  if (isBitgetTierAnnouncement(body)) {
    // An announcement's tables are written back as the query-position-lever answer that holds them all.
    return new URL(request.url).pathname.endsWith('/query-position-lever') ? bitgetPositionLeverAnswer(body) : undefined;
  }
  if (isFreqtradeBybitRows(body)) {
    // The category is the one the copy was asked for; `answers` keeps other categories' requests away.
    const category = new URL(source.request).searchParams.get('category');
    return new URL(request.url).pathname === '/v5/market/risk-limit' && category ? bybitRiskLimitAnswer(body, category) : undefined;
  }
  if (isFreqtradeOkxRows(body)) {
    // One family's rows for a per-family request; every family's for the listing (instFamily empty).
    const url = new URL(request.url);
    return url.pathname === '/api/v5/public/position-tiers' ? okxPositionTiersAnswer(body, url.searchParams.get('instFamily') || undefined) : undefined;
  }
  if (isQqokxInstrumentCache(body)) return new URL(request.url).pathname === '/api/v5/public/instruments' ? okxInstrumentsAnswer(body) : undefined;
  if (!isCcxtTiers(body)) return body;
  if (new URL(request.url).pathname !== '/fapi/v1/leverageBracket') return undefined;
  if (!unwrapped.has(source)) {
    const { answer, skipped } = binanceFromCcxtTiers(body);
    for (const s of skipped) refused.push({ file: source.file, symbol: s.key, reason: s.reason });
    unwrapped.set(source, answer);
  }
  return unwrapped.get(source);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMetaAndContexts(body: unknown): body is [{ universe: unknown[] }, unknown[]] {
  return Array.isArray(body) && body.length === 2 && isObject(body[0]) && Array.isArray(body[0].universe) && Array.isArray(body[1]);
}

export function tablesFromRecorded(sources: readonly RecordedSource[], endpointsList: readonly VenueEndpoints[]): RecordedTables {
  const refused: Refusal[] = [];
  const tables: RecordedTables['tables'] = {};
  const unwrapped = new Map<RecordedSource, unknown>();
  const used = new Set<RecordedSource>();
  // Newest first, so the first passing table of a symbol is its newest.
  const byDate = [...sources].sort((a, b) => b.date.localeCompare(a.date));
  for (const endpoints of endpointsList) {
    const probe = endpoints.tierRequests('')[0]!;
    for (const source of byDate.filter((s) => sameEndpoint(s.request, probe))) {
      used.add(source);
      const listing = answerTo(source, probe, '', unwrapped, refused);
      if (listing === undefined) {
        refused.push({ file: source.file, reason: `its shape has no known way back to ${endpoints.venue}'s answer of ${source.request}` });
        continue;
      }
      const symbols = endpoints.tierSymbols?.(listing) ?? [];
      if (symbols.length === 0) refused.push({ file: source.file, reason: `names no ${endpoints.venue} symbol where ${source.request} lists them` });
      const venueTables = (tables[endpoints.venue] ??= {});
      for (const symbol of symbols) {
        // A symbol the venue's pages can't name (ETHBTC on Binance USDⓈ-M) is never looked up: left out.
        if (!isVenueSymbol(endpoints.venue, symbol)) {
          refused.push({ file: source.file, symbol, reason: `not a symbol of the shape ${endpoints.venue}'s pages show` });
          continue;
        }
        const requests = endpoints.tierRequests(symbol);
        if (!answers(source.request, requests[0]!)) continue;
        // The other answers a symbol needs (OKX: its instrument), each from the newest source that has one.
        const parts: RecordedSource[] = [source];
        const json: unknown[] = [answerTo(source, requests[0]!, symbol, unwrapped, refused)];
        for (const request of requests.slice(1)) {
          const part = byDate.find((s) => answers(s.request, request) && answerTo(s, request, symbol, unwrapped, refused) !== undefined);
          if (!part) break;
          parts.push(part);
          json.push(answerTo(part, request, symbol, unwrapped, refused));
        }
        if (parts.length < requests.length) {
          refused.push({ file: source.file, symbol, reason: `no recorded answer of ${requests[parts.length]!.url}` });
          continue;
        }
        for (const part of parts) used.add(part);
        const table = tableFromAnswers(endpoints, symbol, requests, json);
        if (!table.ok) {
          refused.push({ file: source.file, symbol, reason: table.reason });
          continue;
        }
        // A table is as old as its oldest part.
        const date = parts.map((p) => p.date).sort()[0]!;
        if (venueTables[symbol] && venueTables[symbol].date >= date) continue;
        venueTables[symbol] = {
          date,
          source: describe(parts),
          tiers: table.tiers,
          ...(table.contractValue ? { contractValue: table.contractValue } : {}),
          ...(table.contractSize ? { contractSize: table.contractSize } : {}),
          ...(table.instrument ? { instrument: table.instrument } : {}),
        };
      }
    }
  }
  for (const source of sources) {
    if (used.has(source)) continue;
    const readable = endpointsList.some((e) => e.tierRequests('').some((r) => sameEndpoint(source.request, r)));
    refused.push({ file: source.file, reason: readable ? `no table needed it (${source.request})` : `no parser reads answers of ${source.request}` });
  }
  return { tables, refused };
}
