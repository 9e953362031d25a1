// Property tests for OKX (reference docs/rules/bybit-okx-bitget.md §3): the venue's own trigger,
// margin ratio = equity / (MM + liquidation fee) = 100 %, checked at the returned price with the
// rule computed here, independently of the model:
//   linear:  equity = M + s*Q*(P - EP),         requirement = Q*P*(m + f)
//   inverse: equity = M + s*F*(1/EP - 1/P),     requirement = (F/P)*(m + f)
// where m is the MMR of the ONE tier the contract count falls in (maxSz inclusive), for the whole position.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { OtherPosition, PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

type Side = 'long' | 'short';
type Contract = 'linear' | 'inverse';

/** The OKX tier of a contract count: the first whose maxSz holds it; beyond the last, the last. */
function rateOf(tiers: Tier[], contracts: D): D {
  const tier = tiers.find((t) => contracts.lte(t.cap as string)) ?? tiers[tiers.length - 1]!;
  return new D(tier.maintenanceMarginRate);
}

interface Position {
  contract: Contract;
  side: Side;
  contracts: D;
  /** ctVal: base per contract (linear) or USD per contract (inverse). */
  perContract: D;
  entry: D;
  tiers: Tier[];
}

const sign = (side: Side) => (side === 'long' ? 1 : -1);

/** PnL at mark p and position value at p (quote for linear, coin for inverse). */
function pnlAndValue(pos: Position, p: D): { pnl: D; value: D } {
  const amount = pos.contracts.times(pos.perContract); // base quantity or USD face
  if (pos.contract === 'linear') return { pnl: amount.times(sign(pos.side)).times(p.minus(pos.entry)), value: amount.times(p) };
  return { pnl: amount.times(sign(pos.side)).times(new D(1).div(pos.entry).minus(new D(1).div(p))), value: amount.div(p) };
}

/** Equity - (MM + liquidation fee) at p: > 0 safe, <= 0 liquidated. `tierContracts` defaults to the position's own count. */
function surplus(pos: Position, margin: D, fee: D, p: D, tierContracts = pos.contracts): { surplus: D; requirement: D } {
  const { pnl, value } = pnlAndValue(pos, p);
  const requirement = value.times(rateOf(pos.tiers, tierContracts).plus(fee));
  return { surplus: margin.plus(pnl).minus(requirement), requirement };
}

const decimalOf = (min: number, max: number, scale: number) => fc.integer({ min, max }).map((n) => new D(n).div(scale));

// An OKX table: integer maxSz caps, minSz = previous cap + 1, MMR rising from 0.2 % .. 2 % by steps.
const tiersArb = fc
  .record({
    first: fc.integer({ min: 1, max: 5000 }),
    growth: fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 0, maxLength: 7 }),
    rate: fc.integer({ min: 2, max: 20 }),
    steps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ first, growth, rate, steps }) => {
    const tiers: Tier[] = [];
    let floor = 0;
    let cap = first;
    let mmr = rate; // in 0.1 %
    for (let i = 0; i <= growth.length; i++) {
      tiers.push({ floor: String(floor), cap: String(cap), maintenanceMarginRate: new D(mmr).div(1000).toString() });
      floor = cap + 1;
      cap = cap * (growth[i] ?? 2) + 1;
      mmr += steps[i] ?? 1;
    }
    return tiers;
  });

const positionArb = fc.record({
  contract: fc.constantFrom<Contract>('linear', 'inverse'),
  side: fc.constantFrom<Side>('long', 'short'),
  contracts: fc.integer({ min: 1, max: 200_000 }).map((n) => new D(n)),
  perContract: fc.constantFrom('0.001', '0.01', '0.1', '1', '10', '100').map((v) => new D(v)),
  entry: decimalOf(1, 20_000_000, 100),
  leverage: decimalOf(2, 250, 2), // 1x .. 125x in half steps
  fee: fc.constantFrom('0', '0.0002', '0.0005', '0.0006').map((v) => new D(v)),
  tiers: tiersArb,
});

function input(pos: Position, margin: D, fee: D): PositionInput {
  return {
    venue: 'okx',
    symbol: pos.contract === 'linear' ? 'BTC-USDT-SWAP' : 'BTC-USD-SWAP',
    contract: pos.contract,
    marginMode: 'isolated',
    side: pos.side,
    // PositionInput: linear size is base quantity, inverse size is contracts.
    size: pos.contract === 'linear' ? pos.contracts.times(pos.perContract).toString() : pos.contracts.toString(),
    ...(pos.contract === 'linear' ? { contractSize: pos.perContract.toString() } : { contractValue: pos.perContract.toString() }),
    entryPrice: pos.entry.toString(),
    isolatedMargin: margin.toString(),
    tiers: pos.tiers,
    takerFeeRate: fee.toString(),
  };
}

/** Initial margin at this leverage: value at entry / L. */
function marginAt(pos: Position, leverage: D): D {
  return pnlAndValue(pos, pos.entry).value.div(leverage);
}

/** A price moved toward safety (away from the liquidation side) by a relative step. */
const safer = (side: Side, p: D, step = '0.000001') => (side === 'long' ? p.times(D.add(1, step)) : p.times(D.sub(1, step)));
const worse = (side: Side, p: D, step = '0.000001') => (side === 'long' ? p.times(D.sub(1, step)) : p.times(D.add(1, step)));

describe('OKX properties (isolated, linear and inverse)', () => {
  it('at the returned price equity = MM + liquidation fee (1e-9 relative); slightly safer is safe, slightly worse triggers', () => {
    fc.assert(
      fc.property(positionArb, (a) => {
        // An inverse 1x margin F/EP has no finite decimal form: a 50-digit one is 1x only to 50 digits,
        // leaving a root at an astronomic price. The 1x inverse short is its own test below.
        fc.pre(!(a.contract === 'inverse' && a.leverage.eq(1)));
        const margin = marginAt(a, a.leverage);
        const result = estimateLiquidation(input(a, margin, a.fee));
        if (result.liquidationPrice === null) {
          // Only a fully collateralised linear long or inverse short: safe at every price.
          expect(`${a.contract} ${a.side}`).toMatch(/linear long|inverse short/);
          const far = a.contract === 'linear' ? new D('1e-20') : new D('1e20');
          expect(surplus(a, margin, a.fee, far).surplus.gt(0)).toBe(true);
          return;
        }
        const lp = new D(result.liquidationPrice);
        expect(lp.gt(0)).toBe(true);
        const at = surplus(a, margin, a.fee, lp);
        expect(at.surplus.abs().lte(at.requirement.times('1e-9'))).toBe(true);
        expect(surplus(a, margin, a.fee, safer(a.side, lp)).surplus.gt(0)).toBe(true);
        expect(surplus(a, margin, a.fee, worse(a.side, lp)).surplus.lt(0)).toBe(true);
        // The tier it names is the one the contract count falls in, whatever the price.
        expect(new D(a.tiers[result.tierIndex]!.maintenanceMarginRate).eq(rateOf(a.tiers, a.contracts))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('an inverse short with margin at or above F/EP (1x or less) has no liquidation price; the 1x inverse long has one', () => {
    const base: Position = { contract: 'inverse', side: 'short', contracts: new D(100), perContract: new D(100), entry: new D(50000), tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004' }] };
    for (const margin of ['0.2', '0.2000001', '1']) {
      expect(estimateLiquidation(input(base, new D(margin), new D('0.0005'))).liquidationPrice).toBeNull();
    }
    // Long 1x: F(1 + m + f) / (M + F/EP) = 10000 * 1.0045 / 0.4 (§3.2).
    const long = estimateLiquidation(input({ ...base, side: 'long' }, new D('0.2'), new D('0.0005')));
    expect(new D(long.liquidationPrice as string).eq('25112.5')).toBe(true);
  });

  it('more margin moves the price away from the entry', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(1, 1000, 10), (a, extraPercent) => {
        const margin = marginAt(a, a.leverage);
        const more = margin.plus(margin.times(extraPercent).div(100));
        const before = estimateLiquidation(input(a, margin, a.fee)).liquidationPrice;
        const after = estimateLiquidation(input(a, more, a.fee)).liquidationPrice;
        if (before === null) {
          expect(after).toBeNull();
          return;
        }
        if (a.side === 'long') expect(after === null || new D(after).lt(before)).toBe(true);
        else expect(after === null || new D(after).gt(before)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('higher leverage (less margin for the same position) moves the price closer to the entry', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(1, 100, 2), (a, step) => {
        const low = estimateLiquidation(input(a, marginAt(a, a.leverage), a.fee)).liquidationPrice;
        const high = estimateLiquidation(input(a, marginAt(a, a.leverage.plus(step)), a.fee)).liquidationPrice;
        expect(high).not.toBeNull(); // above 1x every position has one
        if (low === null) return;
        if (a.side === 'long') expect(new D(high as string).gt(low)).toBe(true);
        else expect(new D(high as string).lt(low)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('long and short mirror (the rule is symmetric): EP - LPl(1-m-f) = LPs(1+m+f) - EP = M/Q (linear); F(1+m+f)/LPl - F/EP = F/EP - F(1-m-f)/LPs = M (inverse)', () => {
    fc.assert(
      fc.property(positionArb, (a) => {
        const margin = marginAt(a, a.leverage);
        const long = estimateLiquidation(input({ ...a, side: 'long' }, margin, a.fee));
        const short = estimateLiquidation(input({ ...a, side: 'short' }, margin, a.fee));
        expect(long.tierIndex === -1 || short.tierIndex === -1 || long.tierIndex === short.tierIndex).toBe(true);
        const k = rateOf(a.tiers, a.contracts).plus(a.fee);
        const amount = a.contracts.times(a.perContract);
        if (a.contract === 'linear') {
          const expected = margin.div(amount);
          if (long.liquidationPrice !== null) {
            expect(a.entry.minus(new D(long.liquidationPrice).times(D.sub(1, k))).minus(expected).abs().lte(a.entry.times('1e-30'))).toBe(true);
          }
          expect(new D(short.liquidationPrice as string).times(k.plus(1)).minus(a.entry).minus(expected).abs().lte(a.entry.times('1e-30'))).toBe(true);
        } else {
          const tolerance = margin.times('1e-30');
          expect(amount.times(k.plus(1)).div(long.liquidationPrice as string).minus(amount.div(a.entry)).minus(margin).abs().lte(tolerance)).toBe(true);
          if (short.liquidationPrice !== null) {
            expect(amount.div(a.entry).minus(amount.times(D.sub(1, k)).div(short.liquidationPrice)).minus(margin).abs().lte(tolerance)).toBe(true);
          }
        }
        // Bankruptcy prices mirror too: equity zero at EP(1 -/+ 1/L) linear, F/(F/EP +/- M) inverse.
        if (a.contract === 'linear' && long.bankruptcyPrice !== null) {
          expect(new D(long.bankruptcyPrice).plus(short.bankruptcyPrice as string).minus(a.entry.times(2)).abs().lte(a.entry.times('1e-30'))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on a tier boundary the MM jumps (no deduction): maxSz contracts take tier k, one lot more takes tier k+1 and a strictly worse price, each the closed form of its own tier', () => {
    fc.assert(
      fc.property(positionArb, fc.nat(), fc.constantFrom('1', '0.1', '0.01'), (a, pick, lot) => {
        fc.pre(a.tiers.length > 1 && !(a.contract === 'inverse' && a.leverage.eq(1)));
        const k = pick % (a.tiers.length - 1);
        const cap = new D(a.tiers[k]!.cap as string);
        const atCap = { ...a, contracts: cap };
        const above = { ...a, contracts: cap.plus(lot) };
        // Same margin per contract for both, so only the tier differs.
        const perContract = marginAt(atCap, a.leverage).div(cap);
        const r1 = estimateLiquidation(input(atCap, perContract.times(atCap.contracts), a.fee));
        const r2 = estimateLiquidation(input(above, perContract.times(above.contracts), a.fee));
        if (r1.liquidationPrice !== null) expect(r1.tierIndex).toBe(k);
        if (r2.liquidationPrice !== null) expect(r2.tierIndex).toBe(k + 1);
        // Closed forms (§3.2) with each tier's own MMR, computed here per unit of position.
        const closed = (m: D) => {
          const kk = m.plus(a.fee);
          const mq = perContract.div(a.perContract); // margin per base unit (linear) or per USD (inverse)
          if (a.contract === 'linear') return a.side === 'long' ? a.entry.minus(mq).div(D.sub(1, kk)) : a.entry.plus(mq).div(kk.plus(1));
          const inv = new D(1).div(a.entry);
          return a.side === 'long' ? kk.plus(1).div(mq.plus(inv)) : inv.minus(mq).gt(0) ? D.sub(1, kk).div(inv.minus(mq)) : null;
        };
        const c1 = closed(new D(a.tiers[k]!.maintenanceMarginRate));
        const c2 = closed(new D(a.tiers[k + 1]!.maintenanceMarginRate));
        for (const [result, c] of [[r1, c1], [r2, c2]] as const) {
          if (c === null || !c.gt(0)) expect(result.liquidationPrice).toBeNull();
          else expect(new D(result.liquidationPrice as string).minus(c).abs().lte(c.times('1e-30'))).toBe(true);
        }
        if (r1.liquidationPrice !== null && r2.liquidationPrice !== null) {
          // A higher tier is a higher MMR: the liquidation price is strictly nearer the entry.
          if (a.side === 'long') expect(new D(r2.liquidationPrice).gt(r1.liquidationPrice)).toBe(true);
          else expect(new D(r2.liquidationPrice).lt(r1.liquidationPrice)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('partial liquidation is reported from tier 3 up (§3.4)', () => {
    fc.assert(
      fc.property(positionArb, (a) => {
        const result = estimateLiquidation(input(a, marginAt(a, a.leverage), a.fee));
        expect(result.partialLiquidation).toBe(result.liquidationPrice !== null && result.tierIndex >= 2);
      }),
      { numRuns: 200 },
    );
  });
});

describe('OKX properties (single-currency cross)', () => {
  const otherArb = fc.record({
    contracts: fc.integer({ min: 1, max: 50_000 }).map((n) => new D(n)),
    side: fc.constantFrom<Side>('long', 'short'),
    entry: decimalOf(100, 500_000, 100),
    mark: decimalOf(100, 500_000, 100),
    rate: fc.constantFrom('0.004', '0.01', '0.02'),
  });

  it('with other positions at their marks: equity = total MM + liquidation fees at the returned price', () => {
    fc.assert(
      fc.property(positionArb, decimalOf(0, 100_000_000, 100), fc.array(otherArb, { maxLength: 3 }), (a, wallet, others) => {
        // Others use this position's ctVal and settlement (same margin currency), a flat tier each.
        const otherPositions: OtherPosition[] = others.map((o, i) => ({
          symbol: `OTHER${i}-SWAP`, side: o.side, entryPrice: o.entry.toString(), markPrice: o.mark.toString(),
          size: a.contract === 'linear' ? o.contracts.times(a.perContract).toString() : o.contracts.toString(),
          ...(a.contract === 'linear' ? { contractSize: a.perContract.toString() } : { contractValue: a.perContract.toString() }),
          tiers: [{ floor: '0', maintenanceMarginRate: o.rate }],
        }));
        const cross: PositionInput = { ...input(a, new D(0), a.fee), marginMode: 'cross', walletBalance: wallet.toString(), otherPositions };
        delete cross.isolatedMargin;
        // Independent: the others' PnL and MM + fee at their own marks fold into a fixed margin.
        let held = wallet;
        for (const o of others) {
          const pos: Position = { ...a, side: o.side, contracts: o.contracts, entry: o.entry, tiers: [{ floor: '0', cap: '1e30', maintenanceMarginRate: o.rate }] };
          const { surplus: s } = surplus(pos, new D(0), a.fee, o.mark);
          held = held.plus(s);
        }
        // The far ends of the price axis: where a long (short) is safest and where it is most at risk.
        const [farSafe, farRisk] = a.side === 'long' ? [new D('1e20'), new D('1e-20')] : [new D('1e-20'), new D('1e20')];
        let result;
        try {
          result = estimateLiquidation(cross);
        } catch (error) {
          // Refused only when liquidated at every price: not safe even at the safe end.
          expect(error).toBeInstanceOf(ModelInputError);
          expect(surplus(a, held, a.fee, farSafe).surplus.gt(0)).toBe(false);
          return;
        }
        if (result.liquidationPrice === null) {
          expect(surplus(a, held, a.fee, farRisk).surplus.gt(0)).toBe(true);
          return;
        }
        const lp = new D(result.liquidationPrice);
        const at = surplus(a, held, a.fee, lp);
        expect(at.surplus.abs().lte(D.max(at.requirement, 1).times('1e-9'))).toBe(true);
        expect(surplus(a, held, a.fee, safer(a.side, lp)).surplus.gt(0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('long/short mode, cross: both legs move with the price and take the tier of their COMBINED contract count (§3.3)', () => {
    fc.assert(
      fc.property(positionArb, fc.integer({ min: 1, max: 200_000 }), decimalOf(1, 20_000_000, 100), (a, hedgeCount, hedgeEntry) => {
        const hedge: Position = { ...a, side: a.side === 'long' ? 'short' : 'long', contracts: new D(hedgeCount), entry: hedgeEntry };
        const wallet = marginAt(a, a.leverage).plus(marginAt(hedge, a.leverage));
        const combined = a.contracts.plus(hedgeCount);
        const cross: PositionInput = {
          ...input(a, new D(0), a.fee), marginMode: 'cross', positionMode: 'hedge', walletBalance: wallet.toString(),
          otherPositions: [{
            symbol: a.contract === 'linear' ? 'BTC-USDT-SWAP' : 'BTC-USD-SWAP', side: hedge.side, entryPrice: hedgeEntry.toString(),
            markPrice: hedgeEntry.toString(), size: input(hedge, new D(0), a.fee).size,
          }],
        };
        delete cross.isolatedMargin;
        const both = (p: D) => {
          const own = surplus(a, wallet, a.fee, p, combined);
          const other = surplus(hedge, new D(0), a.fee, p, combined);
          return { surplus: own.surplus.plus(other.surplus), requirement: own.requirement.plus(other.requirement) };
        };
        let result;
        try {
          result = estimateLiquidation(cross);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelInputError);
          expect(both(a.entry).surplus.gt(0)).toBe(false);
          return;
        }
        if (result.liquidationPrice === null) return;
        expect(new D(a.tiers[result.tierIndex]!.maintenanceMarginRate).eq(rateOf(a.tiers, combined))).toBe(true);
        const at = both(new D(result.liquidationPrice));
        expect(at.surplus.abs().lte(D.max(at.requirement, '1e-12').times('1e-9'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('OKX input handling', () => {
  const good: PositionInput = {
    venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1', contractSize: '0.01',
    entryPrice: '60000', markPrice: '59000', isolatedMargin: '600', tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004' }],
  };

  it.each<[string, Partial<Record<keyof PositionInput, unknown>>]>([
    ['contractSize', { contractSize: undefined }],
    ['contractSize', { contractSize: '0' }],
    ['contractSize', { contractSize: '-0.01' }],
    ['contractSize', { contractSize: 'ctVal' }],
    ['contractValue', { contract: 'inverse', contractValue: undefined }],
    ['contract', { contract: 'perpetual' }],
    ['takerFeeRate', { takerFeeRate: '5' }],
    ['takerFeeRate', { takerFeeRate: '--' }],
    ['tiers[0].maintenanceAmount', { tiers: [{ floor: '0', maintenanceMarginRate: '0.004', maintenanceAmount: '3' }] }],
    ['otherPositions[0].contractSize', {
      marginMode: 'cross', walletBalance: '1000',
      otherPositions: [{
        symbol: 'ETH-USDT-SWAP', side: 'long', size: '1', entryPrice: '3000', markPrice: '3000',
        tiers: [{ floor: '0', maintenanceMarginRate: '0.01' }, { floor: '2001', maintenanceMarginRate: '0.015' }],
      }],
    }],
    ['otherPositions[0].size', {
      marginMode: 'cross', positionMode: 'hedge', walletBalance: '1000',
      otherPositions: [{ symbol: 'BTC-USDT-SWAP', side: 'short', size: 'N/A', entryPrice: '3000', markPrice: '3000' }],
    }],
  ])('invalid %s is a ModelInputError naming it', (field, change) => {
    const bad = { ...good, ...change } as PositionInput;
    expect(() => estimateLiquidation(bad)).toThrowError(expect.objectContaining({ name: 'ModelInputError', field }));
  });

  it('a linear other position with one rate needs no contractSize: its MM + fee is value x (rate + f) at its mark', () => {
    const other = { symbol: 'ETH-USDT-SWAP', side: 'long' as const, size: '2', entryPrice: '3000', markPrice: '2900' };
    const base: PositionInput = { ...good, marginMode: 'cross', walletBalance: '1000', takerFeeRate: '0.0005' };
    delete base.isolatedMargin;
    const flatRate = estimateLiquidation({ ...base, otherPositions: [{ ...other, maintenanceMarginRate: '0.01' }] });
    const oneTier = estimateLiquidation({ ...base, otherPositions: [{ ...other, tiers: [{ floor: '0', maintenanceMarginRate: '0.01' }] }] });
    // Held: 1000 + 2 x (2900 - 3000) - 5800 x 1.05 % = 739.1; long 1 BTC: LP = (60000 - 739.1) / (1 - 0.004 - 0.0005).
    const expected = new D(60000).minus('739.1').div('0.9955');
    for (const result of [flatRate, oneTier]) {
      expect(new D(result.liquidationPrice as string).minus(expected).abs().lte('1e-25')).toBe(true);
    }
  });

  it('hostile values in any field: a finite decimal-string estimate or a ModelInputError, never NaN/Infinity or another error', () => {
    const junk = fc.oneof(
      fc.constantFrom('', '--', 'N/A', 'NaN', 'Infinity', '-1', '0', '1e400', '1e-400', '1,234.5', '0x10', ' 12 ', '0.0000001', '99999999999'),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant({}),
    );
    const keys: (keyof PositionInput)[] = ['contract', 'marginMode', 'positionMode', 'side', 'size', 'contractSize', 'contractValue', 'entryPrice', 'markPrice', 'isolatedMargin', 'walletBalance', 'takerFeeRate', 'tiers', 'otherPositions'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), junk), { minLength: 1, maxLength: 4 }), fc.boolean(), (changes, inverse) => {
        const base: PositionInput = inverse ? { ...good, contract: 'inverse', size: '100', contractValue: '100', isolatedMargin: '0.02' } : good;
        const candidate = { ...base } as Record<string, unknown>;
        for (const [key, value] of changes) candidate[key] = value;
        try {
          const result = estimateLiquidation(candidate as unknown as PositionInput);
          for (const value of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin, result.marginRatio]) {
            if (value === null || value === undefined) continue;
            expect(new D(value).isFinite()).toBe(true);
          }
          expect(Number.isInteger(result.tierIndex)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelInputError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
