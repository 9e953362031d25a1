// data/sources keeps venue answers that others recorded (SDK fixtures, the venues' own docs), each beside
// <name>.source.json = { request, source, date, note? }. `npm run data:update` may build bundled tables
// from them, so each one is held to what a live answer must meet: it answers a request the live code
// makes, its source is pinned, its date is a real day, and its tables pass the live parsers and
// validate-tiers.ts. The counts per venue are what data/sources/README.md reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dm } from '../model/decimal';
import type { Tier, Venue } from '../model/types';
import { parseHyperliquidMeta } from '../venues/hyperliquid/endpoints';
import { rankings } from '../../scripts/data-update';
import { bybitRiskLimitAnswer, isFreqtradeBybitRows } from '../../scripts/data-sources/freqtrade-bybit';
import { isFreqtradeOkxRows, okxPositionTiersAnswer } from '../../scripts/data-sources/freqtrade-okx';
import { isQqokxInstrumentCache, okxInstrumentsAnswer } from '../../scripts/data-sources/qqokx-instruments';
import { bitgetPositionLeverAnswer, isBitgetTierAnnouncement } from '../../scripts/data-sources/bitget-announcement';
import { at, decimalField, isObject } from './json-fields';
import { endpointsFor } from './venues';
import { validateTiers } from './validate-tiers';

const ROOT = join(import.meta.dirname, '../../data/sources');
const VENUES = ['bybit', 'okx', 'hyperliquid', 'bitget'] as const satisfies readonly Venue[];
type SourceVenue = (typeof VENUES)[number];

interface Sidecar {
  request: string;
  source: string;
  date: string;
  note?: string;
}

interface Recorded {
  venue: SourceVenue;
  name: string;
  answer: unknown;
  sidecar: Sidecar;
}

function readSources(): Recorded[] {
  return VENUES.flatMap((venue) =>
    readdirSync(join(ROOT, venue))
      .filter((file) => file.endsWith('.json') && !file.endsWith('.source.json'))
      .map((file) => {
        const name = file.slice(0, -'.json'.length);
        const raw: unknown = JSON.parse(readFileSync(join(ROOT, venue, file), 'utf8'));
        const sidecar = JSON.parse(readFileSync(join(ROOT, venue, `${name}.source.json`), 'utf8')) as Sidecar;
        // Copies kept in another shape are read as the answer they came from: freqtrade's Bybit and OKX
        // caches keep only the venue's rows, qqokx's cache renames OKX's instrument fields, Bitget's
        // announcements keep only their tables (query-position-lever).
        const category = new URL(sidecar.request).searchParams.get('category') ?? '';
        const answer = isFreqtradeBybitRows(raw)
          ? bybitRiskLimitAnswer(raw, category)
          : isFreqtradeOkxRows(raw)
            ? okxPositionTiersAnswer(raw)
            : isQqokxInstrumentCache(raw)
              ? okxInstrumentsAnswer(raw)
              : isBitgetTierAnnouncement(raw)
                ? bitgetPositionLeverAnswer(raw)
                : raw;
        return { venue, name, answer, sidecar };
      }),
  );
}

/** Query keys that pick one instrument: a recorded answer may name one or leave it out (the whole feed). */
const SELECTORS = new Set(['symbol', 'instId', 'instFamily', 'uly']);
/** Paging keys of the live feeds; a recorded page may lack them. */
const PAGING = new Set(['limit', 'cursor']);
/** Symbols of each venue's kinds of contract, to build the live per-symbol requests from. */
const SAMPLES: Record<SourceVenue, string[]> = {
  bybit: ['BTCUSDT', 'BTCUSD', 'BTCPERP'],
  okx: ['BTC-USDT-SWAP', 'BTC-USD-SWAP'],
  hyperliquid: ['BTC'],
  bitget: ['BTCUSDT', 'BTCPERP', 'BTCUSD'],
};

/** Same host and path as a live request; the same value for every key but the instrument selectors. */
function sameRequest(recorded: URL, live: URL): boolean {
  if (recorded.origin + recorded.pathname !== live.origin + live.pathname) return false;
  for (const [key, value] of recorded.searchParams) if (!SELECTORS.has(key) && live.searchParams.get(key) !== value) return false;
  for (const key of live.searchParams.keys()) if (!SELECTORS.has(key) && !PAGING.has(key) && !recorded.searchParams.has(key)) return false;
  return true;
}

type Kind = 'tiers' | 'instruments' | 'listing' | 'mark';

/** What the live code requests from a venue for these symbols, by what it reads from the answer. */
function liveRequests(venue: SourceVenue, symbols: string[]): { kind: Kind; url: string }[] {
  const endpoints = endpointsFor(venue)!;
  const perSymbol = symbols.flatMap((symbol) => [
    ...endpoints.tierRequests(symbol).map((r, i) => ({ kind: (venue === 'okx' && i === 1 ? 'instruments' : 'tiers') as Kind, url: r.url })),
    ...(endpoints.markRequest ? [{ kind: 'mark' as Kind, url: endpoints.markRequest(symbol).url }] : []),
  ]);
  const listing = (rankings[venue]?.requests ?? []).map((r) => ({ kind: 'listing' as Kind, url: r.url }));
  return [...perSymbol, ...listing];
}

/** The symbol a request names, spelled as the venue's parser takes it (OKX families become their swap). */
function namedSymbol(url: URL): string[] {
  const symbol = url.searchParams.get('symbol') ?? url.searchParams.get('instId');
  const family = url.searchParams.get('instFamily') ?? url.searchParams.get('uly');
  return symbol ? [symbol] : family ? [`${family}-SWAP`] : [];
}

/** The kinds a recorded answer can be read as, from its request URL (and, for Hyperliquid's one URL, its shape). */
function kindsOf(recorded: Pick<Recorded, 'venue' | 'answer' | 'sidecar'>): Set<Kind> {
  const url = new URL(recorded.sidecar.request);
  const symbols = [...namedSymbol(url), ...SAMPLES[recorded.venue]];
  const kinds = new Set(liveRequests(recorded.venue, symbols).filter((live) => sameRequest(url, new URL(live.url))).map((live) => live.kind));
  if (recorded.venue === 'hyperliquid' && kinds.size > 0) {
    // One URL answers meta ({universe, marginTables}) and metaAndAssetCtxs ([meta, contexts]); both carry the tables.
    return new Set<Kind>(Array.isArray(recorded.answer) ? ['tiers', 'mark', 'listing'] : ['tiers']);
  }
  // An instrument list is read by the ranking of `npm run data:update` and, on OKX, by the tier parser.
  if (kinds.has('listing') && /instruments|contracts/.test(url.pathname)) kinds.add('instruments');
  return kinds;
}

const rows = (answer: unknown, ...path: string[]): unknown[] => {
  const list = at(answer, ...path);
  return Array.isArray(list) ? list : [];
};
const distinct = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];

/** The symbols whose tiers an answer holds, as the venue's parser names them. */
function tierSymbols(recorded: Recorded): string[] {
  switch (recorded.venue) {
    case 'bybit':
      return distinct(rows(recorded.answer, 'result', 'list').map((r) => at(r, 'symbol')));
    case 'bitget':
      return distinct(rows(recorded.answer, 'data').map((r) => at(r, 'symbol')));
    case 'okx':
      return distinct(rows(recorded.answer, 'data').map((r) => at(r, 'instFamily'))).map((family) => `${family}-SWAP`);
    case 'hyperliquid':
      return hyperliquidMeta(recorded.answer)
        .filter((asset) => isObject(asset) && asset.isDelisted !== true)
        .map((asset) => String(at(asset, 'name')));
  }
}

function hyperliquidMeta(answer: unknown): unknown[] {
  return rows(Array.isArray(answer) ? answer[0] : answer, 'universe');
}

interface TableResult {
  venue: SourceVenue;
  symbol: string;
  source: string;
  date: string;
  result: { ok: true; tiers: Tier[] } | { ok: false; reason: string };
}

/** Every tier table the sources hold, parsed and validated as a live answer would be. */
function tables(sources: Recorded[]): TableResult[] {
  const instrumentLists = sources.filter((s) => s.venue === 'okx' && kindsOf(s).has('instruments'));
  return sources
    .filter((s) => kindsOf(s).has('tiers'))
    .flatMap((s) =>
      tierSymbols(s).map((symbol): TableResult => {
        const endpoints = endpointsFor(s.venue)!;
        const base = { venue: s.venue, symbol, source: s.sidecar.source, date: s.sidecar.date };
        let answers: unknown[] = [s.answer];
        if (s.venue === 'hyperliquid') answers = [Array.isArray(s.answer) ? s.answer[0] : s.answer];
        if (s.venue === 'okx') {
          // OKX tiers count contracts: a table needs the contract value from an instrument list.
          const list = instrumentLists.find((l) => rows(l.answer, 'data').some((r) => at(r, 'instId') === symbol));
          if (!list) return { ...base, result: { ok: false, reason: `no recorded instrument list holds ${symbol}` } };
          answers = [s.answer, list.answer];
        }
        const parsed = endpoints.parseTiers(answers, symbol);
        return { ...base, result: parsed.ok ? validateTiers(parsed.value.tiers, endpoints.tierRules) : parsed };
      }),
    );
}

const sources = readSources();
const results = tables(sources);
const validSymbols = (venue: SourceVenue) => new Set(results.filter((r) => r.venue === venue && r.result.ok).map((r) => r.symbol));

describe('data/sources: every recorded answer', () => {
  it('has a sibling .source.json, and every .source.json a recorded answer', () => {
    for (const venue of VENUES) {
      const files = readdirSync(join(ROOT, venue));
      const answers = files.filter((f) => f.endsWith('.json') && !f.endsWith('.source.json')).map((f) => f.slice(0, -5));
      const sidecars = files.filter((f) => f.endsWith('.source.json')).map((f) => f.slice(0, -'.source.json'.length));
      expect(sidecars.sort(), venue).toEqual(answers.sort());
      expect(files.every((f) => f.endsWith('.json')), `${venue}: only JSON files`).toBe(true);
    }
  });

  it.each(sources.map((s) => [`${s.venue}/${s.name}`, s] as const))('%s answers a request the live code makes', (_name, s) => {
    expect(Object.keys(s.sidecar).every((key) => ['request', 'source', 'date', 'note'].includes(key))).toBe(true);
    expect(kindsOf(s).size, `${s.sidecar.request} is not a request of src/market-data/venues/* or data-update`).toBeGreaterThan(0);
  });

  it('a request the live code does not make is refused, a whole feed of one it does is kept', () => {
    const kinds = (venue: SourceVenue, request: string) => [...kindsOf({ venue, answer: {}, sidecar: { request, source: '', date: '' } })].sort();
    expect(kinds('bybit', 'https://api.bybit.com/v5/market/risk-limit?category=inverse')).toEqual(['tiers']);
    expect(kinds('bybit', 'https://api.bybit.com/v5/market/risk-limit?category=linear&symbol=ETHUSDT')).toEqual(['tiers']);
    expect(kinds('bybit', 'https://api.bybit.com/v5/market/risk-limit?category=spot')).toEqual([]);
    expect(kinds('bybit', 'https://api.bybit.com/v5/market/risk-limit')).toEqual([]);
    expect(kinds('okx', 'https://www.okx.com/api/v5/public/position-tiers?instType=SWAP&tdMode=cross&instFamily=ETH-USDT')).toEqual(['tiers']);
    expect(kinds('okx', 'https://www.okx.com/api/v5/public/position-tiers?instType=MARGIN&tdMode=cross&instId=BTC-USDT')).toEqual([]);
    expect(kinds('okx', 'https://www.okx.com/api/v5/public/position-tiers?instType=SWAP&tdMode=isolated&instFamily=BTC-USDT')).toEqual([]);
    expect(kinds('bitget', 'https://api.bitget.com/api/v2/mix/market/query-position-lever?productType=USDT-FUTURES')).toEqual(['tiers']);
    expect(kinds('bitget', 'https://api.bitget.com/api/mix/v1/market/queryPositionLever?symbol=BTCUSDT_UMCBL')).toEqual([]);
    expect(kinds('hyperliquid', 'https://api.hyperliquid-testnet.xyz/info')).toEqual([]);
  });

  it.each(sources.map((s) => [`${s.venue}/${s.name}`, s] as const))('%s names a pinned source', (_name, s) => {
    expect(s.sidecar.source).toMatch(/^(github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/\S+)$/);
  });

  it.each(sources.map((s) => [`${s.venue}/${s.name}`, s] as const))('%s is dated with a real day', (_name, s) => {
    expect(s.sidecar.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = new Date(`${s.sidecar.date}T00:00:00Z`);
    // Round trip: 2025-02-30 would come back as 2025-03-02.
    expect(day.toISOString().slice(0, 10)).toBe(s.sidecar.date);
    expect(day.getTime()).toBeLessThanOrEqual(Date.now());
    // None of these venues' current APIs existed before 2019.
    expect(day.getUTCFullYear()).toBeGreaterThanOrEqual(2019);
  });

  it('holds only tables that the live parsers read and validate-tiers.ts accepts', () => {
    const refused = results.filter((r) => !r.result.ok).map((r) => `${r.venue} ${r.symbol}: ${r.result.ok ? '' : r.result.reason}`);
    expect(refused).toEqual([]);
  });
});

describe('data/sources: tables per venue (data/sources/README.md)', () => {
  it('counts the symbols with a valid table', () => {
    const counts = Object.fromEntries(VENUES.map((venue) => [venue, validSymbols(venue).size]));
    expect(counts).toEqual({ bybit: 56, okx: 30, hyperliquid: 186, bitget: 34 });
  });

  it('Hyperliquid: one table for every listed asset of the 2025-11-11 universe, none for a delisted one', () => {
    const recorded = sources.find((s) => s.name === 'meta-and-asset-ctxs-2025-11-11')!;
    const universe = hyperliquidMeta(recorded.answer);
    // Counted here from the raw answer, without the parser.
    const listed = universe.filter((a) => at(a, 'isDelisted') !== true).map((a) => at(a, 'name'));
    expect(universe).toHaveLength(220);
    const fromThisSource = results.filter((r) => r.source === recorded.sidecar.source && r.result.ok).map((r) => r.symbol);
    expect(fromThisSource.sort()).toEqual([...listed].sort());
  });

  it('Hyperliquid HIP-3 (xyz): a table id below 50 is one tier at that max leverage (docs §1.3)', () => {
    const hip3 = results.filter((r) => r.symbol.startsWith('xyz:'));
    expect(hip3.map((r) => [r.symbol, r.result.ok ? r.result.tiers : r.result.reason])).toEqual([
      ['xyz:XYZ100', [{ floor: '0', maintenanceMarginRate: '0.025', maxLeverage: '20' }]],
      ['xyz:TSLA', [{ floor: '0', maintenanceMarginRate: '0.05', maxLeverage: '10' }]],
      ['xyz:NVDA', [{ floor: '0', maintenanceMarginRate: '0.05', maxLeverage: '10' }]],
    ]);
  });

  it('Hyperliquid: BTC tiers are half the initial rate at each published max leverage (docs §1.3)', () => {
    const recorded = sources.find((s) => s.name === 'meta-and-asset-ctxs-2025-11-11')!;
    const meta = (recorded.answer as unknown[])[0];
    const btc = hyperliquidMeta(recorded.answer).find((a) => at(a, 'name') === 'BTC');
    const table = rows(meta, 'marginTables').find((t) => Array.isArray(t) && t[0] === at(btc, 'marginTableId'));
    const raw = rows((table as unknown[])[1], 'marginTiers');
    // Independent of the parser: MMR = 1 / (2 x max leverage) at each lower bound.
    const expected = raw.map((t) => ({ floor: new Dm(String(at(t, 'lowerBound'))).toString(), rate: new Dm(1).div(new Dm(Number(at(t, 'maxLeverage'))).mul(2)).toString() }));
    const parsed = parseHyperliquidMeta(meta, 'BTC');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.tiers.map((t) => ({ floor: new Dm(t.floor).toString(), rate: t.maintenanceMarginRate }))).toEqual(expected);
    expect(expected).toEqual([
      { floor: '0', rate: '0.0125' },
      { floor: '150000000', rate: '0.025' },
    ]);
  });

  it('Bybit: every table of freqtrade\'s 2025-12-29 cache is its rows, caps and rates as published', () => {
    const name = 'freqtrade-risk-limits-linear-2025-12-29';
    // Read here on its own: the excerpt's rows, grouped by ccxt's key.
    const raw = JSON.parse(readFileSync(join(ROOT, 'bybit', `${name}.json`), 'utf8')) as { data: Record<string, { symbol: string; riskLimitValue: string; maintenanceMargin: string; mmDeduction: string }[]> };
    const groups = Object.values(raw.data);
    expect(groups).toHaveLength(56);
    const source = sources.find((s) => s.name === name)!.sidecar.source;
    for (const group of groups) {
      const table = results.find((r) => r.source === source && r.symbol === group[0]!.symbol)!;
      expect(table.result.ok, group[0]!.symbol).toBe(true);
      if (!table.result.ok) continue;
      expect(table.result.tiers.map((t) => [t.cap, t.maintenanceMarginRate, t.maintenanceAmount ?? '0'])).toEqual(
        group.map((row) => [new Dm(row.riskLimitValue).toString(), new Dm(row.maintenanceMargin).toString(), new Dm(row.mmDeduction || '0').toString()]),
      );
    }
    // TRUMPUSDT written out from the public copy (user_data/data/bybit/futures/leverage_tiers_USDT.json).
    const trump = results.find((r) => r.source === source && r.symbol === 'TRUMPUSDT')!;
    expect(trump.result.ok && trump.result.tiers.map((t) => `${t.floor}-${t.cap} ${t.maintenanceMarginRate} ${t.maintenanceAmount ?? 0} ${t.maxLeverage}x`)).toEqual([
      '0-10000 0.01 0 50x',
      '10000-100000 0.0125 25 40x',
      '100000-500000 0.02 775 25x',
      '500000-1000000 0.05 15775 10x',
      '1000000-5000000 0.1 65775 5x',
      '5000000-10000000 0.25 815775 2x',
      '10000000-20000000 0.5 3315775 1x',
    ]);
    // BTCUSDT's first three and last two rows, written out from the same copy (35 rows, ids 1-35).
    const btc = results.find((r) => r.source === source && r.symbol === 'BTCUSDT')!;
    const btcRows = btc.result.ok ? btc.result.tiers.map((t) => `${t.floor}-${t.cap} ${t.maintenanceMarginRate} ${t.maintenanceAmount ?? 0} ${t.maxLeverage}x`) : [];
    expect(btcRows).toHaveLength(35);
    expect([...btcRows.slice(0, 3), ...btcRows.slice(-2)]).toEqual([
      '0-2000000 0.005 0 100x',
      '2000000-2600000 0.0056 1200 90x',
      '2600000-3200000 0.0063 3020 80x',
      '600000000-800000000 0.5 146382000 1.28x',
      '800000000-1200000000 0.6 226382000 1x',
    ]);
    // One row of every family added from the copy's large-symbol pages, re-read from the copy:
    // [symbol, cap, rate, deduction, max leverage] of that row in the parsed table.
    const reread: [string, string, string, string, string][] = [
      ['ETHUSDT', '54000000', '0.068', '2190220', '9'],
      ['XRPUSDT', '34000000', '0.4', '9646625', '1.43'],
      ['SOLUSDT', '200000000', '0.3497', '30869135', '1.43'],
      ['DOGEUSDT', '70000000', '0.2', '7074375', '2.5'],
      ['BNBUSDT', '8400000', '0.1998', '857220', '3'],
      ['ADAUSDT', '31000000', '0.2', '3009000', '2.5'],
      ['LINKUSDT', '7900000', '0.1764', '672360', '3.4'],
      ['SUIUSDT', '35000000', '0.375', '7522300', '1.3'],
      ['LTCUSDT', '15000000', '0.4002', '2670780', '1.5'],
      ['TRXUSDT', '33000000', '0.4', '9209000', '1.43'],
      ['DOTUSDT', '7400000', '0.156', '521400', '3.85'],
      ['BCHUSDT', '8400000', '0.1998', '857220', '3'],
      ['UNIUSDT', '7400000', '0.156', '521400', '3.85'],
      ['ETCUSDT', '8400000', '0.1998', '857220', '3'],
      ['AAVEUSDT', '33000000', '0.4', '9209000', '1.43'],
      ['XLMUSDT', '7900000', '0.1764', '672360', '3.4'],
      ['FILUSDT', '6200000', '0.177', '536300', '2.83'],
      ['AVAXUSDT', '7400000', '0.156', '521400', '3.85'],
      ['ATOMUSDT', '12000000', '0.175', '1026264', '2.9'],
      ['ARBUSDT', '9400000', '0.3', '1728900', '2'],
      ['OPUSDT', '4900000', '0.105', '194500', '4.76'],
      ['1000PEPEUSDT', '4400000', '0.1', '172500', '5'],
    ];
    for (const [symbol, cap, rate, deduction, leverage] of reread) {
      const table = results.find((r) => r.source === source && r.symbol === symbol)!;
      const row = table.result.ok ? table.result.tiers.find((t) => t.cap === cap) : undefined;
      expect(row && [row.maintenanceMarginRate, row.maintenanceAmount, row.maxLeverage], symbol).toEqual([rate, deduction, leverage]);
    }
  });

  it('Bitget: the BTCUSDT table is the docs example row for row', () => {
    const bitget = results.find((r) => r.venue === 'bitget' && r.symbol === 'BTCUSDT' && r.source.startsWith('github:'))!;
    expect(bitget.result.ok).toBe(true);
    if (!bitget.result.ok) return;
    expect(bitget.result.tiers).toEqual([
      { floor: '0', cap: '50000', maintenanceMarginRate: '0.004', maxLeverage: '125' },
      { floor: '50000', cap: '200000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
    ]);
  });

  it('Bitget: the announced tables of BTCUSDT (2025-09-26) and SOLUSDT (2025-09-12) are the pages\' after columns', () => {
    const announced = (symbol: string) => results.find((r) => r.venue === 'bitget' && r.symbol === symbol && r.source.includes('/support/articles/'))!;
    const rows = (r: TableResult) => (r.result.ok ? r.result.tiers.map((t) => `${t.floor}-${t.cap} ${t.maxLeverage}x ${t.maintenanceMarginRate}`) : r.result.reason);
    // Written out from https://www.bitgetapp.com/support/articles/12560603838668 ("After adjustment").
    expect(announced('BTCUSDT').date).toBe('2025-09-26');
    expect(rows(announced('BTCUSDT'))).toEqual([
      '0-200000 150x 0.004',
      '200000-1000000 100x 0.005',
      '1000000-5000000 75x 0.007',
      '5000000-15000000 50x 0.01',
      '15000000-50000000 25x 0.02',
      '50000000-100000000 20x 0.03',
      '100000000-150000000 10x 0.06',
      '150000000-300000000 5x 0.12',
      '300000000-500000000 4x 0.15',
      '500000000-700000000 3x 0.2',
      '700000000-900000000 2x 0.3',
      '900000000-1200000000 1x 0.6',
    ]);
    // From https://www.dhxrcw.cn/it/support/articles/12560603837608 ("Dopo la regolazione"), rates in percent there.
    expect(announced('SOLUSDT').date).toBe('2025-09-12');
    expect(rows(announced('SOLUSDT'))).toEqual([
      '0-50000 100x 0.005',
      '50000-100000 75x 0.008',
      '100000-1000000 50x 0.01',
      '1000000-5000000 25x 0.02',
      '5000000-10000000 20x 0.03',
      '10000000-30000000 10x 0.05',
      '30000000-60000000 5x 0.12',
      '60000000-80000000 4x 0.15',
      '80000000-150000000 2x 0.3',
      '150000000-300000000 1x 0.6',
    ]);
  });
});

/** Per instrument: what the model and the verdict need beside tiers. */
interface InstrumentFacts {
  symbol: string;
  tick: string;
  contract?: { kind: 'linear' | 'inverse'; value: string };
  fundingIntervalHours?: string;
  settle?: string;
}

function instrumentFacts(s: Recorded): InstrumentFacts[] {
  const text = (v: unknown) => decimalField(v) ?? '';
  switch (s.venue) {
    case 'bybit':
      // fundingInterval is in minutes (480 for the 8 h of BTCUSDT).
      return rows(s.answer, 'result', 'list').map((r) => ({
        symbol: String(at(r, 'symbol')),
        tick: new Dm(text(at(r, 'priceFilter', 'tickSize'))).toString(),
        fundingIntervalHours: new Dm(text(at(r, 'fundingInterval'))).div(60).toString(),
        settle: String(at(r, 'settleCoin')),
      }));
    case 'okx':
      return rows(s.answer, 'data').map((r) => ({
        symbol: String(at(r, 'instId')),
        tick: new Dm(text(at(r, 'tickSz'))).toString(),
        contract: { kind: at(r, 'ctType') as 'linear' | 'inverse', value: new Dm(text(at(r, 'ctVal'))).toString() },
        settle: String(at(r, 'settleCcy')),
      }));
    case 'bitget':
      // The tick is priceEndStep units of the last of pricePlace decimals.
      return rows(s.answer, 'data').map((r) => ({
        symbol: String(at(r, 'symbol')),
        tick: new Dm(text(at(r, 'priceEndStep'))).div(new Dm(10).pow(Number(at(r, 'pricePlace')))).toString(),
        fundingIntervalHours: text(at(r, 'fundInterval')),
        settle: rows(r, 'supportMarginCoins').join(','),
      }));
    case 'hyperliquid': {
      // No fixed tick: at most 5 significant figures and 6 - szDecimals decimals (docs "Tick and lot size");
      // the finest step the decimals allow is recorded here.
      return hyperliquidMeta(s.answer).map((a) => ({ symbol: String(at(a, 'name')), tick: new Dm(10).pow(-(6 - Number(at(a, 'szDecimals')))).toString(), settle: 'USDC' }));
    }
  }
}

describe('data/sources: per-instrument facts', () => {
  const lists = sources.filter((s) => kindsOf(s).has('instruments') || (s.venue === 'hyperliquid' && kindsOf(s).has('listing')));
  const facts = lists.flatMap((s) => instrumentFacts(s).map((f) => ({ venue: s.venue, ...f })));
  const of = (venue: SourceVenue, symbol: string) => facts.find((f) => f.venue === venue && f.symbol === symbol);

  it('every instrument has a positive tick and, where given, a positive contract value and interval', () => {
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(new Dm(f.tick).gt(0), `${f.venue} ${f.symbol} tick`).toBe(true);
      if (f.contract) expect(['linear', 'inverse']).toContain(f.contract.kind);
      if (f.contract) expect(new Dm(f.contract.value).gt(0), `${f.venue} ${f.symbol} contract value`).toBe(true);
      if (f.fundingIntervalHours) expect(['1', '2', '4', '8']).toContain(f.fundingIntervalHours);
    }
  });

  it('OKX BTC-USDT-SWAP is 0.01 BTC a contract (reference docs/rules/bybit-okx-bitget.md §3.3)', () => {
    expect(of('okx', 'BTC-USDT-SWAP')).toEqual({ venue: 'okx', symbol: 'BTC-USDT-SWAP', tick: '0.1', contract: { kind: 'linear', value: '0.01' }, settle: 'USDT' });
    expect(of('okx', 'BTC-USD-SWAP')?.contract).toEqual({ kind: 'inverse', value: '100' });
    expect(of('okx', 'BTC-USD-SWAP')?.settle).toBe('BTC');
  });

  it('Bybit BTCUSDT and Bitget BTCUSDT fund every 8 h; Bitget quotes BTCUSDT to 0.1', () => {
    expect(of('bybit', 'BTCUSDT')).toMatchObject({ tick: '0.1', fundingIntervalHours: '8', settle: 'USDT' });
    expect(of('bitget', 'BTCUSDT')).toMatchObject({ tick: '0.1', fundingIntervalHours: '8', settle: 'USDT' });
  });

  it('Hyperliquid: the finest price step follows szDecimals (BTC 5 -> 0.1, ETH 4 -> 0.01, DOGE 0 -> 0.000001)', () => {
    expect(of('hyperliquid', 'BTC')?.tick).toBe('0.1');
    expect(of('hyperliquid', 'ETH')?.tick).toBe('0.01');
    expect(of('hyperliquid', 'DOGE')?.tick).toBe('0.000001');
  });
});
