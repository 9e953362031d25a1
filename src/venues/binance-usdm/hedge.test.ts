// Hedge mode, cross (reference §2.1, §2.4, §3): both legs of a symbol share one liquidation price,
// each leg has its own tier at that price; the equation is concave and can have two roots.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceUsdmTiers } from './tiers';
import { estimateLiquidation } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;
const T26: Tier[] = binanceUsdmTiers.BTCUSDT!.tiers;

const mmOf = (notional: D): D =>
  T26.reduce((max, t) => D.max(max, notional.times(t.maintenanceMarginRate).minus(t.maintenanceAmount!)), new D(-Infinity));

interface Hedge { wallet: string; long: [size: string, entry: string]; short: [size: string, entry: string]; mark: string }

function hedgeInput(h: Hedge, primary: 'long' | 'short' = 'long'): PositionInput {
  const [own, other] = primary === 'long' ? [h.long, h.short] : [h.short, h.long];
  return {
    venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', positionMode: 'hedge',
    side: primary, size: own[0], entryPrice: own[1], markPrice: h.mark, walletBalance: h.wallet, tiers: T26,
    otherPositions: [{ symbol: 'BTCUSDT', side: primary === 'long' ? 'short' : 'long', size: other[0], entryPrice: other[1], markPrice: h.mark }],
  };
}

/** Cross margin balance - (MM long + MM short), every leg at price p (§2.2). */
function surplus(h: Hedge, p: D): D {
  const [ql, el] = h.long.map((v) => new D(v)) as [D, D];
  const [qs, es] = h.short.map((v) => new D(v)) as [D, D];
  const balance = new D(h.wallet).plus(ql.times(p.minus(el))).minus(qs.times(p.minus(es)));
  return balance.minus(mmOf(ql.times(p))).minus(mmOf(qs.times(p)));
}

describe('Binance USDⓈ-M cross hedge', () => {
  it('an equal hedge still liquidates above the mark, where MM outgrows the wallet: 1000 / (2 x 0.4 %) = 125,000', () => {
    const h: Hedge = { wallet: '1000', long: ['1', '100000'], short: ['1', '100000'], mark: '100000' };
    const result = estimateLiquidation(hedgeInput(h));
    expect(new D(result.liquidationPrice as string).eq(125000)).toBe(true);
    expect(result.bankruptcyPrice).toBeNull(); // the equity does not move with the price
    // Same shared price whichever leg is asked about.
    expect(estimateLiquidation(hedgeInput(h, 'short')).liquidationPrice).toBe(result.liquidationPrice);
  });

  it('two roots: the one nearest the mark is shown and both are named', () => {
    // long 2 / short 1 @ 100,000, wallet 10,000: below, 10,000 + (P - 100,000) = 3 x 0.4 % x P.
    const h: Hedge = { wallet: '10000', long: ['2', '100000'], short: ['1', '100000'], mark: '100000' };
    const lower = new D(90000).div('0.988');
    const near = estimateLiquidation(hedgeInput(h));
    expect(new D(near.liquidationPrice as string).minus(lower).abs().lte('1e-25')).toBe(true);
    expect(near.assumptions.some((a) => a.startsWith('Two liquidation prices exist'))).toBe(true);
    // With the mark far above, the upper root is the nearer one; check it by the rule itself.
    const far = estimateLiquidation(hedgeInput({ ...h, mark: '1500000000' }));
    const upper = new D(far.liquidationPrice as string);
    expect(upper.gt(h.mark)).toBe(true);
    expect(surplus(h, upper).abs().lte(mmOf(upper.times(2)).times('1e-9'))).toBe(true);
    expect(surplus(h, upper.times('0.999999')).gt(0)).toBe(true);
    expect(surplus(h, upper.times('1.000001')).lt(0)).toBe(true);
  });

  it('each leg takes its own tier at the shared price (long 10 BTC in tier 3, short 1 BTC in tier 1)', () => {
    const h: Hedge = { wallet: '20000', long: ['10', '100000'], short: ['1', '100000'], mark: '100000' };
    const result = estimateLiquidation(hedgeInput(h));
    const lp = new D(result.liquidationPrice as string);
    expect(lp.times(10).gte(800000) && lp.lt(300000)).toBe(true);
    expect(result.tierIndex).toBe(2);
    expect(surplus(h, lp).abs().lte(new D('1e-20'))).toBe(true);
  });

  it('property: the returned price satisfies the rule and every price between it and the mark is safe', () => {
    const dec = (min: number, max: number, scale: number) => fc.integer({ min, max }).map((n) => new D(n).div(scale).toString());
    const hedge = fc.record({
      wallet: dec(1, 5_000_000, 1),
      long: fc.tuple(dec(1, 50_000, 1000), dec(50_000, 150_000, 1)),
      short: fc.tuple(dec(1, 50_000, 1000), dec(50_000, 150_000, 1)),
      mark: dec(50_000, 150_000, 1),
    });
    fc.assert(
      fc.property(hedge, fc.constantFrom('long' as const, 'short' as const), (h, primary) => {
        const mark = new D(h.mark);
        fc.pre(surplus(h, mark).gt(0)); // a live account
        const { liquidationPrice } = estimateLiquidation(hedgeInput(h, primary));
        if (liquidationPrice === null) return; // (MM grows without bound, so this does not happen in practice)
        const lp = new D(liquidationPrice);
        const scale = D.max(mmOf(new D(h.long[0]).times(lp)).plus(mmOf(new D(h.short[0]).times(lp))), 1);
        expect(surplus(h, lp).abs().lte(scale.times('1e-9'))).toBe(true);
        for (const f of ['0.001', '0.25', '0.5', '0.75', '0.999']) {
          const between = lp.plus(mark.minus(lp).times(f));
          expect(surplus(h, between).gt(0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // 300 hedged estimates (a tier-pair search each) and their checks: seconds on a loaded machine.
  }, 60_000);

  it('isolated hedge: each side alone, the other leg does not share its margin', () => {
    const h: Hedge = { wallet: '10000', long: ['1', '100000'], short: ['1', '100000'], mark: '100000' };
    const hedged = estimateLiquidation({ ...hedgeInput(h), marginMode: 'isolated', isolatedMargin: '10000' });
    // §8 D1 (T26): 1 BTC long @ 100,000 with 10,000 isolated margin -> 90,361.445783
    expect(new D(hedged.liquidationPrice as string).minus('90361.445783').abs().lte('0.0000005')).toBe(true);
  });
});
