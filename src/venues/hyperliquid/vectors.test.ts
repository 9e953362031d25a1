// Hyperliquid vectors from docs/rules/hyperliquid-and-others.md §1.3, §1.8, §1.9.
// Every expected value comes from the reference or from an independent computation here; none is
// copied from the model.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { hyperliquidTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { OtherPosition, PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });
type D = InstanceType<typeof D>;

function expectClose(actual: string | null | undefined, expected: Decimal.Value, tolerance: Decimal.Value): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${String(expected)} (gap ${gap.toString()}, tolerance ${String(tolerance)})`).toBe(true);
}

/** One tier of max leverage L, as the worker builds it from `meta` (rate 1/(2L)). */
const single = (maxLeverage: string): Tier[] => [{ floor: '0', maxLeverage, maintenanceMarginRate: new D(1).div(new D(maxLeverage).times(2)).toString() }];

describe('§1.9 official docs clearinghouseState example: isolated ETH long, maxLeverage 50', () => {
  // szi 0.0335, entryPx 2986.3, rawUsd -95.059824, positionValue 100.02765 (mark 2985.9) -> liquidationPx 2866.26936529.
  // rawUsd = isolated cash - szi x entryPx (§1.4), so the isolated margin without PnL is rawUsd + szi x entryPx.
  const margin = new D('-95.059824').plus(new D('0.0335').times('2986.3'));
  const input: PositionInput = {
    venue: 'hyperliquid', symbol: 'ETH', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.0335',
    entryPrice: '2986.3', markPrice: '2985.9', isolatedMargin: margin.toString(), leverage: '20', tiers: single('50'),
  };
  const result = estimateLiquidation(input);

  it('API liquidationPx 2866.26936529 within 1e-8 relative (the reference: rel. diff 5e-9 from rawUsd rounded to 6 dp)', () => {
    expectClose(result.liquidationPrice, '2866.26936529', new D('2866.26936529').times('1e-8'));
  });

  it('the reference recomputation 95.059824 / (0.0335 x 0.99) = 2866.26938037 to 8 decimals', () => {
    expectClose(result.liquidationPrice, '2866.26938037', '0.000000005');
    expect(result.tierIndex).toBe(0);
    expect(result.partialLiquidation).toBe(false);
  });

  it('MM at mark = positionValue x 1 % = 1.0002765; equity at mark = marginUsed 4.967826 (field identity §1.7)', () => {
    expectClose(result.maintenanceMargin, '1.0002765', '1e-30');
    // Bankruptcy: margin + PnL = 0 -> P = -rawUsd / szi.
    expectClose(result.bankruptcyPrice, new D('95.059824').div('0.0335'), '1e-30');
    expect(result.marginRatio).toBeUndefined();
  });
});

describe('§1.9 legacy cross vectors (python SDK cassette, 2023): the cross solve and null for non-positive solutions', () => {
  // Cross account value 1182.312496; every asset maxLeverage 50. The reference's "current formula" column
  // (with the (1 - σ r) factor, the rule Liqcheck implements) is the expectation; the API column is the
  // 2023 legacy form and is not used to validate the factor (§1.8).
  const ACCOUNT_VALUE = new D('1182.312496');
  type Row = [coin: string, szi: string, entryPx: string, positionValue: string, current: string | null, currentPrinted: string];
  const rows: Row[] = [
    ['BTC', '-0.00785', '26951.0', '211.64542', '171750.79988144', '171750.79988144'],
    ['ETH', '0.1334', '1705.82', '227.675114', null, '-6985.64'],
    ['ATOM', '-0.45', '10.787', '4.86', '2536.57413127', '2536.57413127'],
    ['MATIC', '76.6', '1.03483', '79.3576', null, '-14.10'],
    ['DYDX', '-121.2', '2.36808', '287.244', '11.74787425', '11.74787425'],
    ['SOL', '7.39', '19.6789', '145.5091', null, '-137.22'],
    ['AVAX', '28.3', '16.3839', '464.12', null, '-24.57'],
    ['BNB', '1.916', '306.509', '588.0204', null, '-298.30'],
    ['APE', '-131.8', '3.86082', '509.5388', '12.48965978', '12.48965978'],
    ['OP', '-76.4', '2.04459', '156.238', '16.92194187', '16.92194187'],
    ['LTC', '5.33', '88.0926', '469.7862', null, '-129.41'],
    ['ARB', '246.5', '1.17991', '290.8207', null, '-3.52'],
  ];
  const markOf = (r: Row) => new D(r[3]).div(new D(r[1]).abs());
  const pnlOf = (r: Row) => new D(r[1]).times(markOf(r).minus(r[2]));
  // The wallet without PnL: account value less every cross position's unrealized PnL.
  const wallet = rows.reduce((w, r) => w.minus(pnlOf(r)), ACCOUNT_VALUE);

  it('the transcription is whole: Σ positionValue = totalNtlPos 3434.815334', () => {
    const total = rows.reduce((sum, r) => sum.plus(r[3]), new D(0));
    expect(total.eq('3434.815334')).toBe(true);
  });

  it.each(rows)('%s szi %s', (coin, szi, entryPx, _value, current, printed) => {
    const others: OtherPosition[] = rows
      .filter((r) => r[0] !== coin)
      .map((r) => ({
        symbol: r[0], side: new D(r[1]).gt(0) ? 'long' : 'short', size: new D(r[1]).abs().toString(), entryPrice: r[2],
        markPrice: markOf(r).toString(), tiers: single('50'),
      }));
    const input: PositionInput = {
      venue: 'hyperliquid', symbol: coin, contract: 'linear', marginMode: 'cross', side: new D(szi).gt(0) ? 'long' : 'short',
      size: new D(szi).abs().toString(), entryPrice: entryPx, markPrice: markOf(rows.find((r) => r[0] === coin)!).toString(),
      walletBalance: wallet.toString(), otherPositions: others, tiers: single('50'),
    };
    const result = estimateLiquidation(input);
    if (current === null) {
      // The solution is negative (the reference prints it to 2 decimals): no liquidation price (API null).
      expect(result.liquidationPrice).toBeNull();
      expect(result.tierIndex).toBe(-1);
      expect(new D(printed).lt(0)).toBe(true);
      return;
    }
    expectClose(result.liquidationPrice, current, '0.000000006');
  });
});

describe('§1.3 margin tiers: rate 1/(2 x max leverage), deduction from the recurrence', () => {
  /** MM charged per slice, each slice of the notional at its own tier's rate: independent of any deduction. */
  function perSlice(notional: D, tiers: Array<[bound: string, maxLeverage: string]>): D {
    let mm = new D(0);
    tiers.forEach(([bound, lev], k) => {
      const upper = tiers[k + 1] ? D.min(notional, tiers[k + 1]![0]) : notional;
      if (upper.gt(bound)) mm = mm.plus(upper.minus(bound).div(new D(lev).times(2)));
    });
    return mm;
  }
  const mmAt = (tiers: Tier[], notional: string) => {
    // Size 1 at mark = notional: the model's MM at the mark is MM(notional).
    const result = estimateLiquidation({
      venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1',
      entryPrice: notional, markPrice: notional, isolatedMargin: notional, tiers,
    });
    return result.maintenanceMargin;
  };
  const testnetBtc: Array<[string, string]> = [['0', '40'], ['10000', '25'], ['50000', '10'], ['100000', '5'], ['300000', '3']];
  const testnetTiers: Tier[] = testnetBtc.map(([floor, lev]) => ({ floor, maxLeverage: lev, maintenanceMarginRate: new D(1).div(new D(lev).times(2)).toString() }));

  it.each<[string, Tier[], string, string, string]>([
    // table, tiers, notional, reference rate r_k, reference deduction D_k
    ['BTC mainnet tier 1', hyperliquidTiers.BTC!.tiers, '200000000', '0.025', '1875000'],
    ['ETH mainnet tier 1', hyperliquidTiers.ETH!.tiers, '120000000', new D(1).div(30).toString(), new D('100000000').times(new D(1).div(30).minus('0.02')).toString()],
    ['docs testnet BTC tier 1', testnetTiers, '20000', '0.02', '75'],
    ['docs testnet BTC tier 2', testnetTiers, '70000', '0.05', '1575'],
    ['docs testnet BTC tier 3', testnetTiers, '200000', '0.1', '6575'],
    ['docs testnet BTC tier 4', testnetTiers, '400000', new D(1).div(6).toString(), '26575'],
  ])('%s: MM(N) = N x r_k - D_k', (_id, tiers, notional, rate, deduction) => {
    const expected = new D(notional).times(rate).minus(deduction);
    // The reference prints D to whole units (26,575 for 1/6): compare at 1e-6 of the MM.
    expectClose(mmAt(tiers, notional), expected, expected.times('1e-6'));
  });

  it('ETH D_1 = 1,333,333.33… (reference) from the bundled ETH table', () => {
    expectClose(mmAt(hyperliquidTiers.ETH!.tiers, '100000000'), new D('100000000').times('0.02'), '1e-20');
    const mm = new D(mmAt(hyperliquidTiers.ETH!.tiers, '150000000') as string);
    const deduction = new D('150000000').div(30).minus(mm);
    expect(deduction.minus('1333333.33').abs().lt('0.01')).toBe(true);
  });

  it.each(['5000', '10000', '42000', '100000', '299999', '300000', '1000000'])('testnet table at notional %s equals the per-slice sum', (n) => {
    expectClose(mmAt(testnetTiers, n), perSlice(new D(n), testnetBtc), '1e-25');
  });

  it('a rounded display rate beside maxLeverage is accepted (1.67 % for 30x); a contradicting one is refused', () => {
    const rounded: Tier[] = [{ floor: '0', maxLeverage: '30', maintenanceMarginRate: '0.0167' }];
    expectClose(mmAt(rounded, '1000'), new D(1000).div(60), '1e-25');
    const wrong: Tier[] = [{ floor: '0', maxLeverage: '50', maintenanceMarginRate: '0.02' }];
    expect(() => mmAt(wrong, '1000')).toThrow(ModelInputError);
  });
});

describe('§1.8 partial liquidation: positions above 100k USDC go 20 % at a time', () => {
  const at = (size: string) =>
    estimateLiquidation({
      venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size,
      entryPrice: '100000', isolatedMargin: new D(size).times(100000).div(10).toString(), tiers: hyperliquidTiers.BTC!.tiers,
    });
  it('1 BTC at 10x liquidates near 91,100: notional below 100k, closed whole', () => {
    const result = at('1');
    expect(new D(result.liquidationPrice as string).lt(100000)).toBe(true);
    expect(result.partialLiquidation).toBe(false);
  });
  it('2 BTC at 10x: notional at the liquidation price above 100k, partial', () => {
    const result = at('2');
    expect(new D(result.liquidationPrice as string).times(2).gt(100000)).toBe(true);
    expect(result.partialLiquidation).toBe(true);
  });
});
