// Property tests for the Hyperliquid rule (reference docs/rules/hyperliquid-and-others.md §1.2-1.4):
// liquidation when equity = MM at the mark price, MM charged per slice of the notional at
// 1/(2 x the tier's max leverage). The trigger is computed here independently of the model: per
// slice, no deduction, no solver.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyperliquidTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

const leveled = (rows: Array<[floor: string, maxLeverage: string]>): Tier[] =>
  rows.map(([floor, maxLeverage]) => ({ floor, maxLeverage, maintenanceMarginRate: new D(1).div(new D(maxLeverage).times(2)).toString() }));

// The docs' testnet BTC table (§1.3) crosses tiers at everyday sizes; the mainnet ones at whale sizes.
const TESTNET_BTC = leveled([['0', '40'], ['10000', '25'], ['50000', '10'], ['100000', '5'], ['300000', '3']]);
const TABLES: Tier[][] = [TESTNET_BTC, hyperliquidTiers.BTC!.tiers, hyperliquidTiers.ETH!.tiers, hyperliquidTiers.OP!.tiers];

/** MM = each slice of the notional at 1/(2 x its tier's max leverage) (§1.2-1.3 "like most CEXs"). */
function mmOf(notional: D, tiers: Tier[]): D {
  let mm = new D(0);
  tiers.forEach((t, k) => {
    const upper = tiers[k + 1] ? D.min(notional, tiers[k + 1]!.floor) : notional;
    if (upper.gt(t.floor)) mm = mm.plus(upper.minus(t.floor).div(new D(t.maxLeverage!).times(2)));
  });
  return mm;
}

/** Equity - MM at mark p, with `held` = margin (isolated) or everything else held fixed (cross): > 0 safe. */
function surplus(p: D, side: 'long' | 'short', q: D, ep: D, held: D, tiers: Tier[]): D {
  const s = side === 'long' ? 1 : -1;
  return held.plus(q.times(s).times(p.minus(ep))).minus(mmOf(q.times(p), tiers));
}

const decimalOf = (min: number, max: number, scale: number) => fc.integer({ min, max }).map((n) => new D(n).div(scale).toString());

// size 0.001 .. 20,000; entry 0.01 .. 200,000; leverage 1 .. 40.
const positionArb = fc.record({
  side: fc.constantFrom('long' as const, 'short' as const),
  size: decimalOf(1, 20_000_000, 1000),
  entryPrice: decimalOf(1, 20_000_000, 100),
  leverage: decimalOf(2, 80, 2),
  table: fc.constantFrom(...TABLES),
});

type Position = { side: 'long' | 'short'; size: string; entryPrice: string; table: Tier[] };

const isolatedInput = (p: Position, margin: string): PositionInput => ({
  venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: p.side, size: p.size,
  entryPrice: p.entryPrice, isolatedMargin: margin, tiers: p.table,
});

const marginAt = (size: string, entry: string, leverage: string) => new D(size).times(entry).div(leverage).toString();

describe('Hyperliquid properties (isolated)', () => {
  it('at the returned price equity = MM (1e-9 relative); a slightly safer price does not trigger, a worse one does; null only when never liquidated', () => {
    fc.assert(
      fc.property(positionArb, (p) => {
        const margin = marginAt(p.size, p.entryPrice, p.leverage);
        const { liquidationPrice, tierIndex } = estimateLiquidation(isolatedInput(p, margin));
        const [q, ep, m] = [new D(p.size), new D(p.entryPrice), new D(margin)];
        if (liquidationPrice === null) {
          // §1.4: no positive solution -> null. Only a long covered at any price (1x) can have none.
          expect(p.side).toBe('long');
          expect(tierIndex).toBe(-1);
          expect(surplus(new D('1e-12'), 'long', q, ep, m, p.table).gt(0)).toBe(true);
          return;
        }
        const lp = new D(liquidationPrice);
        expect(lp.gt(0)).toBe(true);
        const mm = mmOf(q.times(lp), p.table);
        expect(surplus(lp, p.side, q, ep, m, p.table).abs().lte(mm.times('1e-9'))).toBe(true);
        const safer = p.side === 'long' ? lp.times('1.000001') : lp.times('0.999999');
        const worse = p.side === 'long' ? lp.times('0.999999') : lp.times('1.000001');
        expect(surplus(safer, p.side, q, ep, m, p.table).gt(0)).toBe(true);
        expect(surplus(worse, p.side, q, ep, m, p.table).lt(0)).toBe(true);
        // The tier reported is the one of the notional at the liquidation price (§1.4).
        const notional = q.times(lp);
        const expectedTier = p.table.reduce((k, t, i) => (notional.gte(t.floor) ? i : k), 0);
        expect(Math.abs(tierIndex - expectedTier) <= (notional.eq(p.table[expectedTier]!.floor) ? 1 : 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('more margin moves the price away from the entry', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(1, 1000, 10), (p, extraPercent) => {
        const m = new D(marginAt(p.size, p.entryPrice, p.leverage));
        const before = estimateLiquidation(isolatedInput(p, m.toString())).liquidationPrice;
        const after = estimateLiquidation(isolatedInput(p, m.plus(m.times(extraPercent).div(100)).toString())).liquidationPrice;
        if (before === null) {
          expect(after).toBeNull();
          return;
        }
        if (p.side === 'long') expect(after === null || new D(after).lt(before)).toBe(true);
        else expect(new D(after as string).gt(before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('higher leverage (less margin for the same position) moves the price closer to the entry', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(1, 40, 2), (p, step) => {
        const higher = new D(p.leverage).plus(step).toString();
        const low = estimateLiquidation(isolatedInput(p, marginAt(p.size, p.entryPrice, p.leverage))).liquidationPrice;
        const high = estimateLiquidation(isolatedInput(p, marginAt(p.size, p.entryPrice, higher))).liquidationPrice;
        expect(high).not.toBeNull(); // above 1x every position has one
        if (p.side === 'long') expect(low === null || new D(high as string).gt(low)).toBe(true);
        else expect(new D(high as string).lt(low as string)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('long and short are not mirror images in price (the (1 - σr) factor, §1.4) but in margin: EP - LPl(1-r) = LPs(1+r) - EP = M/Q; bankruptcy symmetric', () => {
    fc.assert(
      fc.property(positionArb, fc.integer({ min: 1, max: 50 }), (p, maxLeverage) => {
        const table = leveled([['0', String(maxLeverage)]]);
        const margin = marginAt(p.size, p.entryPrice, p.leverage);
        const long = estimateLiquidation(isolatedInput({ ...p, side: 'long', table }, margin));
        const short = estimateLiquidation(isolatedInput({ ...p, side: 'short', table }, margin));
        const [ep, q, r] = [new D(p.entryPrice), new D(p.size), new D(1).div(2 * maxLeverage)];
        expect(new D(long.bankruptcyPrice ?? 0).plus(short.bankruptcyPrice as string).minus(ep.times(2)).abs().lte(ep.times('1e-30'))).toBe(true);
        const perUnit = new D(margin).div(q);
        expect(new D(short.liquidationPrice as string).times(r.plus(1)).minus(ep).minus(perUnit).abs().lte(ep.times('1e-30'))).toBe(true);
        if (long.liquidationPrice === null) {
          expect(perUnit.gte(ep)).toBe(true); // no positive solution only when the margin covers the entry
          return;
        }
        expect(ep.minus(new D(long.liquidationPrice).times(D.sub(1, r))).minus(perUnit).abs().lte(ep.times('1e-30'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('MM is continuous (§1.3): a position liquidated exactly on a tier bound gets the same price from both tiers', () => {
    const tables = [TESTNET_BTC, hyperliquidTiers.BTC!.tiers, hyperliquidTiers.ETH!.tiers];
    fc.assert(
      fc.property(
        fc.constantFrom(...tables),
        fc.nat(),
        fc.constantFrom('long' as const, 'short' as const),
        decimalOf(1, 5000, 1),
        decimalOf(1, 20, 1000), // entry 0.1 % .. 2 % away from the liquidation price
        (tiers, pick, side, size, away) => {
          const k = 1 + (pick % (tiers.length - 1));
          const q = new D(size);
          const bound = new D(tiers[k]!.floor);
          const target = bound.div(q);
          const ep = side === 'long' ? target.times(D.add(1, away)) : target.times(D.sub(1, away));
          const s = side === 'long' ? 1 : -1;
          const margin = mmOf(bound, tiers).minus(q.times(s).times(target.minus(ep)));
          const lp = new D(estimateLiquidation(isolatedInput({ side, size, entryPrice: ep.toString(), table: tiers }, margin.toString())).liquidationPrice as string);
          // Closed form of §1.4 with each adjacent tier's (r_k, D_k), D from the reference recurrence, computed here.
          const rate = (i: number) => new D(1).div(new D(tiers[i]!.maxLeverage!).times(2));
          const deduction = (i: number): D => (i === 0 ? new D(0) : deduction(i - 1).plus(new D(tiers[i]!.floor).times(rate(i).minus(rate(i - 1)))));
          const closed = (i: number) => q.times(ep).times(s).minus(margin).minus(deduction(i)).div(q.times(s).times(D.sub(1, rate(i).times(s))));
          const tolerance = target.times('1e-25');
          expect(closed(k - 1).minus(target).abs().lte(tolerance)).toBe(true);
          expect(closed(k).minus(target).abs().lte(tolerance)).toBe(true);
          expect(lp.minus(target).abs().lte(tolerance)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Hyperliquid properties (cross)', () => {
  it('with other cross positions held at their marks: the trigger holds at the returned price; null only when never liquidated', () => {
    const other = fc.record({
      symbol: fc.constantFrom('ETH', 'SOL', 'OP'),
      side: fc.constantFrom('long' as const, 'short' as const),
      size: decimalOf(1, 100_000, 100),
      entryPrice: decimalOf(100, 500_000, 100),
      markPrice: decimalOf(100, 500_000, 100),
    });
    fc.assert(
      fc.property(positionArb, decimalOf(0, 10_000_000, 1), fc.array(other, { maxLength: 3 }), (p, wallet, others) => {
        const otherTiers = (symbol: string) => hyperliquidTiers[symbol]!.tiers;
        const input: PositionInput = {
          venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'cross', side: p.side, size: p.size,
          entryPrice: p.entryPrice, walletBalance: wallet, tiers: p.table, otherPositions: others.map((o) => ({ ...o, tiers: otherTiers(o.symbol) })),
        };
        let held = new D(wallet);
        for (const o of others) {
          const s = o.side === 'long' ? 1 : -1;
          held = held.plus(new D(o.size).times(s).times(new D(o.markPrice).minus(o.entryPrice)));
          held = held.minus(mmOf(new D(o.size).times(o.markPrice), otherTiers(o.symbol)));
        }
        const [q, ep] = [new D(p.size), new D(p.entryPrice)];
        if (p.side === 'short' && !surplus(new D('1e-30'), 'short', q, ep, held, p.table).gt(0)) {
          // Under maintenance at every price: the position could not be open; the model refuses.
          expect(() => estimateLiquidation(input)).toThrow(ModelInputError);
          return;
        }
        const { liquidationPrice } = estimateLiquidation(input);
        if (liquidationPrice === null) {
          expect(p.side).toBe('long');
          expect(surplus(new D('1e-12'), 'long', q, ep, held, p.table).gt(0)).toBe(true);
          return;
        }
        const lp = new D(liquidationPrice);
        expect(surplus(lp, p.side, q, ep, held, p.table).abs().lte(D.max(mmOf(q.times(lp), p.table), 1).times('1e-9'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Hyperliquid invalid input', () => {
  const base: PositionInput = {
    venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1',
    entryPrice: '100000', markPrice: '99000', isolatedMargin: '10000', tiers: hyperliquidTiers.BTC!.tiers,
  };
  const fieldOf = (input: unknown): string => {
    try {
      estimateLiquidation(input as PositionInput);
    } catch (error) {
      expect(error).toBeInstanceOf(ModelInputError);
      return (error as ModelInputError).field;
    }
    throw new Error('expected a ModelInputError');
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['hedge mode (Hyperliquid has none)', { positionMode: 'hedge' }, 'positionMode'],
    ['inverse contract', { contract: 'inverse', contractValue: '1' }, 'contract'],
    ['max leverage 0', { tiers: [{ floor: '0', maxLeverage: '0', maintenanceMarginRate: '0.01' }] }, 'tiers[0].maxLeverage'],
    ['max leverage "--"', { tiers: [{ floor: '0', maxLeverage: '--', maintenanceMarginRate: '0.01' }] }, 'tiers[0].maxLeverage'],
    ['rate contradicting max leverage', { tiers: [{ floor: '0', maxLeverage: '40', maintenanceMarginRate: '0.0125' }, { floor: '100', maxLeverage: '20', maintenanceMarginRate: '0.0125' }] }, 'tiers[1].maintenanceMarginRate'],
    ['neither rate nor max leverage', { tiers: [{ floor: '0' }] }, 'tiers[0].maintenanceMarginRate'],
    ['missing isolated margin', { isolatedMargin: undefined }, 'isolatedMargin'],
    ['cross without wallet', { marginMode: 'cross' }, 'walletBalance'],
  ])('%s -> %s', (_name, patch, field) => {
    expect(fieldOf({ ...base, ...patch })).toBe(field);
  });

  it('random and hostile input: only ModelInputError, and every returned number is finite', () => {
    const text = fc.oneof(fc.constantFrom('0', '-1', '1e39', '1e-39', '--', 'N/A', '', ' 5 ', '50', '0.5'), decimalOf(0, 1_000_000, 100), fc.string({ maxLength: 6 }));
    const tier = fc.record({ floor: text, maxLeverage: fc.option(text, { nil: undefined }), maintenanceMarginRate: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.record({
          side: fc.constantFrom('long', 'short', 'buy'), marginMode: fc.constantFrom('isolated', 'cross'), size: text, entryPrice: text,
          markPrice: fc.option(text, { nil: undefined }), isolatedMargin: text, walletBalance: text, tiers: fc.array(tier, { maxLength: 3 }),
        }),
        (patch) => {
          try {
            const result = estimateLiquidation({ ...base, ...patch } as unknown as PositionInput);
            for (const value of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin]) {
              if (typeof value === 'string') expect(new D(value).isFinite()).toBe(true);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ModelInputError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
