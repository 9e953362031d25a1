// Property tests for the Bitget rule (reference docs/rules/bybit-okx-bitget.md §4.1-4.3): liquidation
// when margin + PnL = MM at the mark price, MM = each slice of the position value at its own tier's
// rate, plus the taker rate on the whole value. Computed here independently: per slice, no deduction.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitgetTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

// The bundled 2025-06-25 table and the Nov-2025 notice's two tiers (§4.3), which cross at everyday sizes.
const NOTICE: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.004' }, { floor: '200000', maintenanceMarginRate: '0.005' }];
const TABLES: Tier[][] = [bitgetTiers.BTCUSDT!.tiers, NOTICE];

/** Per-slice MM plus the fee on the whole value (§4.3 [G4]). */
function mmOf(value: D, tiers: Tier[], fee: D): D {
  let mm = value.times(fee);
  tiers.forEach((t, k) => {
    const upper = tiers[k + 1] ? D.min(value, tiers[k + 1]!.floor) : value;
    if (upper.gt(t.floor)) mm = mm.plus(upper.minus(t.floor).times(t.maintenanceMarginRate));
  });
  return mm;
}

/** The tier deduction of §4.3, D_n = Σ_{k<n} bound_k (m_(k+1) - m_k), for the tier a value falls in. */
function deductionAt(value: D, tiers: Tier[]): { rate: D; deduction: D } {
  let deduction = new D(0);
  let k = 0;
  for (let i = 1; i < tiers.length && value.gte(tiers[i]!.floor); i++) {
    deduction = deduction.plus(new D(tiers[i]!.floor).times(new D(tiers[i]!.maintenanceMarginRate).minus(tiers[i - 1]!.maintenanceMarginRate)));
    k = i;
  }
  return { rate: new D(tiers[k]!.maintenanceMarginRate), deduction };
}

function surplus(p: D, side: 'long' | 'short', q: D, ep: D, held: D, tiers: Tier[], fee: D): D {
  const s = side === 'long' ? 1 : -1;
  return held.plus(q.times(s).times(p.minus(ep))).minus(mmOf(q.times(p), tiers, fee));
}

const decimalOf = (min: number, max: number, scale: number) => fc.integer({ min, max }).map((n) => new D(n).div(scale).toString());

// size 0.001 .. 2,000 BTC; entry 1 .. 200,000; leverage 1 .. 125; taker 0 .. 0.1 %.
const positionArb = fc.record({
  side: fc.constantFrom('long' as const, 'short' as const),
  size: decimalOf(1, 2_000_000, 1000),
  entryPrice: decimalOf(100, 20_000_000, 100),
  leverage: decimalOf(2, 250, 2),
  fee: decimalOf(0, 100, 100_000),
  table: fc.constantFrom(...TABLES),
});

type Position = { side: 'long' | 'short'; size: string; entryPrice: string; fee: string; table: Tier[] };

const isolatedInput = (p: Position, margin: string): PositionInput => ({
  venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: p.side, size: p.size,
  entryPrice: p.entryPrice, isolatedMargin: margin, tiers: p.table, takerFeeRate: p.fee,
});

const marginAt = (size: string, entry: string, leverage: string) => new D(size).times(entry).div(leverage).toString();

describe('Bitget properties (isolated)', () => {
  it('at the returned price margin + PnL = per-slice MM + fee (1e-9 relative), and the [G1] closed form agrees; a safer price does not trigger, a worse one does', () => {
    fc.assert(
      fc.property(positionArb, (p) => {
        const margin = marginAt(p.size, p.entryPrice, p.leverage);
        const { liquidationPrice } = estimateLiquidation(isolatedInput(p, margin));
        const [q, ep, m, f] = [new D(p.size), new D(p.entryPrice), new D(margin), new D(p.fee)];
        if (liquidationPrice === null) {
          expect(p.side).toBe('long');
          expect(surplus(new D('1e-12'), 'long', q, ep, m, p.table, f).gt(0)).toBe(true);
          return;
        }
        const lp = new D(liquidationPrice);
        expect(lp.gt(0)).toBe(true);
        const mm = mmOf(q.times(lp), p.table, f);
        expect(surplus(lp, p.side, q, ep, m, p.table, f).abs().lte(mm.times('1e-9'))).toBe(true);
        // [G1]: LP = (M + D - Q·EP·s) / (Q·(MMR + f - s)) with the tier of the value at LP.
        const s = p.side === 'long' ? 1 : -1;
        const { rate, deduction } = deductionAt(q.times(lp), p.table);
        const g1 = m.plus(deduction).minus(q.times(ep).times(s)).div(q.times(rate.plus(f).minus(s)));
        expect(g1.minus(lp).abs().lte(lp.times('1e-9'))).toBe(true);
        const safer = p.side === 'long' ? lp.times('1.000001') : lp.times('0.999999');
        const worse = p.side === 'long' ? lp.times('0.999999') : lp.times('1.000001');
        expect(surplus(safer, p.side, q, ep, m, p.table, f).gt(0)).toBe(true);
        expect(surplus(worse, p.side, q, ep, m, p.table, f).lt(0)).toBe(true);
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
      fc.property(positionArb, decimalOf(1, 100, 2), (p, step) => {
        const higher = new D(p.leverage).plus(step).toString();
        const low = estimateLiquidation(isolatedInput(p, marginAt(p.size, p.entryPrice, p.leverage))).liquidationPrice;
        const high = estimateLiquidation(isolatedInput(p, marginAt(p.size, p.entryPrice, higher))).liquidationPrice;
        expect(high).not.toBeNull();
        if (p.side === 'long') expect(low === null || new D(high as string).gt(low)).toBe(true);
        else expect(new D(high as string).lt(low as string)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('long and short mirror in margin, not in price (§1): EP - LPl(1-m-f) = LPs(1+m+f) - EP = M/Q for one tier; bankruptcy symmetric', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(0, 499, 1000), (p, rate) => {
        const table: Tier[] = [{ floor: '0', maintenanceMarginRate: rate }];
        const margin = marginAt(p.size, p.entryPrice, p.leverage);
        const long = estimateLiquidation(isolatedInput({ ...p, side: 'long', table }, margin));
        const short = estimateLiquidation(isolatedInput({ ...p, side: 'short', table }, margin));
        const [ep, q, mf] = [new D(p.entryPrice), new D(p.size), new D(rate).plus(p.fee)];
        expect(new D(long.bankruptcyPrice ?? 0).plus(short.bankruptcyPrice as string).minus(ep.times(2)).abs().lte(ep.times('1e-30'))).toBe(true);
        const perUnit = new D(margin).div(q);
        expect(new D(short.liquidationPrice as string).times(mf.plus(1)).minus(ep).minus(perUnit).abs().lte(ep.times('1e-30'))).toBe(true);
        if (long.liquidationPrice === null) {
          expect(perUnit.gte(ep)).toBe(true);
          return;
        }
        expect(ep.minus(new D(long.liquidationPrice).times(D.sub(1, mf))).minus(perUnit).abs().lte(ep.times('1e-30'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('per-slice MM is continuous: a position liquidated exactly on a tier bound gets the same price from both tiers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLES),
        fc.nat(),
        fc.constantFrom('long' as const, 'short' as const),
        decimalOf(1, 5000, 1),
        decimalOf(1, 20, 1000),
        decimalOf(0, 100, 100_000),
        (tiers, pick, side, size, away, fee) => {
          const k = 1 + (pick % (tiers.length - 1));
          const [q, f] = [new D(size), new D(fee)];
          const bound = new D(tiers[k]!.floor);
          const target = bound.div(q);
          const ep = side === 'long' ? target.times(D.add(1, away)) : target.times(D.sub(1, away));
          const s = side === 'long' ? 1 : -1;
          const margin = mmOf(bound, tiers, f).minus(q.times(s).times(target.minus(ep)));
          const input = isolatedInput({ side, size, entryPrice: ep.toString(), fee, table: tiers }, margin.toString());
          const lp = new D(estimateLiquidation(input).liquidationPrice as string);
          // [G1] with each adjacent tier's rate and deduction.
          const closed = (value: D) => {
            const { rate, deduction } = deductionAt(value, tiers);
            return margin.plus(deduction).minus(q.times(ep).times(s)).div(q.times(rate.plus(f).minus(s)));
          };
          const tolerance = target.times('1e-25');
          expect(closed(bound.times('0.9999999')).minus(target).abs().lte(tolerance)).toBe(true);
          expect(closed(bound).minus(target).abs().lte(tolerance)).toBe(true);
          expect(lp.minus(target).abs().lte(tolerance)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Bitget properties (cross)', () => {
  it('with other cross positions at their marks (their MM with the fee too): the trigger holds at the returned price', () => {
    const other = fc.record({
      symbol: fc.constantFrom('ETHUSDT', 'SOLUSDT'),
      side: fc.constantFrom('long' as const, 'short' as const),
      size: decimalOf(1, 100_000, 100),
      entryPrice: decimalOf(100, 500_000, 100),
      markPrice: decimalOf(100, 500_000, 100),
    });
    const otherTiers = NOTICE;
    fc.assert(
      fc.property(positionArb, decimalOf(0, 10_000_000, 1), fc.array(other, { maxLength: 3 }), (p, wallet, others) => {
        const input: PositionInput = {
          venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', side: p.side, size: p.size,
          entryPrice: p.entryPrice, walletBalance: wallet, tiers: p.table, takerFeeRate: p.fee,
          otherPositions: others.map((o) => ({ ...o, tiers: otherTiers })),
        };
        const f = new D(p.fee);
        let held = new D(wallet);
        for (const o of others) {
          const s = o.side === 'long' ? 1 : -1;
          held = held.plus(new D(o.size).times(s).times(new D(o.markPrice).minus(o.entryPrice)));
          held = held.minus(mmOf(new D(o.size).times(o.markPrice), otherTiers, f));
        }
        const [q, ep] = [new D(p.size), new D(p.entryPrice)];
        if (p.side === 'short' && !surplus(new D('1e-30'), 'short', q, ep, held, p.table, f).gt(0)) {
          expect(() => estimateLiquidation(input)).toThrow(ModelInputError);
          return;
        }
        const result = estimateLiquidation(input);
        if (result.liquidationPrice === null) {
          expect(p.side).toBe('long');
          expect(surplus(new D('1e-12'), 'long', q, ep, held, p.table, f).gt(0)).toBe(true);
          return;
        }
        const lp = new D(result.liquidationPrice);
        expect(surplus(lp, p.side, q, ep, held, p.table, f).abs().lte(D.max(mmOf(q.times(lp), p.table, f), 1).times('1e-9'))).toBe(true);
        // §4.4: partial only in cross, from tier 2 up.
        expect(result.partialLiquidation).toBe(result.tierIndex >= 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Bitget invalid input', () => {
  const base: PositionInput = {
    venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1',
    entryPrice: '100000', markPrice: '99000', isolatedMargin: '10000', tiers: bitgetTiers.BTCUSDT!.tiers,
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
    ['fee as a percent', { takerFeeRate: '0.06 %' }, 'takerFeeRate'],
    ['fee above 1', { takerFeeRate: '6' }, 'takerFeeRate'],
    ['negative fee', { takerFeeRate: '-0.0006' }, 'takerFeeRate'],
    ['rate as a percent', { tiers: [{ floor: '0', maintenanceMarginRate: '0.4' }, { floor: '150000', maintenanceMarginRate: '5' }] }, 'tiers[1].maintenanceMarginRate'],
    ['inverse contract', { contract: 'inverse', contractValue: '1' }, 'contract'],
    ['missing isolated margin', { isolatedMargin: '' }, 'isolatedMargin'],
    ['size "--"', { size: '--' }, 'size'],
  ])('%s -> %s', (_name, patch, field) => {
    expect(fieldOf({ ...base, ...patch })).toBe(field);
  });

  it('random and hostile input: only ModelInputError, and every returned number is finite', () => {
    const text = fc.oneof(fc.constantFrom('0', '-1', '1e39', '1e-39', '--', 'N/A', '', '0.0006', '0.99'), decimalOf(0, 1_000_000, 100), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.record({
          side: fc.constantFrom('long', 'short'), marginMode: fc.constantFrom('isolated', 'cross'), positionMode: fc.constantFrom('one-way', 'hedge'),
          size: text, entryPrice: text, markPrice: fc.option(text, { nil: undefined }), isolatedMargin: text, walletBalance: text,
          takerFeeRate: fc.option(text, { nil: undefined }), tiers: fc.array(fc.record({ floor: text, maintenanceMarginRate: text }), { maxLength: 3 }),
        }),
        (patch) => {
          try {
            const result = estimateLiquidation({ ...base, ...patch } as unknown as PositionInput);
            for (const value of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin, result.marginRatio]) {
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
