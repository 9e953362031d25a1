// The solver's float-guided fast path against the exact search it replaces (solveEquationExactly):
// on every equation both must return the very same roots (equal decimal strings, equal tiers). The
// equations are one-way positions (linear and inverse, long and short) on bundled and random tables,
// with margins aimed exactly at tier floors and a hair beside them, where the fast path must step
// aside. A share of the cases must really take the fast path, or this test compares nothing.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceCoinmTiers } from '../venues/binance-coinm/tiers';
import { binanceUsdmTiers } from '../venues/binance-usdm/tiers';
import { bitgetTiers } from '../venues/bitget/tiers';
import { bybitTiers } from '../venues/bybit/tiers';
import { hyperliquidTiers } from '../venues/hyperliquid/tiers';
import { Dm, ZERO } from './decimal';
import { floatGuidedRoot } from './float-guided-root';
import { solveEquation, solveEquationExactly, type LiquidationEquation, type Root } from './solver';
import { findTierIndex, resolveTiers } from './tiers';
import type { Tier } from './types';

const D = Decimal.clone({ precision: 60 });

const BUNDLED: Tier[][] = [
  binanceUsdmTiers.BTCUSDT!.tiers, binanceUsdmTiers.ETHUSDT!.tiers, binanceCoinmTiers.BTCUSD_PERP!.tiers,
  bybitTiers.BTCUSDT!.tiers, bitgetTiers.BTCUSDT!.tiers, hyperliquidTiers.BTC!.tiers, hyperliquidTiers.ETH!.tiers,
];

/** A random table: ascending floors, rates rising (now and then falling), amounts by the recurrence or given (sometimes off). */
const tableArb = fc
  .record({
    widths: fc.array(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 1, maxLength: 14 }),
    steps: fc.array(fc.integer({ min: -20, max: 800 }), { minLength: 15, maxLength: 15 }),
    firstRate: fc.integer({ min: 1, max: 300 }),
    amounts: fc.constantFrom('derived', 'given', 'off'),
  })
  .map(({ widths, steps, firstRate, amounts }) => {
    const tiers: Tier[] = [];
    let floor = new D(0);
    let rate = new D(firstRate).div(10000);
    let amount = new D(0);
    for (let i = 0; i <= widths.length; i++) {
      if (i > 0) {
        floor = floor.plus(new D(widths[i - 1]!).div(10));
        const next = D.min(D.max(rate.plus(new D(steps[i]!).div(10000)), '0.0001'), '0.9');
        amount = amount.plus(floor.times(next.minus(rate)));
        rate = next;
      }
      const tier: Tier = { floor: floor.toString(), maintenanceMarginRate: rate.toString() };
      if (amounts !== 'derived') tier.maintenanceAmount = (amounts === 'off' && i === 2 ? amount.plus(1) : amount).toString();
      tiers.push(tier);
    }
    return tiers;
  });

const caseArb = fc.record({
  table: fc.oneof(fc.constantFrom(...BUNDLED), tableArb),
  contract: fc.constantFrom('linear' as const, 'inverse' as const),
  side: fc.constantFrom(1 as const, -1 as const),
  size: fc.integer({ min: 1, max: 50_000_000 }).map((n) => new D(n).div(1000)),
  entry: fc.integer({ min: 1, max: 20_000_000 }).map((n) => new D(n).div(100)),
  leverage: fc.integer({ min: 1, max: 250 }).map((n) => new D(n).div(2)),
  fixed: fc.constantFrom('0', '0', '12.5', '-300'),
  extraRate: fc.constantFrom('0', '0', '0.0005', '0.0006'),
  // Where the root is aimed: nowhere (margin from leverage), exactly at a floor, or a hair beside one.
  aim: fc.constantFrom('leverage', 'leverage', 'floor', 'below', 'above'),
  floorPick: fc.nat(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** One-way position as the estimate builds it: x = P (linear) or 1/P (inverse). */
function equationOf(c: Case): LiquidationEquation {
  const tiers = resolveTiers(c.table);
  const face = c.contract === 'linear' ? c.size : c.size.times(100);
  const perX = new Dm(face.toString());
  const slope = c.contract === 'linear' ? face.times(c.side) : face.times(-c.side);
  const pnlConstant = c.contract === 'linear' ? face.times(c.side).times(c.entry).neg() : face.times(c.side).div(c.entry);
  const extra = new D(c.extraRate);
  let margin = (c.contract === 'linear' ? face.times(c.entry) : face.div(c.entry)).div(c.leverage);
  if (c.aim !== 'leverage' && c.table.length > 1) {
    // Margin that puts the root on floor j (notional = floor there): equity(x) = MM(floor) + fixed.
    const j = 1 + (c.floorPick % (c.table.length - 1));
    const floor = new D(c.table[j]!.floor).times(c.aim === 'below' ? '0.99999999999999' : c.aim === 'above' ? '1.00000000000001' : 1);
    const x = floor.div(face);
    const tier = tiers[j - (c.aim === 'below' ? 1 : 0)]!;
    const mm = floor.times(new D(tier.rate.toString()).plus(extra)).minus(tier.amount.toString());
    margin = mm.plus(c.fixed).minus(pnlConstant).minus(slope.times(x));
  }
  return {
    equity: { constant: new Dm(pnlConstant.plus(margin).toSignificantDigits(40).toString()), slope: new Dm(slope.toString()) },
    fixedRequirement: new Dm(c.fixed),
    legs: [{ requirementPerX: perX, tierMeasure: { constant: ZERO, slope: perX }, tiers, extraRate: new Dm(c.extraRate) }],
  };
}

const text = (roots: Root[]) => roots.map((r) => `${r.x.toString()}@${r.tierIndexes.join(',')}`).join(' ');

describe('float-guided solver path = exact search', () => {
  it('returns the same roots as the exact search on 4,000 random equations, taking the fast path in many (3 in 5 are aimed at a floor)', () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const equation = equationOf(c);
        const exact = text(solveEquationExactly(equation));
        expect(text(solveEquation(equation))).toBe(exact);
        const guided = floatGuidedRoot(equation);
        if (guided) {
          fast++;
          expect(text(guided)).toBe(exact);
        }
        total++;
      }),
      { numRuns: 4000, seed: 20261122 },
    );
    expect(fast).toBeGreaterThan(total / 5);
  }, 120_000);

  it('steps aside for a root exactly on a floor (both adjacent tiers hold it)', () => {
    const tiers = binanceUsdmTiers.BTCUSDT!.tiers;
    // Long 1 BTC, root at notional = floor of tier 2, so x = floor: margin = MM(floor) - (x - entry).
    const floor = new D(tiers[2]!.floor);
    const mm = floor.times(tiers[2]!.maintenanceMarginRate).minus(tiers[2]!.maintenanceAmount!);
    const margin = mm.minus(floor.minus(100000));
    const one = new Dm(1);
    const equation: LiquidationEquation = {
      equity: { constant: new Dm(margin.minus(100000).toString()), slope: one },
      fixedRequirement: ZERO,
      legs: [{ requirementPerX: one, tierMeasure: { constant: ZERO, slope: one }, tiers: resolveTiers(tiers), extraRate: ZERO }],
    };
    expect(floatGuidedRoot(equation)).toBeUndefined();
    expect(text(solveEquation(equation))).toBe(text(solveEquationExactly(equation)));
    expect(solveEquation(equation)[0]!.x.toString()).toBe(floor.toString());
  });
});

describe('float-guided tier lookup = the highest tier whose floor is at or below the notional', () => {
  it('on bundled and random tables, at floors, a hair either side of them and anywhere', () => {
    const notionalArb = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => new D(n).div(7)),
      fc.tuple(fc.nat(), fc.constantFrom('1', '0.99999999999999999999999999', '1.0000000000000000000000000001')).map(([i, f]) => ({ pick: i, f })),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...BUNDLED), tableArb), notionalArb, (table, n) => {
        const notional = n instanceof D ? n : new D(table[n.pick % table.length]!.floor).times(n.f);
        // Tier 1 starts at 0 whatever its floor says; after it, the last floor <= notional.
        let expected = 0;
        table.forEach((t, i) => { if (i > 0 && notional.gte(t.floor)) expected = i; });
        expect(findTierIndex(resolveTiers(table), new Dm(notional.toString()))).toBe(expected);
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  }, 120_000);
});
