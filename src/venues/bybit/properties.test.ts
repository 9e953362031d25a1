// Property tests for Bybit (reference docs/rules/bybit-okx-bitget.md §2): the venue's own trigger
// checked at the returned price, computed here independently of the model. The rule since 2 Sep 2025:
// margin balance = MM, with MM = PV(mark)·MMR − deduction of the tier PV falls in + the fee to close,
// the fee = taker rate × the position's value at its bankruptcy price. Isolated margin holds the same
// fee, so it cancels there; in cross the wallet must cover every position's fee.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bybitTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { OtherPosition, PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 60 });
type D = InstanceType<typeof D>;
type Side = 'long' | 'short';
type Contract = 'linear' | 'inverse';

const decimalOf = (min: number, max: number, scale: number) => fc.integer({ min, max }).map((n) => new D(n).div(scale).toString());
const sign = (side: Side) => (side === 'long' ? 1 : -1);

/** A Bybit table in the settlement asset: rising floors and rates, deductions by D_n = RL_(n−1)(m_n − m_(n−1)) + D_(n−1) [B6]. */
const tableArb = (unit: number) =>
  fc
    .record({
      steps: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 0, maxLength: 5 }),
      rate: fc.integer({ min: 1, max: 200 }), // first MMR 0.01 % .. 2 %
      rises: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 5, maxLength: 5 }),
      withDeductions: fc.boolean(),
    })
    .map(({ steps, rate, rises, withDeductions }) => {
      const tiers: Tier[] = [];
      let floor = new D(0);
      let mmr = new D(rate).div(10000);
      let deduction = new D(0);
      for (let i = 0; i <= steps.length; i++) {
        if (i > 0) {
          const nextFloor = floor.plus(new D(steps[i - 1]!).times(unit));
          const nextRate = mmr.plus(new D(rises[i - 1]!).div(10000));
          deduction = deduction.plus(nextFloor.times(nextRate.minus(mmr)));
          floor = nextFloor;
          mmr = nextRate;
        }
        tiers.push({ floor: floor.toString(), maintenanceMarginRate: mmr.toString(), maintenanceAmount: deduction.toString() });
      }
      // The model derives the deduction by the same rule when the table leaves it out.
      return withDeductions ? tiers : tiers.map(({ maintenanceAmount: _d, ...t }) => t);
    });

/** MM of a position value without the fee: the tier PV falls in (floor ≤ PV), PV·m − D, D by the [B6] rule here. */
function mmOf(value: D, tiers: Tier[]): D {
  let deduction = new D(0);
  let chosen = { m: new D(tiers[0]!.maintenanceMarginRate), d: deduction };
  tiers.forEach((t, i) => {
    const m = new D(t.maintenanceMarginRate);
    if (i > 0) deduction = deduction.plus(new D(t.floor).times(m.minus(tiers[i - 1]!.maintenanceMarginRate)));
    if (value.gte(t.floor)) chosen = { m, d: deduction };
  });
  return value.times(chosen.m).minus(chosen.d);
}

interface Leg {
  contract: Contract;
  side: Side;
  size: D; // linear: base quantity; inverse: USD face (contracts of 1 USD)
  entry: D;
}
const valueAt = (leg: Leg, p: D) => (leg.contract === 'linear' ? leg.size.times(p) : leg.size.div(p));
const pnlAt = (leg: Leg, p: D) =>
  leg.contract === 'linear' ? leg.size.times(sign(leg.side)).times(p.minus(leg.entry)) : leg.size.times(sign(leg.side)).times(new D(1).div(leg.entry).minus(new D(1).div(p)));

/** §2.2: the fee to close, rate × value at the price where margin (value at entry / L) + PnL = 0. */
function closeFee(leg: Leg, leverage: D, rate: D): D {
  return closeFeeForMargin(leg, valueAt(leg, leg.entry).div(leverage), rate);
}

/** The same for a given margin (isolated: the margin held, which may carry added margin). */
function closeFeeForMargin(leg: Leg, margin: D, rate: D): D {
  // linear: Q·(BP − EP)·s = −M; inverse: s·F·(1/EP − 1/BP) = −M.
  const value =
    leg.contract === 'linear'
      ? leg.size.times(leg.entry.minus(margin.div(leg.size).times(sign(leg.side))))
      : leg.size.times(new D(1).div(leg.entry).plus(margin.div(leg.size).times(sign(leg.side))));
  return D.max(value, 0).times(rate);
}

const positionArb = (contract: Contract) =>
  fc.record({
    side: fc.constantFrom<Side>('long', 'short'),
    // linear: 0.001 .. 2,000 base; inverse: 1 .. 5,000,000 USD of face
    size: contract === 'linear' ? decimalOf(1, 2_000_000, 1000) : decimalOf(1, 5_000_000, 1),
    entryPrice: decimalOf(1, 20_000_000, 100),
    leverage: decimalOf(2, 200, 2),
    tiers: fc.oneof(tableArb(contract === 'linear' ? 1000 : 1), fc.constant(bybitTiers.BTCUSDT!.tiers)),
    takerFeeRate: fc.option(decimalOf(0, 100, 100000), { nil: undefined }),
  });
type Position = { side: Side; size: string; entryPrice: string; leverage: string; tiers: Tier[]; takerFeeRate?: string };

const legOf = (contract: Contract, p: Position): Leg => ({ contract, side: p.side, size: new D(p.size), entry: new D(p.entryPrice) });
const feeRateOf = (p: { takerFeeRate?: string }) => new D(p.takerFeeRate ?? '0.00055');

function isolated(contract: Contract, p: Position, margin: string): PositionInput {
  return {
    venue: 'bybit', symbol: contract === 'linear' ? 'BTCUSDT' : 'BTCUSD', contract, marginMode: 'isolated', side: p.side, size: p.size,
    ...(contract === 'inverse' ? { contractValue: '1' } : {}), entryPrice: p.entryPrice, leverage: p.leverage, isolatedMargin: margin,
    tiers: p.tiers, ...(p.takerFeeRate !== undefined ? { takerFeeRate: p.takerFeeRate } : {}),
  };
}
// 20 significant digits, as a page value would be: a 60-digit margin exactly F/EP (inverse 1x short)
// would test the model's 40-digit rounding rather than the rule.
const marginAt = (contract: Contract, p: Position, leverage = p.leverage) =>
  valueAt(legOf(contract, p), new D(p.entryPrice)).div(leverage).toSignificantDigits(20);

/** Isolated: margin + PnL − MM (the fee on both sides cancels): > 0 safe, ≤ 0 liquidated. */
const isolatedSurplus = (leg: Leg, margin: D, tiers: Tier[], price: D) => margin.plus(pnlAt(leg, price)).minus(mmOf(valueAt(leg, price), tiers));

/** Where each side is safest: a long at a huge price, a short at a tiny one. */
const saferOf = (side: Side, lp: D, step = '1.000001') => (side === 'long' ? lp.times(step) : lp.div(step));
const worseOf = (side: Side, lp: D, step = '1.000001') => (side === 'long' ? lp.div(step) : lp.times(step));
const extremeSafe = (side: Side) => (side === 'long' ? new D('1e30') : new D('1e-30'));
const extremeDanger = (side: Side) => (side === 'long' ? new D('1e-30') : new D('1e30'));

describe.each<[Contract]>([['linear'], ['inverse']])('Bybit %s isolated', (contract) => {
  it('at the returned price margin + PnL = MM at mark (1e-9 relative); slightly safer is safe, slightly worse triggers', () => {
    fc.assert(
      fc.property(positionArb(contract), (p) => {
        const margin = marginAt(contract, p);
        const result = estimateLiquidation(isolated(contract, p, margin.toString()));
        const leg = legOf(contract, p);
        if (result.liquidationPrice === null) {
          // Only a position whose margin covers it at any price: safe even at its worst extreme.
          expect(isolatedSurplus(leg, margin, p.tiers, extremeDanger(p.side)).gt(0)).toBe(true);
          expect(result.tierIndex).toBe(-1);
          return;
        }
        const lp = new D(result.liquidationPrice);
        expect(lp.gt(0)).toBe(true);
        const mm = mmOf(valueAt(leg, lp), p.tiers);
        expect(isolatedSurplus(leg, margin, p.tiers, lp).abs().lte(mm.times('1e-9'))).toBe(true);
        expect(isolatedSurplus(leg, margin, p.tiers, saferOf(p.side, lp)).gt(0)).toBe(true);
        expect(isolatedSurplus(leg, margin, p.tiers, worseOf(p.side, lp)).lt(0)).toBe(true);
        // §2.7: partial from tier 2 up, where the position value at the liquidation price falls.
        expect(result.partialLiquidation).toBe(result.tierIndex > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('the MM shown at mark includes the fee on the value at the bankruptcy price; MM rate = MM / (margin + fee + PnL)', () => {
    fc.assert(
      fc.property(positionArb(contract), decimalOf(50, 150, 100), (p, markShare) => {
        const margin = marginAt(contract, p);
        const mark = new D(p.entryPrice).times(markShare);
        const result = estimateLiquidation({ ...isolated(contract, p, margin.toString()), markPrice: mark.toString() });
        const leg = legOf(contract, p);
        const fee = closeFeeForMargin(leg, margin, feeRateOf(p));
        const mm = mmOf(valueAt(leg, mark), p.tiers).plus(fee);
        expect(new D(result.maintenanceMargin as string).minus(mm).abs().lte(mm.abs().times('1e-30'))).toBe(true);
        const balance = margin.plus(fee).plus(pnlAt(leg, mark));
        if (balance.gt(0)) expect(new D(result.marginRatio as string).minus(mm.div(balance)).abs().lte(mm.div(balance).abs().times('1e-28'))).toBe(true);
        else expect(result.marginRatio).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('more margin moves the price away from the entry; higher leverage moves it closer', () => {
    fc.assert(
      fc.property(positionArb(contract), decimalOf(1, 1000, 10), decimalOf(1, 100, 2), (p, extraPercent, step) => {
        const margin = marginAt(contract, p);
        const base = estimateLiquidation(isolated(contract, p, margin.toString())).liquidationPrice;
        const more = estimateLiquidation(isolated(contract, p, margin.times(new D(extraPercent).div(100).plus(1)).toString())).liquidationPrice;
        const higher = new D(p.leverage).plus(step).toString();
        const closer = estimateLiquidation(isolated(contract, { ...p, leverage: higher }, marginAt(contract, p, higher).toString())).liquidationPrice;
        expect(closer).not.toBeNull(); // above 2x every position has one
        if (p.side === 'long') {
          if (base !== null) expect(more === null || new D(more).lt(base)).toBe(true);
          expect(base === null || new D(closer as string).gt(base)).toBe(true);
        } else {
          if (base !== null) expect(more === null || new D(more).gt(base)).toBe(true);
          expect(base === null || new D(closer as string).lt(base)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('long and short mirror (one flat tier): linear EP − LPl(1 − m) = LPs(1 + m) − EP; inverse in 1/P: F(1+m)/LPl − F/EP = F/EP − F(1−m)/LPs', () => {
    fc.assert(
      fc.property(positionArb(contract), decimalOf(1, 499, 10000), decimalOf(0, 1000, 1000), (p, rate, deduction) => {
        const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: rate, maintenanceAmount: contract === 'linear' ? deduction : '0' }];
        const margin = marginAt(contract, p).toString();
        const l = estimateLiquidation(isolated(contract, { ...p, side: 'long', tiers }, margin));
        const s = estimateLiquidation(isolated(contract, { ...p, side: 'short', tiers }, margin));
        const [ep, m] = [new D(p.entryPrice), new D(rate)];
        if (contract === 'linear') {
          // Bankruptcy prices EP ∓ M/Q are symmetric about the entry (a 1x long's is 0: none).
          if (l.bankruptcyPrice !== null) expect(new D(l.bankruptcyPrice).plus(s.bankruptcyPrice as string).minus(ep.times(2)).abs().lte(ep.times('1e-30'))).toBe(true);
          if (l.liquidationPrice === null) return;
          const gapLong = ep.minus(new D(l.liquidationPrice).times(D.sub(1, m)));
          const gapShort = new D(s.liquidationPrice as string).times(m.plus(1)).minus(ep);
          expect(gapLong.minus(gapShort).abs().lte(ep.times('1e-30'))).toBe(true);
        } else {
          const f = new D(p.size);
          if (s.liquidationPrice === null) return; // a short at ≤ 1x: a synthetic dollar
          const gapLong = f.times(m.plus(1)).div(l.liquidationPrice as string).minus(f.div(ep));
          const gapShort = f.div(ep).minus(f.times(D.sub(1, m)).div(s.liquidationPrice));
          expect(gapLong.minus(gapShort).abs().lte(f.div(ep).times('1e-30'))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a position whose liquidation value sits exactly on a tier boundary gets the same price from both tiers (MM is continuous)', () => {
    fc.assert(
      fc.property(
        tableArb(contract === 'linear' ? 1000 : 1).filter((t) => t.length > 1),
        fc.nat(),
        fc.constantFrom<Side>('long', 'short'),
        decimalOf(1, 5000, 1),
        decimalOf(1, 50, 1000), // entry 0.1 % .. 5 % away from the liquidation price
        (tiers, pick, side, size, away) => {
          const k = 1 + (pick % (tiers.length - 1));
          const boundary = new D(tiers[k]!.floor);
          // The price where the value equals the boundary: linear Q·P, inverse F/P.
          const target = contract === 'linear' ? boundary.div(size) : new D(size).div(boundary);
          const ep = side === 'long' ? target.times(D.add(1, away)) : target.times(D.sub(1, away));
          const leg: Leg = { contract, side, size: new D(size), entry: ep };
          // Back-solve the margin so that margin + PnL = MM exactly at the boundary.
          const margin = mmOf(boundary, tiers).minus(pnlAt(leg, target));
          if (!margin.gt(0)) return;
          const position = { side, size, entryPrice: ep.toString(), leverage: '10', tiers };
          const result = estimateLiquidation(isolated(contract, position, margin.toString()));
          // The line of each adjacent tier meets the boundary at the same MM.
          const lineAt = (i: number) => boundary.times(tiers[i]!.maintenanceMarginRate).minus(mmOf(new D(tiers[i]!.floor), tiers.slice(0, i + 1)).minus(new D(tiers[i]!.floor).times(tiers[i]!.maintenanceMarginRate)).neg());
          expect(lineAt(k - 1).minus(lineAt(k)).abs().lte(boundary.times('1e-30'))).toBe(true);
          expect(new D(result.liquidationPrice as string).minus(target).abs().lte(target.times('1e-25'))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Cross: wallet + every PnL = every MM + every fee to close; other positions held at their marks.
const otherArb = (contract: Contract) =>
  fc.record({
    symbol: fc.constantFrom(contract === 'linear' ? 'ETHUSDT' : 'ETHUSD', contract === 'linear' ? 'SOLUSDT' : 'XRPUSD'),
    side: fc.constantFrom<Side>('long', 'short'),
    size: contract === 'linear' ? decimalOf(1, 100_000, 100) : decimalOf(1, 1_000_000, 1),
    entryPrice: decimalOf(100, 500_000, 100),
    markPrice: decimalOf(100, 500_000, 100),
    leverage: decimalOf(2, 100, 2),
    maintenanceMarginRate: decimalOf(1, 200, 10000),
  });

function crossInput(contract: Contract, p: Position, wallet: string, others: OtherPosition[]): PositionInput {
  const { isolatedMargin: _m, ...rest } = isolated(contract, p, '0');
  return { ...rest, marginMode: 'cross', walletBalance: wallet, otherPositions: others };
}

describe.each<[Contract]>([['linear'], ['inverse']])('Bybit %s cross', (contract) => {
  const walletArb = contract === 'linear' ? decimalOf(0, 10_000_000, 1) : decimalOf(0, 100_000, 1000);
  const othersArb = fc.array(otherArb(contract), { maxLength: 3 }).map((list) => list.map((o) => (contract === 'inverse' ? { ...o, contractValue: '1' } : o)));

  /** Everything that does not move with the price: wallet + others' PnL − others' MM and fees − this position's fee. */
  function heldOf(p: Position, wallet: string, others: OtherPosition[]): D {
    const rate = feeRateOf(p);
    let held = new D(wallet).minus(closeFee(legOf(contract, p), new D(p.leverage), rate));
    for (const o of others) {
      const leg: Leg = { contract, side: o.side, size: new D(o.size), entry: new D(o.entryPrice) };
      const mark = new D(o.markPrice);
      held = held.plus(pnlAt(leg, mark)).minus(valueAt(leg, mark).times(o.maintenanceMarginRate!)).minus(closeFee(leg, new D(o.leverage!), rate));
    }
    return held;
  }

  it('at the returned price the account balance = all MM + all fees to close (1e-9 relative); safer is safe, worse triggers', () => {
    fc.assert(
      fc.property(positionArb(contract), walletArb, othersArb, (p, wallet, others) => {
        const input = crossInput(contract, p, wallet, others);
        const held = heldOf(p, wallet, others);
        const leg = legOf(contract, p);
        const surplus = (price: D) => held.plus(pnlAt(leg, price)).minus(mmOf(valueAt(leg, price), p.tiers));
        if (!surplus(extremeSafe(p.side)).gt(0)) {
          // Under the requirement at every price: would already be closed; the model refuses to guess.
          expect(() => estimateLiquidation(input)).toThrow(ModelInputError);
          return;
        }
        const result = estimateLiquidation(input);
        if (result.liquidationPrice === null) {
          expect(surplus(extremeDanger(p.side)).gt(0)).toBe(true);
          return;
        }
        const lp = new D(result.liquidationPrice);
        const requirement = held.minus(wallet).abs().plus(mmOf(valueAt(leg, lp), p.tiers)).plus(wallet);
        expect(surplus(lp).abs().lte(requirement.times('1e-9'))).toBe(true);
        expect(surplus(saferOf(p.side, lp, '1.0001')).gt(0)).toBe(true);
        expect(surplus(worseOf(p.side, lp, '1.0001')).lt(0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // The bankruptcy value is linear Q·EP(1 − s/L), inverse (F/EP)(1 + s/L) (§1): the fee grows with L for
  // a linear long and an inverse short, and shrinks for the other two.
  const feeGrowsWithLeverage = (side: Side) => (contract === 'linear') === (side === 'long');

  it(`more wallet moves the price away; higher leverage only changes the fee to close: closer for a ${contract === 'linear' ? 'long' : 'short'}, farther for a ${contract === 'linear' ? 'short' : 'long'}`, () => {
    fc.assert(
      fc.property(positionArb(contract), walletArb, decimalOf(1, 1000, 10), decimalOf(1, 100, 2), (p, wallet, extraPercent, step) => {
        const run = (w: string, leverage = p.leverage) => {
          try {
            return estimateLiquidation(crossInput(contract, { ...p, leverage }, w, [])).liquidationPrice;
          } catch (error) {
            expect(error).toBeInstanceOf(ModelInputError);
            return undefined; // liquidated at every price: nothing to compare
          }
        };
        const base = run(wallet);
        const more = run(new D(wallet).times(new D(extraPercent).div(100).plus(1)).plus('0.001').toString());
        const higher = run(wallet, new D(p.leverage).plus(step).toString());
        if (base === undefined || base === null) return;
        const away = (a: string | null | undefined) => (a === undefined ? false : a === null || (p.side === 'long' ? new D(a).lt(base) : new D(a).gt(base)));
        expect(away(more)).toBe(true);
        if (higher === undefined || higher === null) return;
        if (feeRateOf(p).isZero()) expect(higher).toBe(base);
        else expect(away(higher)).toBe(!feeGrowsWithLeverage(p.side));
      }),
      { numRuns: 300 },
    );
  });

  it('long and short mirror once each side takes out its own fee (one flat tier, no others)', () => {
    fc.assert(
      fc.property(positionArb(contract), walletArb, decimalOf(1, 499, 10000), (p, wallet, rate) => {
        const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: rate }];
        const [l, s] = (['long', 'short'] as const).map((side) => {
          try {
            return estimateLiquidation(crossInput(contract, { ...p, side, tiers }, wallet, [])).liquidationPrice;
          } catch {
            return undefined;
          }
        });
        if (l === undefined || l === null || s === undefined || s === null) return;
        const [ep, m, rateOfFee] = [new D(p.entryPrice), new D(rate), feeRateOf(p)];
        const feeLong = closeFee(legOf(contract, { ...p, side: 'long' }), new D(p.leverage), rateOfFee);
        const feeShort = closeFee(legOf(contract, { ...p, side: 'short' }), new D(p.leverage), rateOfFee);
        const size = new D(p.size);
        // Each side's loss capacity is the wallet less its own fee.
        const [gapLong, gapShort] =
          contract === 'linear'
            ? [ep.minus(new D(l).times(D.sub(1, m))).times(size).plus(feeLong), new D(s).times(m.plus(1)).minus(ep).times(size).plus(feeShort)]
            : [size.times(m.plus(1)).div(l).minus(size.div(ep)).plus(feeLong), size.div(ep).minus(size.times(D.sub(1, m)).div(s)).plus(feeShort)];
        expect(gapLong.minus(wallet).abs().lte(D.max(wallet, 1).times('1e-25'))).toBe(true);
        expect(gapShort.minus(wallet).abs().lte(D.max(wallet, 1).times('1e-25'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each<[Contract]>([['linear'], ['inverse']])('Bybit %s cross, hedge mode', (contract) => {
  it('with the opposite leg on the same symbol, both legs move: at the returned price balance = both MMs + both fees (1e-9 relative)', () => {
    fc.assert(
      fc.property(positionArb(contract), positionArb(contract), contract === 'linear' ? decimalOf(0, 10_000_000, 1) : decimalOf(0, 100_000, 1000), decimalOf(50, 150, 100), (p, q, wallet, markShare) => {
        const hedge: Position = { ...q, side: p.side === 'long' ? 'short' : 'long', tiers: p.tiers, leverage: p.leverage, takerFeeRate: p.takerFeeRate };
        const mark = new D(p.entryPrice).times(markShare);
        const input: PositionInput = {
          ...crossInput(contract, p, wallet, [{ symbol: contract === 'linear' ? 'BTCUSDT' : 'BTCUSD', side: hedge.side, size: hedge.size, entryPrice: hedge.entryPrice, markPrice: mark.toString() }]),
          positionMode: 'hedge', markPrice: mark.toString(),
        };
        const [own, other] = [legOf(contract, p), legOf(contract, hedge)];
        // The hedge leg takes the position's leverage and table when it gives none.
        const held = new D(wallet).minus(closeFee(own, new D(p.leverage), feeRateOf(p))).minus(closeFee(other, new D(p.leverage), feeRateOf(p)));
        const surplus = (price: D) =>
          held.plus(pnlAt(own, price)).plus(pnlAt(other, price)).minus(mmOf(valueAt(own, price), p.tiers)).minus(mmOf(valueAt(other, price), p.tiers));
        let result;
        try {
          result = estimateLiquidation(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelInputError);
          expect(surplus(mark).gt(0)).toBe(false); // refused only when under the requirement everywhere
          return;
        }
        if (result.liquidationPrice === null) {
          expect(surplus(mark).gt(0)).toBe(true);
          return;
        }
        const lp = new D(result.liquidationPrice);
        const requirement = mmOf(valueAt(own, lp), p.tiers).plus(mmOf(valueAt(other, lp), p.tiers)).plus(new D(wallet).minus(held));
        expect(surplus(lp).abs().lte(requirement.times('1e-9'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Bybit: hostile input never gives NaN/Infinity or another exception', () => {
  const junk = fc.oneof(
    fc.constantFrom('--', 'N/A', '', ' ', '0', '-1', '1e999999', 'NaN', 'Infinity', '1,000.5', '1.000,5', '5 USDT', '0x10', '1e-40'),
    decimalOf(-1000, 1_000_000, 100),
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
  );
  it('every field, every mode: finite plain decimals or ModelInputError naming a field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Contract>('linear', 'inverse'),
        fc.constantFrom('isolated', 'cross'),
        fc.constantFrom('size', 'entryPrice', 'markPrice', 'leverage', 'isolatedMargin', 'walletBalance', 'contractValue', 'takerFeeRate', 'otherLeverage', 'tierRate', 'tierFloor'),
        junk,
        (contract, marginMode, field, value) => {
          const input: Record<string, unknown> = {
            venue: 'bybit', symbol: 'BTCUSDT', contract, marginMode, side: 'short', size: '3', contractValue: '1', entryPrice: '60000', markPrice: '59000',
            leverage: '20', isolatedMargin: '9000', walletBalance: '20000',
            tiers: [{ floor: '0', maintenanceMarginRate: '0.005' }, { floor: '2000000', maintenanceMarginRate: '0.0056' }],
            otherPositions: [{ symbol: 'ETHUSDT', side: 'long', size: '2', entryPrice: '3000', markPrice: '3050', contractValue: '1', leverage: '10', maintenanceMarginRate: '0.01' }],
          };
          if (field === 'otherLeverage') (input.otherPositions as Record<string, unknown>[])[0]!.leverage = value;
          else if (field === 'tierRate') (input.tiers as Record<string, unknown>[])[1]!.maintenanceMarginRate = value;
          else if (field === 'tierFloor') (input.tiers as Record<string, unknown>[])[1]!.floor = value;
          else input[field] = value;
          try {
            const result = estimateLiquidation(input as unknown as PositionInput);
            for (const v of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin, result.marginRatio]) {
              if (v === null || v === undefined) continue;
              expect(v).toMatch(/^-?\d+(\.\d+)?$/);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ModelInputError);
            expect((error as ModelInputError).field.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
