// Bybit vectors from docs/rules/bybit-okx-bitget.md §5.1 and §5.4 (bybit
// rows), with the rules of §2. Every expected value comes from the reference or is computed here from
// the reference's own formula; none is copied from the model.
//
// Several printed numbers belong to SUPERSEDED Bybit rules (V1, V2, the classic-account and
// MM-at-entry inverse formulas): they priced the maintenance margin at the entry price. Each is
// checked twice: (1) the printed number, by running the superseded rule through the model's shared
// pipeline with its entry-priced requirement passed as one flat amount (rate 0, deduction -MM), so
// the number proves the margin, PnL and fee bookkeeping; (2) the CURRENT rule (MM at mark since
// 2 Sep 2025, §2.3 V3) for the same inputs, against the V3 closed form computed here.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { bybitTiers } from './tiers';
import { estimateLiquidation, maintenanceMargin, ModelInputError } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';
import { bybitMarginWithoutCloseFee } from './rulebook';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

/** |actual - expected| <= tolerance, in decimal arithmetic. */
function expectClose(actual: string | null | undefined, expected: D | string, tolerance: string): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${expected.toString()} (gap ${gap.toString()}, tolerance ${tolerance})`).toBe(true);
}

const flat = (rate: string): Tier[] => [{ floor: '0', maintenanceMarginRate: rate }];
/** A superseded rule's requirement priced at entry: a constant MM, as a rate-0 tier with a negative deduction. */
const entryPricedMM = (mm: D): Tier[] => [{ floor: '0', maintenanceMarginRate: '0', maintenanceAmount: mm.neg().toString() }];

type Side = 'long' | 'short';
const sign = (side: Side) => (side === 'long' ? 1 : -1);

const linearIsolated = (side: Side, size: string, entryPrice: string, margin: string, tiers: Tier[], more: Partial<PositionInput> = {}): PositionInput => ({
  venue: 'bybit', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side, size, entryPrice, isolatedMargin: margin, tiers, ...more,
});

/** Inverse BTCUSD: contracts of 1 USD, so size = F in USD. */
const inverseIsolated = (side: Side, face: string, entryPrice: string, margin: string, tiers: Tier[], more: Partial<PositionInput> = {}): PositionInput => ({
  venue: 'bybit', symbol: 'BTCUSD', contract: 'inverse', marginMode: 'isolated', side, size: face, contractValue: '1', entryPrice,
  isolatedMargin: margin, tiers, ...more,
});

/** §2.3 V3 (current) isolated linear, fee cancelled: long (Q·EP − M − D)/(Q(1 − m)), short (Q·EP + M + D)/(Q(1 + m)). */
function v3Linear(side: Side, q: D, ep: D, margin: D, m: D, d = new D(0)): D {
  return side === 'long' ? q.times(ep).minus(margin).minus(d).div(q.times(D.sub(1, m))) : q.times(ep).plus(margin).plus(d).div(q.times(m.plus(1)));
}

/** §2.4 current UTA inverse (B3-new): long F(1+m)/(F/EP + M + D), short F(1−m)/(F/EP − M − D), M = F/(EP·L) + E/(1 ± f). */
function v3Inverse(side: Side, f: D, ep: D, margin: D, m: D, d = new D(0)): D {
  return side === 'long'
    ? f.times(m.plus(1)).div(f.div(ep).plus(margin).plus(d))
    : f.times(D.sub(1, m)).div(f.div(ep).minus(margin).minus(d));
}

describe('§5.1 linear isolated vectors of superseded rules (V1 [B2], V2 [B1]) and the current rule on the same inputs', () => {
  // [id, side, Q, EP, L, m, printed LP, tolerance, source]
  const rows: [string, Side, string, string, string, string, string, string, string][] = [
    ['BY-1', 'long', '1', '10000', '50', '0.005', '9850', '0', 'O [B2] V1'],
    ['BY-2', 'short', '1', '8000', '40', '0.005', '8160', '0', 'O [B2] V1'],
    ['BY-3', 'long', '1', '20000', '50', '0.005', '19700', '0', 'O [B1] V2'],
    ['BY-4', 'short', '1', '20000', '50', '0.005', '20300', '0', 'D [B1 formula] V2'],
    // §5.4 freqtrade test_get_liquidation_price bybit rows: V1 open·(1 ∓ 1/L ± mm), mm_ratio 0.01 (mocked);
    // "approx" rows are pytest.approx (relative 1e-6).
    ['freqtrade #9', 'long', '1', '10', '1', '0.01', '0.1', '1e-15', 'F [F1]'],
    ['freqtrade #10', 'long', '1', '10', '3', '0.01', '6.7666666', '0.0000068', 'F [F1] approx'],
    ['freqtrade #11', 'long', '1', '10', '5', '0.01', '8.1', '1e-15', 'F [F1]'],
    ['freqtrade #12', 'long', '1', '10', '10', '0.01', '9.1', '1e-15', 'F [F1]'],
    ['freqtrade #13', 'short', '1', '10', '1', '0.01', '19.9', '1e-15', 'F [F1]'],
    ['freqtrade #14', 'short', '1', '10', '3', '0.01', '13.233333', '0.0000133', 'F [F1] approx'],
    ['freqtrade #15', 'short', '1', '10', '5', '0.01', '11.9', '1e-15', 'F [F1]'],
    ['freqtrade #16', 'short', '1', '10', '10', '0.01', '10.9', '1e-15', 'F [F1]'],
  ];

  it.each(rows)('%s (%s, Q %s @ %s, %sx, MMR %s): printed %s under the superseded rule [%s]', (_id, side, size, entry, lev, mmr, printed, tolerance) => {
    const [q, ep, m] = [new D(size), new D(entry), new D(mmr)];
    const margin = q.times(ep).div(lev); // IM = Q·EP/L, no added margin (E = 0)
    const result = estimateLiquidation(linearIsolated(side, size, entry, margin.toString(), entryPricedMM(q.times(ep).times(m))));
    expectClose(result.liquidationPrice, printed, tolerance);
  });

  it.each(rows)('%s (%s, Q %s @ %s, %sx, MMR %s): the current rule gives the §2.3 V3 closed form', (_id, side, size, entry, lev, mmr) => {
    const [q, ep, m] = [new D(size), new D(entry), new D(mmr)];
    const margin = q.times(ep).div(lev);
    const result = estimateLiquidation(linearIsolated(side, size, entry, margin.toString(), flat(mmr)));
    const expected = v3Linear(side, q, ep, margin, m);
    if (expected.lte(0)) {
      // A 1x long under the mark-priced rule: equity Q·P always exceeds Q·P·m, so no price exists.
      expect(result.liquidationPrice).toBeNull();
      return;
    }
    expectClose(result.liquidationPrice, expected, expected.times('1e-30').toString());
    // The fee to close cancels in isolated: any taker rate gives the same price.
    const withFee = estimateLiquidation(linearIsolated(side, size, entry, margin.toString(), flat(mmr), { takerFeeRate: '0.002' }));
    expect(withFee.liquidationPrice).toBe(result.liquidationPrice);
  });

  it('BY-3 under the current rule: 19600/0.995 = 19698.49…, not the V2 19700 (the §9.1 check to make against the UI)', () => {
    const result = estimateLiquidation(linearIsolated('long', '1', '20000', '400', flat('0.005')));
    expectClose(result.liquidationPrice, new D(19600).div('0.995'), '1e-30');
    expect(new D(result.liquidationPrice as string).lt(19700)).toBe(true);
  });
});

describe('BY-7: captured /v5/position/list, BTCUSDT 0.001 @ 60,766.7, 10x, riskId 1 (MMR 0.5 %), taker 0.055 % [B12]', () => {
  const roundUp8 = (value: string) => new D(value).toDecimalPlaces(8, Decimal.ROUND_UP).toString();
  const tiers = bybitTiers.BTCUSDT!.tiers;
  // The capture was taken when MM was priced at entry; at mark = entry both rules give the same MM.
  const common = { markPrice: '60766.7', leverage: '10' };

  it('isolated, margin 6.07667 (IM without the fee): positionMM 0.33391302 = (0.3038335 + fee 0.0300795165) rounded up at 8 d.p.', () => {
    const result = estimateLiquidation(linearIsolated('long', '0.001', '60766.7', '6.07667', tiers, common));
    expectClose(result.maintenanceMargin, '0.3339130165', '1e-30');
    expect(roundUp8(result.maintenanceMargin as string)).toBe('0.33391302');
    expectClose(new D(result.maintenanceMargin as string).minus('0.3038335').toString(), '0.0300795165', '1e-30');
    // MM rate = MM / (position margin with the fee + PnL 0) (§2.1).
    expectClose(result.marginRatio, new D('0.3339130165').div('6.1067495165'), '1e-35');
    expect(result.tierIndex).toBe(0);
    expect(result.partialLiquidation).toBe(false);
  });

  it('cross, the position as captured (it was cross): positionMM 0.33391302 with the fee at the value the 10x leverage sets', () => {
    const result = estimateLiquidation({
      ...linearIsolated('long', '0.001', '60766.7', '0', tiers, common), marginMode: 'cross', walletBalance: '100', isolatedMargin: undefined,
    });
    expect(roundUp8(result.maintenanceMargin as string)).toBe('0.33391302');
    expectClose(result.maintenanceMargin, '0.3339130165', '1e-30');
  });

  it('positionIM 6.10674952 (computed 6.1067495165) is the IM 6.07667 plus the fee; bybitMarginWithoutCloseFee takes the fee back out', () => {
    const margin = bybitMarginWithoutCloseFee({ contract: 'linear', side: 'long', size: '0.001', entryPrice: '60766.7', bookedMargin: '6.1067495165' });
    expectClose(margin, '6.07667', '1e-35');
    const fromApi = bybitMarginWithoutCloseFee({ contract: 'linear', side: 'long', size: '0.001', entryPrice: '60766.7', bookedMargin: '6.10674952' });
    expectClose(fromApi, '6.07667', '0.00000001'); // the API rounds up at 8 d.p.
  });
});

describe('BY-8: fee to close, 0.5 BTC @ 50,000, 10x, taker 0.055 % [B5]', () => {
  const position = (side: Side, mode: 'isolated' | 'cross'): PositionInput => ({
    ...linearIsolated(side, '0.5', '50000', mode === 'isolated' ? '2500' : '0', flat('0.005'), { markPrice: '50500', leverage: '10' }),
    ...(mode === 'cross' ? { marginMode: 'cross' as const, walletBalance: '10000', isolatedMargin: undefined } : {}),
  });
  const mmAtMark = new D('0.5').times(50500).times('0.005');

  it.each<[string, Side, 'isolated' | 'cross', string]>([
    ['long 12.375 (O)', 'long', 'isolated', '12.375'],
    ['short 15.125 (D)', 'short', 'isolated', '15.125'],
    ['long 12.375 (O), cross', 'long', 'cross', '12.375'],
    ['short 15.125 (D), cross', 'short', 'cross', '15.125'],
  ])('%s: MM at mark 50,500 = value at mark × 0.5 %% + the fee, still priced at entry', (_name, side, mode, fee) => {
    expectClose(estimateLiquidation(position(side, mode)).maintenanceMargin, mmAtMark.plus(fee), '1e-30');
  });

  it('IM at mark 50,500 = 2,525 + 12.375 = 2,537.375 (O): the fee in the IM is the entry-priced one the model puts in the MM', () => {
    const fee = new D(estimateLiquidation(position('long', 'cross')).maintenanceMargin as string).minus(mmAtMark);
    expectClose(new D('0.5').times(50500).div(10).plus(fee).toString(), '2537.375', '1e-30');
  });

  it('bybitMarginWithoutCloseFee: 2,512.375 long and 2,515.125 short booked are 2,500 of margin', () => {
    for (const [side, booked] of [['long', '2512.375'], ['short', '2515.125']] as const) {
      expectClose(bybitMarginWithoutCloseFee({ contract: 'linear', side, size: '0.5', entryPrice: '50000', bookedMargin: booked }), '2500', '1e-35');
    }
  });
});

describe('BY-9: MM deduction, tiers (2,000,000, 0.5 %), (2,600,000, 0.56 %), PV 2,300,000 [B6, B7]', () => {
  const noDeductions: Tier[] = [
    { floor: '0', cap: '2000000', maintenanceMarginRate: '0.005' },
    { floor: '2000000', cap: '2600000', maintenanceMarginRate: '0.0056' },
  ];

  it('D₂ = 1,200 derived by the [B6] rule; MM = 11,680 = 2,000,000 × 0.5 % + 300,000 × 0.56 %', () => {
    expect(maintenanceMargin('2300000', noDeductions)).toBe('11680');
    expect(maintenanceMargin('2300000', bybitTiers.BTCUSDT!.tiers)).toBe('11680');
    expect(new D(bybitTiers.BTCUSDT!.tiers[1]!.maintenanceAmount!).eq(1200)).toBe(true);
  });

  it('through the model: a 23 BTC position at mark 100,000 (taker 0) has MM 11,680, in tier 2, and its liquidation may be partial (§2.7)', () => {
    const input = linearIsolated('long', '23', '100000', '2300000', noDeductions, { markPrice: '100000', takerFeeRate: '0' });
    expectClose(estimateLiquidation(input).maintenanceMargin, '11680', '1e-30');
    // At 1x a long has no liquidation price; at 2x the long liquidates in tier 1, the short in tier 2.
    const twoX = estimateLiquidation({ ...input, isolatedMargin: '1150000' });
    expect(twoX.tierIndex).toBe(0); // 23 × LP ≈ 1.16 M: tier 1 at the liquidation price
    expect(twoX.partialLiquidation).toBe(false);
    const shortTwoX = estimateLiquidation({ ...input, side: 'short', isolatedMargin: '1150000' });
    expect(shortTwoX.tierIndex).toBe(1); // 23 × ~149 k ≈ 3.4 M: tier 2 at the liquidation price
    expect(shortTwoX.partialLiquidation).toBe(true);
    expect(shortTwoX.assumptions.some((a) => a.includes("beyond the last tier's cap"))).toBe(true);
    expectClose(shortTwoX.liquidationPrice, v3Linear('short', new D(23), new D(100000), new D(1150000), new D('0.0056'), new D(1200)), '1e-25');
  });
});

describe('§5.1 inverse isolated: BY-11 (UTA, MM at entry, superseded) and BY-12 (current) [B3-old, B3-new]', () => {
  // Long/short 60,000 USD of BTCUSD @ 50,000, 10x, MMR 0.5 %: PV 1.2 BTC, IM 0.12, MM at entry 0.006.
  it.each<[string, Side, string]>([
    ['BY-11 long', 'long', '45662.100456621004566'],
    ['BY-11 short', 'short', '55248.618784530386740'],
  ])('%s -> %s (superseded rule: MM at entry, as a flat 0.006 BTC)', (_id, side, expected) => {
    const result = estimateLiquidation(inverseIsolated(side, '60000', '50000', '0.12', entryPricedMM(new D('0.006'))));
    expectClose(result.liquidationPrice, expected, '1e-15');
  });

  it.each<[string, Side, string]>([
    ['BY-12 long', 'long', '45681.818181818181818'],
    ['BY-12 short', 'short', '55277.777777777777778'],
  ])('%s -> %s (current rule, E = 0, D = 0)', (_id, side, expected) => {
    const result = estimateLiquidation(inverseIsolated(side, '60000', '50000', '0.12', flat('0.005'), { markPrice: '50000' }));
    expectClose(result.liquidationPrice, expected, '1e-15');
    expect(result.tierIndex).toBe(0);
    // MM in coin at mark 50,000: 1.2 × 0.5 % + fee 0.055 % of the value at the bankruptcy price, (F/EP)(1 ± 1/L) (§1).
    const bankruptcyValue = new D('1.2').times(side === 'long' ? '1.1' : '0.9');
    expectClose(result.maintenanceMargin, new D('0.006').plus(bankruptcyValue.times('0.00055')), '1e-35');
    expectClose(result.bankruptcyPrice, new D(60000).div(bankruptcyValue), '1e-30');
  });

  it('B3-new with added margin E: the booked E counts as E/(1 + f) long, E/(1 − f) short, with a deduction D', () => {
    const [f, ep, lev, m, d, e, fee] = [new D(60000), new D(50000), new D(10), new D('0.006'), new D('0.0003'), new D('0.05'), new D('0.00055')];
    const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: m.toString(), maintenanceAmount: d.toString() }];
    for (const side of ['long', 'short'] as const) {
      // What Bybit books: IM + the fee on the bankruptcy value at 10x + E (§2.2).
      const im = f.div(ep.times(lev));
      const booked = im.plus(f.div(ep).times(side === 'long' ? '1.1' : '0.9').times(fee)).plus(e);
      const margin = bybitMarginWithoutCloseFee({ contract: 'inverse', side, size: '60000', contractValue: '1', entryPrice: '50000', bookedMargin: booked.toString() });
      const published = im.plus(e.div(side === 'long' ? fee.plus(1) : D.sub(1, fee)));
      expectClose(margin, published, '1e-35');
      const result = estimateLiquidation(inverseIsolated(side, '60000', '50000', margin, tiers));
      expectClose(result.liquidationPrice, v3Inverse(side, f, ep, published, m, d), '1e-25');
    }
  });
});

describe('BY-13: legacy inverse cross with the fee at the bankruptcy price, balance 0.5 BTC, long 10,000 USD @ 8,000, MMR 0.5 %, fee 0.075 % [B8]', () => {
  it('BP 5,718.57 (O); LP raw 5,739.0835, printed 5,739.50 after rounding up to the 0.5 tick (§9.3)', () => {
    const [q, ep, balance, m, f] = [new D(10000), new D(8000), new D('0.5'), new D('0.005'), new D('0.00075')];
    const bp = f.plus(1).times(q).div(q.div(ep).plus(balance));
    expectClose(bp.toDecimalPlaces(2).toString(), '5718.57', '0');
    // Superseded classic rule: requirement (Q/EP)·m + Q·fee/BP, both fixed at entry.
    const requirement = q.div(ep).times(m).plus(q.times(f).div(bp));
    const result = estimateLiquidation({
      venue: 'bybit', symbol: 'BTCUSD', contract: 'inverse', marginMode: 'cross', side: 'long', size: '10000', contractValue: '1',
      entryPrice: '8000', walletBalance: '0.5', tiers: entryPricedMM(requirement), takerFeeRate: '0',
    });
    expectClose(result.liquidationPrice, '5739.0835', '0.00005');
    const tick = new D(result.liquidationPrice as string).div('0.5').toDecimalPlaces(0, Decimal.ROUND_UP).times('0.5');
    expect(tick.toFixed(2)).toBe('5739.50');
  });
});

describe('BY-14: linear cross, 2 BTC long @ 10,000, IM 200, MM 100, available 2,000 [B2]', () => {
  const base: PositionInput = {
    venue: 'bybit', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', side: 'long', size: '2', entryPrice: '10000',
    walletBalance: '2200', leverage: '100', tiers: flat('0.005'),
  };

  it('classic rule (superseded): loss capacity 2,100 (O), LP 8,950 (D)', () => {
    const result = estimateLiquidation({ ...base, tiers: entryPricedMM(new D(100)), takerFeeRate: '0' });
    expectClose(result.liquidationPrice, '8950', '1e-30');
    // Loss capacity = (EP − LP) × Q.
    expectClose(new D(10000).minus(result.liquidationPrice as string).times(2).toString(), '2100', '1e-30');
  });

  it.each<[Side]>([['long'], ['short']])('current UTA cross (§2.5), %s: LP = (Q·EP − s(WB − FeeClose + D))/(Q(1 − s·m)), FeeClose = Q·EP(1 − s/L)·0.055 %%', (side) => {
    const s = sign(side);
    const [q, ep, wb, m, lev] = [new D(2), new D(10000), new D(2200), new D('0.005'), new D(100)];
    const feeClose = q.times(ep).times(D.sub(1, new D(s).div(lev))).times('0.00055');
    const expected = q.times(ep).minus(wb.minus(feeClose).times(s)).div(q.times(D.sub(1, m.times(s))));
    const result = estimateLiquidation({ ...base, side });
    expectClose(result.liquidationPrice, expected, '1e-25');
    expect(result.partialLiquidation).toBe(false);
  });
});

describe('BY-15 (low confidence, [B8] images): legacy inverse isolated 8,000 @ 50x, MMR 0.5 %', () => {
  it.each<[string, Side, string]>([
    ['BY-15 long EP·L/(L + 1 − m·L)', 'long', '7881.773399'],
    ['BY-15 short EP·L/(L − 1 + m·L)', 'short', '8121.827411'],
  ])('%s -> %s (superseded: MM at entry)', (_id, side, expected) => {
    // F = 8,000 USD: PV 1 BTC, IM 0.02, MM at entry 0.005.
    const result = estimateLiquidation(inverseIsolated(side, '8000', '8000', '0.02', entryPricedMM(new D('0.005'))));
    expectClose(result.liquidationPrice, expected, '0.0000005');
  });
});

describe('Bybit inputs', () => {
  const fieldOf = (input: unknown): string | undefined => {
    try {
      estimateLiquidation(input as PositionInput);
    } catch (error) {
      if (error instanceof ModelInputError) return error.field;
      throw error;
    }
    return undefined;
  };
  const cross: PositionInput = {
    venue: 'bybit', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', side: 'long', size: '1', entryPrice: '60000',
    walletBalance: '10000', leverage: '10', tiers: bybitTiers.BTCUSDT!.tiers,
  };

  it('cross needs the leverage of the position and of every other position (the fee to close follows it)', () => {
    expect(fieldOf(cross)).toBeUndefined();
    expect(fieldOf({ ...cross, leverage: undefined })).toBe('leverage');
    expect(fieldOf({ ...cross, leverage: '0' })).toBe('leverage');
    const other = { symbol: 'ETHUSDT', side: 'short' as const, size: '1', entryPrice: '3000', markPrice: '3100', maintenanceMarginRate: '0.005' };
    expect(fieldOf({ ...cross, otherPositions: [other] })).toBe('otherPositions[0].leverage');
    expect(fieldOf({ ...cross, otherPositions: [{ ...other, leverage: 'x' }] })).toBe('otherPositions[0].leverage');
    expect(fieldOf({ ...cross, otherPositions: [{ ...other, leverage: '5' }] })).toBeUndefined();
    // A zero fee needs no leverage.
    expect(fieldOf({ ...cross, leverage: undefined, takerFeeRate: '0' })).toBeUndefined();
  });

  it('inverse needs contractValue; a percent fee is refused; isolated needs its margin', () => {
    expect(fieldOf({ ...cross, contract: 'inverse', symbol: 'BTCUSD' })).toBe('contractValue');
    expect(fieldOf({ ...cross, takerFeeRate: '0.055' })).toBeUndefined(); // 5.5 %: a fraction below 1, accepted as given
    expect(fieldOf({ ...cross, takerFeeRate: '5.5' })).toBe('takerFeeRate');
    expect(fieldOf({ ...cross, marginMode: 'isolated' })).toBe('isolatedMargin');
  });

  it('bybitMarginWithoutCloseFee names bad fields and never returns a negative margin', () => {
    const ok = { contract: 'linear' as const, side: 'long' as const, size: '1', entryPrice: '100', bookedMargin: '10' };
    const field = (patch: object) => {
      try {
        bybitMarginWithoutCloseFee({ ...ok, ...patch });
      } catch (error) {
        if (error instanceof ModelInputError) return error.field;
        throw error;
      }
      return undefined;
    };
    expect(field({})).toBeUndefined();
    expect(field({ bookedMargin: '--' })).toBe('bookedMargin');
    expect(field({ bookedMargin: '0.01' })).toBe('bookedMargin'); // below the fee alone
    expect(field({ size: '0' })).toBe('size');
    expect(field({ side: 'buy' })).toBe('side');
    expect(field({ contract: 'inverse' })).toBe('contractValue');
    expect(field({ takerFeeRate: '1' })).toBe('takerFeeRate');
    // A long margined beyond its full value has no bankruptcy price and so no fee to close.
    expect(bybitMarginWithoutCloseFee({ ...ok, bookedMargin: '150' })).toBe('150');
  });
});
