// npm run bench:model: estimates per second of the liquidation model in Node, on one core.
// The three cases of the model issue (Binance USDⓈ-M): isolated with 1 tier, isolated with 12 tiers,
// cross with 20 other positions; below them the same for every other venue, as far as its bundled
// table goes. Each case runs for a fixed time after a warm-up; the input objects are reused, as the
// worker reuses its tier tables and estimates every position of an account with the same others.
// One more row moves every other position's mark before each estimate (new strings, nothing kept).
// Rates are per second of this process's CPU time (user + system), so other jobs on a shared machine
// count less; the wall-clock rate is printed beside it. BENCH_SECONDS=<s> sets the time per case
// (default 2 for the issue's cases, 1 for the others).
import os from 'node:os';
import { estimateLiquidation } from '../src/model';
import type { OtherPosition, PositionInput, Tier } from '../src/model/types';
import { binanceCoinmTiers } from '../src/venues/binance-coinm/tiers';
import { binanceUsdmTiers } from '../src/venues/binance-usdm/tiers';
import { bitgetTiers } from '../src/venues/bitget/tiers';
import { bybitTiers } from '../src/venues/bybit/tiers';
import { hyperliquidTiers } from '../src/venues/hyperliquid/tiers';
import { okxTiers } from '../src/venues/okx/tiers';

interface Row { venue: string; name: string; perCpuSecond: number; perSecond: number; liquidationPrice: string | null }

/** Estimates per second of `input`, or of `next()` when each estimate needs a changed input. */
function measure(venue: string, name: string, input: PositionInput, seconds: number, next: () => PositionInput = () => input): Row {
  // Warm-up: a quarter of the time, so that the optimising compiler is done before counting.
  let result = estimateLiquidation(next());
  const warm = process.hrtime.bigint() + BigInt(Math.round(seconds * 0.25e9));
  while (process.hrtime.bigint() < warm) for (let i = 0; i < 50; i++) result = estimateLiquidation(next());
  let count = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) result = estimateLiquidation(next());
    count += 50;
    now = process.hrtime.bigint();
  }
  const used = process.cpuUsage(cpu);
  return {
    venue, name,
    perCpuSecond: count / ((used.user + used.system) / 1e6),
    perSecond: count / (Number(now - start) / 1e9),
    liquidationPrice: result.liquidationPrice,
  };
}

/** One venue's three cases: its own table cut to 1 tier, the whole table, and cross with 20 others. */
interface VenueCase {
  venue: string;
  /** An isolated position on the whole table whose liquidation price falls past its first tier where it has more. */
  isolated: PositionInput;
  /** The same position, small enough for tier 1, with the table cut to that tier. */
  small: Partial<Pick<PositionInput, 'size' | 'isolatedMargin'>>;
  wallet: string;
  /** The 20 other positions' table and the fields their venue needs beside it. */
  otherTiers: Tier[];
  other: (i: number) => Partial<OtherPosition>;
}

const others = (c: VenueCase): OtherPosition[] =>
  Array.from({ length: 20 }, (_, i) => ({
    symbol: `ALT${i}`, side: i % 2 ? 'short' : 'long', size: String(10 + i), entryPrice: String(3000 + 10 * i),
    markPrice: String(2990 + 11 * i), tiers: c.otherTiers, ...c.other(i),
  }));

function venueRows(c: VenueCase, seconds: number): Row[] {
  const rows: Row[] = [];
  const tiers = c.isolated.tiers;
  rows.push(measure(c.venue, 'isolated, 1 tier', { ...c.isolated, ...c.small, tiers: [tiers[0]!] }, seconds));
  if (tiers.length > 1) rows.push(measure(c.venue, `isolated, ${tiers.length} tiers`, c.isolated, seconds));
  const cross: PositionInput = { ...c.isolated, marginMode: 'cross', isolatedMargin: undefined, walletBalance: c.wallet, otherPositions: others(c) };
  rows.push(measure(c.venue, `cross, 20 other positions (${tiers.length}-tier table)`, cross, seconds));
  return rows;
}

const usdm = binanceUsdmTiers;
const binance: VenueCase = {
  venue: 'binance-usdm',
  isolated: {
    venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
    size: '50', entryPrice: '100000', markPrice: '100000', isolatedMargin: '250000', tiers: usdm.BTCUSDT!.tiers,
  },
  small: { size: '1', isolatedMargin: '10000' },
  wallet: '60000',
  otherTiers: usdm.ETHUSDT!.tiers,
  other: () => ({}),
};
// The issue's cross case: the 1-BTC position on the whole BTC table with 20 others on the ETH table.
const binanceCross = (): PositionInput => ({
  ...binance.isolated, ...binance.small, marginMode: 'cross', isolatedMargin: undefined, walletBalance: binance.wallet, otherPositions: others(binance),
});

/** The cross case with every other position's mark moved (a new string) before each estimate. */
function movingMarks(): () => PositionInput {
  const input = binanceCross();
  const moving = input.otherPositions!;
  let tick = 0;
  return () => {
    tick = (tick + 1) % 1_000_000;
    moving.forEach((o, i) => { o.markPrice = String(2990 + 11 * i + tick / 100); });
    return input;
  };
}

const issueCases = (seconds: number): Row[] => [
  measure('binance-usdm', 'isolated, 1 tier', { ...binance.isolated, ...binance.small, tiers: [binance.isolated.tiers[0]!] }, seconds),
  measure('binance-usdm', 'isolated, 12 tiers', binance.isolated, seconds),
  measure('binance-usdm', 'cross, 20 other positions', binanceCross(), seconds),
  measure('binance-usdm', 'cross, 20 other positions, every mark moved before each estimate', binanceCross(), seconds, movingMarks()),
];

const otherVenues: VenueCase[] = [
  {
    venue: 'bybit',
    isolated: {
      venue: 'bybit', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '25',
      entryPrice: '100000', markPrice: '100000', leverage: '20', isolatedMargin: '125000', tiers: bybitTiers.BTCUSDT!.tiers,
    },
    small: { size: '1', isolatedMargin: '5000' },
    wallet: '200000',
    otherTiers: bybitTiers.BTCUSDT!.tiers,
    other: () => ({ leverage: '10' }),
  },
  {
    venue: 'okx',
    isolated: {
      venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1',
      contractSize: okxTiers['BTC-USDT-SWAP']!.contractSize, entryPrice: '100000', markPrice: '100000', isolatedMargin: '10000',
      tiers: okxTiers['BTC-USDT-SWAP']!.tiers,
    },
    small: {},
    wallet: '60000',
    otherTiers: okxTiers['BTC-USDT-SWAP']!.tiers,
    other: () => ({ contractSize: '0.01' }),
  },
  {
    venue: 'hyperliquid',
    isolated: {
      venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size: '2000',
      entryPrice: '100000', markPrice: '100000', isolatedMargin: '30000000', tiers: hyperliquidTiers.BTC!.tiers,
    },
    small: { size: '1', isolatedMargin: '10000' },
    wallet: '30000000',
    otherTiers: hyperliquidTiers.ETH!.tiers,
    other: () => ({}),
  },
  {
    venue: 'bitget',
    isolated: {
      venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '200',
      entryPrice: '100000', markPrice: '100000', isolatedMargin: '2000000', tiers: bitgetTiers.BTCUSDT!.tiers,
    },
    small: { size: '1', isolatedMargin: '10000' },
    wallet: '3000000',
    otherTiers: bitgetTiers.BTCUSDT!.tiers,
    other: () => ({}),
  },
  {
    venue: 'binance-coinm',
    isolated: {
      venue: 'binance-coinm', symbol: 'BTCUSD_PERP', contract: 'inverse', marginMode: 'isolated', side: 'long', size: '20000',
      contractValue: binanceCoinmTiers.BTCUSD_PERP!.contractValue, entryPrice: '100000', markPrice: '100000', isolatedMargin: '2',
      tiers: binanceCoinmTiers.BTCUSD_PERP!.tiers,
    },
    small: { size: '100', isolatedMargin: '0.01' },
    wallet: '3',
    otherTiers: binanceCoinmTiers.BTCUSD_PERP!.tiers,
    other: () => ({ contractValue: '10' }),
  },
];

const seconds = Number(process.env.BENCH_SECONDS) || undefined;
const rows = [...issueCases(seconds ?? 2), ...otherVenues.flatMap((c) => venueRows(c, seconds ?? 1))];
const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, one core`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| venue | case | estimates per CPU second | per wall-clock second | liquidation price |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.venue} | ${r.name} | ${format(r.perCpuSecond)} | ${format(r.perSecond)} | ${r.liquidationPrice} |`);
