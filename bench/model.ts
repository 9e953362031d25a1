// npm run bench:model: estimates per second of the liquidation model in Node, on one core.
// Three cases from the model issue: isolated with 1 tier, isolated with 12 tiers, cross with 20 other
// positions. Each case runs for a fixed time after a warm-up; the input objects are reused, as the
// worker reuses its tier tables.
import os from 'node:os';
import { estimateLiquidation } from '../src/model';
import type { OtherPosition, PositionInput } from '../src/model/types';
import { binanceUsdmTiers } from '../src/data/binance-usdm-tiers';

const btc = binanceUsdmTiers.BTCUSDT!.tiers;
const eth = binanceUsdmTiers.ETHUSDT!.tiers;

const isolatedOneTier: PositionInput = {
  venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
  size: '1', entryPrice: '100000', markPrice: '100000', isolatedMargin: '10000', tiers: [btc[0]!],
};
const isolatedTwelveTiers: PositionInput = { ...isolatedOneTier, size: '50', isolatedMargin: '250000', tiers: btc };
const others: OtherPosition[] = Array.from({ length: 20 }, (_, i) => ({
  symbol: `ALT${i}USDT`, side: i % 2 ? 'short' : 'long', size: String(10 + i), entryPrice: String(3000 + 10 * i),
  markPrice: String(2990 + 11 * i), tiers: eth,
}));
const crossTwenty: PositionInput = { ...isolatedOneTier, marginMode: 'cross', isolatedMargin: undefined, walletBalance: '60000', tiers: btc, otherPositions: others };

function measure(name: string, input: PositionInput, seconds = 2): { name: string; perSecond: number; liquidationPrice: string | null } {
  let result = estimateLiquidation(input);
  for (let i = 0; i < 200; i++) result = estimateLiquidation(input);
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) result = estimateLiquidation(input);
    count += 50;
    now = process.hrtime.bigint();
  }
  const perSecond = count / (Number(now - start) / 1e9);
  return { name, perSecond, liquidationPrice: result.liquidationPrice };
}

const rows = [
  measure('isolated, 1 tier', isolatedOneTier),
  measure('isolated, 12 tiers', isolatedTwelveTiers),
  measure('cross, 20 other positions', crossTwenty),
];
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, one core`);
console.log('| case | estimates per second | liquidation price |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.liquidationPrice} |`);
