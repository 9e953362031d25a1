// Binance COIN-M (inverse) vectors from docs/rules/binance.md §8 C and D16-D21, and the rule
// checked at the returned price (reference §4: everything in coin, tier by N*CM/LP).
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceCoinmTiers } from './tiers';
import { estimateLiquidation } from '../../model/index';
import { resolveTiers } from '../../model/tiers';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

function expectClose(actual: string | null, expected: string, tolerance: string): void {
  expect(actual).not.toBeNull();
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${expected}`).toBe(true);
}

const BTC = binanceCoinmTiers.BTCUSD_PERP!.tiers;
// §6.5 ETHUSD_PERP tiers 1-6 (the reference elides 7-9; enough for D21).
const ETH: Tier[] = [
  { floor: '0', maintenanceMarginRate: '0.005', maintenanceAmount: '0' },
  { floor: '15', maintenanceMarginRate: '0.0065', maintenanceAmount: '0.0225' },
  { floor: '100', maintenanceMarginRate: '0.01', maintenanceAmount: '0.3725' },
  { floor: '400', maintenanceMarginRate: '0.025', maintenanceAmount: '6.3725' },
  { floor: '1500', maintenanceMarginRate: '0.05', maintenanceAmount: '43.8725' },
  { floor: '5000', maintenanceMarginRate: '0.1', maintenanceAmount: '293.8725' },
];

const inverse = (
  symbol: string, side: 'long' | 'short', contracts: string, contractValue: string, entryPrice: string, wallet: string, tiers: Tier[],
  marginMode: 'isolated' | 'cross' = 'isolated',
): PositionInput => ({
  venue: 'binance-coinm', symbol, contract: 'inverse', marginMode, side, size: contracts, contractValue, entryPrice, tiers,
  ...(marginMode === 'isolated' ? { isolatedMargin: wallet } : { walletBalance: wallet }),
});

describe('COIN-M vectors (§8 C, D16-D21)', () => {
  it('C1 dev.binance.vision thread 6292: 101 BTC cross, long 100,000 BTCUSD @ 45,000, 12.5 % / cum 11.81 -> 33578.8597448338', () => {
    const flat: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.125', maintenanceAmount: '11.81' }];
    const result = estimateLiquidation(inverse('BTCUSD_PERP', 'long', '100000', '100', '45000', '101', flat, 'cross'));
    expectClose(result.liquidationPrice, '33578.8597448338', '0.00000000005');
  });

  it.each<[string, PositionInput, string | null, number]>([
    ['D16 iso long', inverse('BTCUSD_PERP', 'long', '1000', '100', '100000', '0.1', BTC), '91272.727273', 0],
    ['D17 iso short', inverse('BTCUSD_PERP', 'short', '1000', '100', '100000', '0.1', BTC), '110666.666667', 0],
    ['D18 short 1x: none', inverse('BTCUSD_PERP', 'short', '1000', '100', '100000', '1', BTC), null, -1],
    ['D19 long 1x', inverse('BTCUSD_PERP', 'long', '1000', '100', '100000', '1', BTC), '50200.000', 0],
    ['D20 long, tier 3', inverse('BTCUSD_PERP', 'long', '20000', '100', '100000', '2', BTC), '91589.208796', 2],
    ['D20 short, tier 3', inverse('BTCUSD_PERP', 'short', '20000', '100', '100000', '2', BTC), '110337.141265', 2],
    ['D21 ETHUSD_PERP CM 10', inverse('ETHUSD_PERP', 'long', '3000', '10', '3000', '1', ETH), '2740.909091', 0],
  ])('%s', (_id, input, expected, tierIndex) => {
    const result = estimateLiquidation(input);
    if (expected === null) expect(result.liquidationPrice).toBeNull();
    else expectClose(result.liquidationPrice, expected, '0.0000005');
    expect(result.tierIndex).toBe(tierIndex);
  });

  it('§1.2 FAQ: 100 BTCUSD contracts at mark 25,000 = 0.4 BTC, tier 1, MM 0.0016 BTC', () => {
    const input = { ...inverse('BTCUSD_PERP', 'long', '100', '100', '25000', '0.1', BTC), markPrice: '25000' };
    expect(new D(estimateLiquidation(input).maintenanceMargin as string).eq('0.0016')).toBe(true);
  });

  it('§1.3 FAQ-era BTCUSD level 5 cum: 50 BTC x (5 % - 2.5 %) + 0.56 = 1.81 BTC', () => {
    // Level 4 (2.5 %, cum 0.56) followed by level 5 at 50 BTC, 5 %, cum left for the model to derive.
    const resolved = resolveTiers([
      { floor: '0', maintenanceMarginRate: '0.025', maintenanceAmount: '0.56' },
      { floor: '50', maintenanceMarginRate: '0.05' },
    ]);
    expect(resolved[1]!.amount.toString()).toBe('1.81');
  });

  it('bundled BTCUSD_PERP table satisfies the cum recurrence', () => {
    const derived = resolveTiers(BTC.map(({ floor, maintenanceMarginRate }) => ({ floor, maintenanceMarginRate })));
    expect(derived.map((t) => t.amount.toString())).toEqual(BTC.map((t) => t.maintenanceAmount));
  });
});

describe('COIN-M properties', () => {
  /** Coin margin balance - MM at price p (§4.2), MM = max_i(coin notional * MMR_i - cum_i). */
  function surplus(p: D, side: 'long' | 'short', n: D, cm: D, ep: D, wb: D): D {
    const s = side === 'long' ? 1 : -1;
    const face = n.times(cm);
    const notional = face.div(p);
    const mm = BTC.reduce((max, t) => D.max(max, notional.times(t.maintenanceMarginRate).minus(t.maintenanceAmount!)), new D(-Infinity));
    return wb.plus(face.times(s).times(new D(1).div(ep).minus(new D(1).div(p)))).minus(mm);
  }

  it('at the returned price coin balance = MM (1e-9 relative); slightly safer is safe, slightly worse triggers', () => {
    const arb = fc.record({
      side: fc.constantFrom('long' as const, 'short' as const),
      contracts: fc.integer({ min: 1, max: 2_000_000 }).map(String),
      entry: fc.integer({ min: 1000, max: 20_000_000 }).map((n) => new D(n).div(100).toString()),
      // 1.5x .. 125x; exactly 1x short is D18 (a 50-digit WB = N*CM/EP would only be 1x to 50 digits).
      leverage: fc.integer({ min: 3, max: 250 }).map((n) => new D(n).div(2)),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const [n, cm, ep] = [new D(a.contracts), new D(100), new D(a.entry)];
        const wb = n.times(cm).div(ep).div(a.leverage); // coin margin at this leverage
        const { liquidationPrice } = estimateLiquidation(inverse('BTCUSD_PERP', a.side, a.contracts, '100', a.entry, wb.toString(), BTC));
        expect(liquidationPrice).not.toBeNull(); // above 1x every inverse position has one
        const lp = new D(liquidationPrice as string);
        const mm = n.times(cm).div(lp).times('0.5');
        expect(surplus(lp, a.side, n, cm, ep, wb).abs().lte(mm.times('1e-9'))).toBe(true);
        const [safer, worse] = a.side === 'long' ? [lp.times('1.000001'), lp.times('0.999999')] : [lp.times('0.999999'), lp.times('1.000001')];
        expect(surplus(safer, a.side, n, cm, ep, wb).gt(0)).toBe(true);
        expect(surplus(worse, a.side, n, cm, ep, wb).lt(0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
