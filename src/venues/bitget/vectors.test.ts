// Bitget vectors from docs/rules/bybit-okx-bitget.md §4 and §5.3. Every
// expected value comes from the reference or from an independent computation here; none is copied
// from the model.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { bitgetTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

function expectClose(actual: string | null | undefined, expected: Decimal.Value, tolerance: Decimal.Value): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${String(expected)} (gap ${gap.toString()}, tolerance ${String(tolerance)})`).toBe(true);
}

const flat = (rate: string): Tier[] => [{ floor: '0', maintenanceMarginRate: rate }];

const isolated = (side: 'long' | 'short', size: string, entryPrice: string, margin: string, tiers: Tier[], extra: Partial<PositionInput> = {}): PositionInput => ({
  venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side, size, entryPrice, isolatedMargin: margin, tiers, ...extra,
});

describe('BG-1: Bitget API docs example, GET /api/v2/mix/position/all-position [G6] (§4.2, §5.3)', () => {
  // Isolated long 0.01 BTC @ 25,000, marginSize 9.6695050093373343, keepMarginRate 0.004, taker 0.0006.
  const input = isolated('long', '0.01', '25000', '9.6695050093373343', flat('0.004'), { takerFeeRate: '0.0006' });

  it('liquidationPrice 24144.1124161806977798 to all 21 printed significant digits', () => {
    const result = estimateLiquidation(input);
    expectClose(result.liquidationPrice, '24144.1124161806977798', '0.00000000000000005');
    expect(result.tierIndex).toBe(0);
  });

  it('the standard taker rate, 0.06 %, is the default (§4.5)', () => {
    const { takerFeeRate: _omit, ...withoutFee } = input;
    expectClose(estimateLiquidation(withoutFee).liquidationPrice, '24144.1124161806977798', '0.00000000000000005');
  });

  it('an isolated position is liquidated in full (§4.4: partial steps exclude isolated margin)', () => {
    expect(estimateLiquidation(input).partialLiquidation).toBe(false);
  });

  it('bankruptcy: margin + PnL = 0 at EP - M/Q (§1)', () => {
    expectClose(estimateLiquidation(input).bankruptcyPrice, new D(25000).minus(new D('9.6695050093373343').div('0.01')), '1e-30');
  });
});

describe('BG-3: tiered MM notice, BTCUSDT mark 110,000, 3 BTC, f 0.06 % [G4] (§4.3, §5.3)', () => {
  const tiers: Tier[] = [
    { floor: '0', cap: '200000', maintenanceMarginRate: '0.004' },
    { floor: '200000', maintenanceMarginRate: '0.005' },
  ];
  const at = (t: Tier[]) =>
    estimateLiquidation(isolated('long', '3', '110000', '33000', t, { markPrice: '110000', takerFeeRate: '0.0006' }));

  it('new rule (per slice): 200,000 x 0.46 % + 130,000 x 0.56 % = 1,648', () => {
    expectClose(at(tiers).maintenanceMargin, '1648', '1e-30');
  });

  it('the deduction form: PV x (m + f) - D with D = 200,000 x 0.1 % = 200', () => {
    expectClose(at(tiers).maintenanceMargin, new D(330000).times('0.0056').minus(200), '1e-30');
  });

  it('old rule (one rate on the whole value) 330,000 x 0.56 % = 1,848: the same fee inside, one tier given', () => {
    expectClose(at(flat('0.005')).maintenanceMargin, '1848', '1e-30');
  });

  it('margin ratio = MM / (margin + PnL) (§4.1 [G5], 100 % liquidates)', () => {
    expectClose(at(tiers).marginRatio, new D(1648).div(33000), '1e-30');
  });
});

describe('§4.5 bundled BTCUSDT table (2025-06-25 [G3]): per-slice MM, continuous across every bound', () => {
  const tiers = bitgetTiers.BTCUSDT!.tiers;
  /** Each slice of the value at its own tier's rate, plus the fee on the whole value: no deduction used. */
  function perSlice(value: D, fee: D): D {
    let mm = value.times(fee);
    tiers.forEach((t, k) => {
      const upper = tiers[k + 1] ? D.min(value, tiers[k + 1]!.floor) : value;
      if (upper.gt(t.floor)) mm = mm.plus(upper.minus(t.floor).times(t.maintenanceMarginRate));
    });
    return mm;
  }
  it.each(['1000', '150000', '150001', '330000', '900000', '5000000', '12000000', '40000000', '99999999', '180000000', '300000000', '1000000000'])(
    'MM at value %s equals the per-slice sum',
    (value) => {
      const result = estimateLiquidation(isolated('long', '1', value, value, tiers, { markPrice: value }));
      expectClose(result.maintenanceMargin, perSlice(new D(value), new D('0.0006')), '1e-20');
    },
  );
});

describe('§4.4 partial liquidation and §6.4 "no liquidation price"', () => {
  const tiers = bitgetTiers.BTCUSDT!.tiers;
  const cross = (size: string, wallet: string): PositionInput => ({
    venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', side: 'long', size, entryPrice: '100000', walletBalance: wallet, tiers,
  });
  it('cross in tier 1 at the liquidation price: closed whole; cross in tier 2: may be reduced first', () => {
    const small = estimateLiquidation(cross('1', '10000'));
    expect(small.tierIndex).toBe(0);
    expect(small.partialLiquidation).toBe(false);
    const large = estimateLiquidation(cross('5', '50000'));
    expect(large.tierIndex).toBe(1);
    expect(large.partialLiquidation).toBe(true);
  });
  it('a 1x long (margin = value) has no positive solution: null, like Bitget reporting <= 0', () => {
    const result = estimateLiquidation(isolated('long', '1', '25000', '25000', flat('0.004')));
    expect(result.liquidationPrice).toBeNull();
    expect(result.tierIndex).toBe(-1);
  });
});

describe('what Liqcheck does not model for Bitget is refused, naming the field', () => {
  const field = (input: PositionInput): string => {
    try {
      estimateLiquidation(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ModelInputError);
      return (error as ModelInputError).field;
    }
    throw new Error('expected a ModelInputError');
  };
  it('coin-M (inverse): the formula was not captured (§9.8)', () => {
    expect(field({ ...isolated('long', '1', '25000', '2500', flat('0.004')), contract: 'inverse', contractValue: '1' })).toBe('contract');
  });
  it('cross hedge mode with both legs: MM on the larger leg (§4.1 [G5])', () => {
    const input: PositionInput = {
      venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', positionMode: 'hedge', side: 'long', size: '1',
      entryPrice: '100000', walletBalance: '20000', tiers: flat('0.004'),
      otherPositions: [{ symbol: 'BTCUSDT', side: 'short', size: '0.5', entryPrice: '100000', markPrice: '100000' }],
    };
    expect(field(input)).toBe('otherPositions[0]');
  });
});
