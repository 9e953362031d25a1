// Recorded venue answers through the live parsers and checks. Expectations come from the recorded
// files themselves, read here independently (freqtrade's JSON with JSON.parse, compared as numbers),
// from Binance's documented answer shape, and from the bundled 2026 BTCUSDT reference table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dm } from '../../src/model/decimal';
import { validateTiers } from '../../src/market-data/validate-tiers';
import { bybitRiskLimit, okxInstruments, okxPositionTiers } from '../../src/market-data/testing/venue-answers';
import { binanceCoinmTiers } from '../../src/venues/binance-coinm/tiers';
import { binanceUsdmTiers } from '../../src/venues/binance-usdm/tiers';
import type { Tier } from '../../src/model/types';
import { readSources } from './read-sources';
import { recordedEndpoints } from './recorded-endpoints';
import { tablesFromRecorded, type RecordedSource } from './recorded-tables';

const root = join(import.meta.dirname, '../../data/sources');
const FREQTRADE = join(root, 'binance-usdm/freqtrade-leverage-tiers.json');

interface CcxtTier {
  minNotional: number;
  maxNotional: number;
  maintenanceMarginRate: number;
  maxLeverage: number;
  info: { notionalFloor: string; notionalCap: string; maintMarginRatio: string; cum: string; initialLeverage: string };
}
const freqtrade = JSON.parse(readFileSync(FREQTRADE, 'utf8')) as Record<string, CcxtTier[]>;

const recorded = readSources(root);
const result = tablesFromRecorded(recorded.sources, recordedEndpoints);
const usdm = result.tables['binance-usdm'] ?? {};
const coinm = result.tables['binance-coinm'] ?? {};

/** veil-of-ignorance's encoding read here on its own: [floor, cap, leverage, rate, cum] per tier. */
const veil = JSON.parse(readFileSync(join(root, 'binance-coinm/veil-coinm-brackets.json'), 'utf8')) as { coinm: { tables: number[][][]; symbols: Record<string, number> } };
const veilSizes = JSON.parse(readFileSync(join(root, 'binance-coinm/veil-coinm-contract-sizes.json'), 'utf8')) as { coinm: { contractSizeUsd: Record<string, number> } };

const genuine = recorded.sources.find((s) => s.file.endsWith('freqtrade-leverage-tiers.json'))!;

/** A copy of the freqtrade source with some symbols' tiers edited, dated later so it would win. */
function tampered(edit: (body: Record<string, CcxtTier[]>) => void): RecordedSource {
  const body = structuredClone(freqtrade);
  edit(body);
  return { ...genuine, file: 'binance-usdm/tampered.json', date: '2026-01-01', body };
}

describe('the recorded sources in data/sources', () => {
  it('every source is read; nothing is refused but dated futures and a table that fails a check', () => {
    expect(recorded.refused).toEqual([]);
    const reasons = result.refused.map((r) => `${r.symbol}: ${r.reason}`);
    // Left out, each for its reason (data/sources/README.md): Binance's BTCSTUSDT table fails a check;
    // the HIP-3 docs example is a dex's answer, not the main dex's; instrument lists no tier parser reads
    // (Binance USDⓈ-M's exchangeInfo and fundingInfo are read by the instrument parser, src/market-data/recorded-instruments.ts);
    // OKX's 2022 and 2025 instrument lists, which the newer 2026 one answers for.
    expect(reasons.filter((r) => !r.includes('not a perpetual')).sort()).toEqual(
      [
        expect.stringMatching(/^BTCSTUSDT: .*tier 6 cap is out of range/),
        expect.stringMatching(/^ETHBTC: not a symbol of the shape binance-usdm's pages show/),
        expect.stringMatching(/^undefined: its shape has no known way back to hyperliquid's answer/),
        expect.stringMatching(/^undefined: no parser reads answers of https:\/\/api\.bitget\.com\/api\/v2\/mix\/market\/contracts/),
        expect.stringMatching(/^undefined: no parser reads answers of https:\/\/api\.bybit\.com\/v5\/market\/instruments-info/),
        expect.stringMatching(/^undefined: no parser reads answers of https:\/\/fapi\.binance\.com\/fapi\/v1\/exchangeInfo/),
        expect.stringMatching(/^undefined: no parser reads answers of https:\/\/fapi\.binance\.com\/fapi\/v1\/fundingInfo/),
        expect.stringMatching(/^undefined: no table needed it \(https:\/\/www\.okx\.com\/api\/v5\/public\/instruments/),
        expect.stringMatching(/^undefined: no table needed it \(https:\/\/www\.okx\.com\/api\/v5\/public\/instruments/),
      ],
    );
  });

  it('gives a table for every USDⓈ-M perpetual in the freqtrade file but BTCSTUSDT and ETHBTC, each passing validation and dated 2024-10-24', () => {
    const perpetuals = Object.keys(freqtrade).filter((k) => !/-\d{6}$/.test(k));
    expect(Object.keys(usdm)).toHaveLength(perpetuals.length - 2);
    expect(usdm).not.toHaveProperty('ETHBTC');
    expect(Object.keys(usdm).length).toBeGreaterThanOrEqual(30);
    for (const [symbol, table] of Object.entries(usdm)) {
      expect(validateTiers(table.tiers, { contiguous: true }).ok, symbol).toBe(true);
      expect(table.date).toBe('2024-10-24');
      expect(table.source).toContain('github:freqtrade/freqtrade@3d9514d2660c42dfdbde517f7b421d1a5cf4f196:freqtrade/exchange/binance_leverage_tiers.json');
    }
  });

  it.each([
    ['BTCUSDT', 'BTC/USDT:USDT'],
    ['ETHUSDT', 'ETH/USDT:USDT'],
    ['SOLUSDT', 'SOL/USDT:USDT'],
    ['1000PEPEUSDT', '1000PEPE/USDT:USDT'],
    ['BTCUSDC', 'BTC/USDC:USDC'],
  ])('%s has the tiers of %s in the freqtrade file, compared as numbers with ccxt\'s own floats', (symbol, key) => {
    const expected = freqtrade[key]!;
    const tiers = usdm[symbol]!.tiers;
    expect(tiers).toHaveLength(expected.length);
    tiers.forEach((tier, i) => {
      const e = expected[i]!;
      expect(Number(tier.floor)).toBe(e.minNotional);
      expect(Number(tier.cap)).toBe(e.maxNotional);
      expect(Number(tier.maintenanceMarginRate)).toBe(e.maintenanceMarginRate);
      expect(Number(tier.maxLeverage)).toBe(e.maxLeverage);
      expect(new Dm(tier.maintenanceAmount!).eq(e.info.cum)).toBe(true);
    });
  });

  it('the 2024 BTCUSDT agrees with the bundled 2026 reference above 600,000 USDT, where Binance did not change it', () => {
    const reference = binanceUsdmTiers.BTCUSDT!.tiers;
    const upper = (tiers: Tier[]) => tiers.filter((t) => new Dm(t.floor).gte(3_000_000)).map((t) => [t.floor, t.cap, t.maintenanceMarginRate, t.maxLeverage]);
    expect(upper(usdm.BTCUSDT!.tiers)).toEqual(upper(reference));
    expect(upper(reference)).toHaveLength(9);
  });

  it('Binance\'s own leverageBracket shape (numbers, as the docs show it) gives the same table as the ccxt copy', () => {
    const raw = [{ symbol: 'ETHUSDT', brackets: freqtrade['ETH/USDT:USDT']!.map((t, i) => ({ bracket: i + 1, initialLeverage: t.maxLeverage, notionalCap: t.maxNotional, notionalFloor: t.minNotional, maintMarginRatio: t.maintenanceMarginRate, cum: Number(t.info.cum) })) }];
    const fromRaw = tablesFromRecorded([{ ...genuine, file: 'raw.json', body: raw }], recordedEndpoints);
    expect(fromRaw.refused).toEqual([]);
    expect(fromRaw.tables['binance-usdm']!.ETHUSDT!.tiers).toEqual(usdm.ETHUSDT!.tiers);
  });
});

describe('Binance COIN-M from the veil-of-ignorance excerpts (delivery feed + contract sizes, 2026-09-16)', () => {
  it('every symbol of the excerpt, perpetuals and quarterlies, passes validation with its pair\'s contract value', () => {
    expect(Object.keys(coinm).sort()).toEqual(Object.keys(veil.coinm.symbols).sort());
    expect(Object.keys(coinm).filter((s) => s.endsWith('_PERP'))).toHaveLength(20);
    for (const [symbol, table] of Object.entries(coinm)) {
      expect(validateTiers(table.tiers, { contiguous: true }).ok, symbol).toBe(true);
      expect(table.date).toBe('2026-09-16');
      expect(Number(table.contractValue)).toBe(veilSizes.coinm.contractSizeUsd[symbol.split('_')[0]!]);
    }
    expect(coinm.BTCUSD_PERP!.contractValue).toBe('100');
    expect(coinm.ETHUSD_PERP!.contractValue).toBe('10');
  });

  it.each(['BTCUSD_PERP', 'ETHUSD_PERP', 'SOLUSD_PERP', 'XRPUSD_261225'])('%s has the tiers of its table in the file, compared as numbers', (symbol) => {
    const expected = veil.coinm.tables[veil.coinm.symbols[symbol]!]!;
    expect(coinm[symbol]!.tiers.map((t) => [t.floor, t.cap, t.maxLeverage, t.maintenanceMarginRate, t.maintenanceAmount].map(Number))).toEqual(expected);
  });

  it('BTCUSD_PERP equals the hand-checked reference table (docs/rules/binance.md §6.5)', () => {
    expect(coinm.BTCUSD_PERP!.tiers).toEqual(binanceCoinmTiers.BTCUSD_PERP!.tiers);
  });

  it('without the contract-size excerpt, no COIN-M table is made, and each is named', () => {
    const alone = tablesFromRecorded(recorded.sources.filter((s) => !s.file.endsWith('contract-sizes.json')), recordedEndpoints);
    expect(alone.tables['binance-coinm']).toEqual({});
    expect(alone.refused).toContainEqual({ file: 'binance-coinm/veil-coinm-brackets.json', symbol: 'BTCUSD_PERP', reason: 'no recorded answer of https://dapi.binance.com/dapi/v1/exchangeInfo' });
  });
});

describe('a tampered source', () => {
  const edited = tampered((body) => {
    const btc = body['BTC/USDT:USDT']![0]!;
    btc.minNotional = 100;
    btc.info.notionalFloor = '100';
    const eth = body['ETH/USDT:USDT']![1]!;
    eth.maintenanceMarginRate = 5;
    eth.info.maintMarginRatio = '5';
  });
  const mixed = tablesFromRecorded([genuine, edited], recordedEndpoints);

  it('is left out where it fails a check, and named with the symbol and the reason', () => {
    const named = mixed.refused.filter((r) => r.file === 'binance-usdm/tampered.json' && !r.reason.includes('not a perpetual') && r.symbol !== 'ETHBTC');
    expect(named).toHaveLength(3);
    expect(named).toEqual(
      expect.arrayContaining([
        { file: 'binance-usdm/tampered.json', symbol: 'BTCUSDT', reason: expect.stringContaining('tier 1 starts at 100, not at 0') },
        { file: 'binance-usdm/tampered.json', symbol: 'BTCSTUSDT', reason: expect.stringContaining('out of range') },
        { file: 'binance-usdm/tampered.json', symbol: 'ETHUSDT', reason: expect.stringContaining('tier 2 maintenance margin rate 5 is not in [0.001, 0.75]') },
      ]),
    );
  });

  it('the refused symbols keep the older genuine table; the rest take the newer source', () => {
    const tables = mixed.tables['binance-usdm']!;
    expect(tables.BTCUSDT!.date).toBe('2024-10-24');
    expect(tables.ETHUSDT!.date).toBe('2024-10-24');
    expect(tables.SOLUSDT!.date).toBe('2026-01-01');
  });

  it('a copy whose strings and ccxt floats disagree is refused before parsing', () => {
    const lying = tampered((body) => {
      body['SOL/USDT:USDT']![0]!.info.maintMarginRatio = '0.001';
    });
    const out = tablesFromRecorded([lying], recordedEndpoints);
    expect(out.refused).toContainEqual({ file: 'binance-usdm/tampered.json', symbol: 'SOL/USDT:USDT', reason: "tier 1: info and ccxt's numbers disagree" });
    expect(out.tables['binance-usdm']!.SOLUSDT).toBeUndefined();
  });
});

describe('any venue with a live parser, and sources nothing reads', () => {
  const source = (file: string, request: string, body: unknown): RecordedSource => ({ file, request, source: 'test', date: '2025-01-01', body });

  it('Bybit risk limits and OKX position tiers with their instrument go through those venues\' parsers', () => {
    const out = tablesFromRecorded(
      [
        source('bybit/risk-limit.json', 'https://api.bybit.com/v5/market/risk-limit?category=linear', bybitRiskLimit('BTCUSDT')),
        source('okx/tiers.json', 'https://www.okx.com/api/v5/public/position-tiers?instType=SWAP&tdMode=cross', okxPositionTiers('BTC-USDT')),
        source('okx/instruments.json', 'https://www.okx.com/api/v5/public/instruments?instType=SWAP', okxInstruments('BTC-USDT-SWAP')),
      ],
      recordedEndpoints,
    );
    expect(out.refused).toEqual([]);
    expect(out.tables.bybit!.BTCUSDT!.tiers[1]).toEqual({ floor: '2000000', cap: '2600000', maintenanceMarginRate: '0.0056', maintenanceAmount: '1200', maxLeverage: '100' });
    expect(out.tables.okx!['BTC-USDT-SWAP']).toMatchObject({ contractSize: '0.01', date: '2025-01-01', tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004' }] });
  });

  it('freqtrade\'s Bybit cache answers risk-limit of its own category only; an edited deduction is refused', () => {
    const rows = (symbol: string, deductions: string[]) =>
      ['100000', '200000'].map((cap, i) => ({ id: i + 1, symbol, riskLimitValue: cap, maintenanceMargin: ['0.01', '0.02'][i], initialMargin: ['0.02', '0.04'][i], isLowestRisk: i === 0 ? 1 : 0, maxLeverage: ['50.00', '25.00'][i], mmDeduction: deductions[i] }));
    // 100000 x (0.02 - 0.01) = 1000 keeps MM continuous; 1100 does not.
    const body = { updated: '2025-12-29 12:05:23.856961+00:00', data: { 'AAA/USDT:USDT': rows('AAAUSDT', ['', '1000']), 'BBB/USDT:USDT': rows('BBBUSDT', ['', '1100']) } };
    const linear = tablesFromRecorded([source('bybit/cache.json', 'https://api.bybit.com/v5/market/risk-limit?category=linear', body)], recordedEndpoints);
    expect(linear.tables.bybit!.AAAUSDT!.tiers).toEqual([
      { floor: '0', cap: '100000', maintenanceMarginRate: '0.01', maintenanceAmount: '0', maxLeverage: '50' },
      { floor: '100000', cap: '200000', maintenanceMarginRate: '0.02', maintenanceAmount: '1000', maxLeverage: '25' },
    ]);
    expect(linear.tables.bybit!.BBBUSDT).toBeUndefined();
    expect(linear.refused.map((r) => r.symbol)).toEqual(['BBBUSDT']);
    const inverse = tablesFromRecorded([source('bybit/cache.json', 'https://api.bybit.com/v5/market/risk-limit?category=inverse', { ...body, data: { 'AAA/USD:AAA': rows('AAAUSD', ['', '1000']) } })], recordedEndpoints);
    expect(Object.keys(inverse.tables.bybit ?? {})).toEqual(['AAAUSD']);
  });

  it('says, without failing, when no parser reads a source or a table lacks a part', () => {
    const out = tablesFromRecorded(
      [
        source('bybit/tickers.json', 'https://api.bybit.com/v5/market/tickers?category=linear', { result: { list: [] } }),
        source('okx/tiers.json', 'https://www.okx.com/api/v5/public/position-tiers?instType=SWAP&tdMode=cross', okxPositionTiers('ETH-USDT')),
      ],
      recordedEndpoints,
    );
    expect(out.refused).toEqual([
      { file: 'okx/tiers.json', symbol: 'ETH-USDT-SWAP', reason: 'no recorded answer of https://www.okx.com/api/v5/public/instruments?instType=SWAP&instId=ETH-USDT-SWAP' },
      { file: 'bybit/tickers.json', reason: 'no parser reads answers of https://api.bybit.com/v5/market/tickers?category=linear' },
    ]);
  });
});
