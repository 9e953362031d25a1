// OKX vectors from docs/rules/bybit-okx-bitget.md §5.2 and §5.4 (okx rows),
// plus the tier-by-contracts rule of §3.3 and the partial rule of §3.4. Every expected value comes
// from the reference; none is copied from this code.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { okxTiers } from './tiers';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { PositionInput, Tier } from '../../model/types';

const D = Decimal.clone({ precision: 50 });

/** |actual - expected| <= tolerance, in decimal arithmetic. */
function expectClose(actual: string | null | undefined, expected: string, tolerance: string): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${expected} (gap ${gap.toString()}, tolerance ${tolerance})`).toBe(true);
}

const flat = (rate: string): Tier[] => [{ floor: '0', maintenanceMarginRate: rate }];

const inverse = (side: 'long' | 'short', contracts: string, contractValue: string, entryPrice: string, margin: string, tiers: Tier[]): PositionInput => ({
  venue: 'okx', symbol: 'BTC-USD-SWAP', contract: 'inverse', marginMode: 'isolated', side, size: contracts, contractValue, entryPrice,
  isolatedMargin: margin, tiers,
});

const linear = (side: 'long' | 'short', size: string, contractSize: string, entryPrice: string, margin: string, tiers: Tier[]): PositionInput => ({
  venue: 'okx', symbol: 'ETH-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side, size, contractSize, entryPrice,
  isolatedMargin: margin, tiers,
});

describe('OK-1 / OK-1b: OKX API docs example, GET /api/v5/account/positions, ETH-USD-210430 [O5]', () => {
  // Long 1 contract of 10 USD, isolated, 10x; MMR 0.8 %, taker 0.05 %; upl -0.0000009932766034 -> mark 2565.656.
  const input: PositionInput = {
    venue: 'okx', symbol: 'ETH-USD-210430', contract: 'inverse', marginMode: 'isolated', side: 'long', size: '1', contractValue: '10',
    entryPrice: '2566.31', markPrice: '2565.656', isolatedMargin: '0.0003896645377994', tiers: flat('0.008'), takerFeeRate: '0.0005',
  };
  const result = estimateLiquidation(input);

  it('OK-1 mgnRatio 11.731726509588816 to 13 significant digits (reference tolerance)', () => {
    expectClose(result.marginRatio, '11.731726509588816', '0.000000000005');
  });

  it('OK-1 at mark 2565.656 the docs mgnRatio is reproduced to 16 significant digits (docs upl is that PnL rounded)', () => {
    expectClose(result.marginRatio, '11.731726509588816', '0.000000000000002');
  });

  it('OK-1 maintenance margin (docs field mmr) 0.0000311811092368: MM without the liquidation fee', () => {
    expectClose(result.maintenanceMargin, '0.0000311811092368', '0.00000000000000005');
  });

  it('OK-1b liqPx: docs 2352.8496681818233 within the reference tolerance 0.02; formula 2352.8396681818228', () => {
    expectClose(result.liquidationPrice, '2352.8496681818233', '0.02');
    expectClose(result.liquidationPrice, '2352.8396681818228', '0.0000000000005');
    expect(result.tierIndex).toBe(0);
    expect(result.partialLiquidation).toBe(false);
  });
});

describe('OK-4: BTC-USD-SWAP isolated inverse, F = 10,000 USD @ 50,000, 10x (M = 0.02 BTC), MMR 0.4 %, fee 0.05 % (§5.2, derived)', () => {
  it.each<[string, 'long' | 'short', string]>([
    ['OK-4 long', 'long', '45659.090909090909'],
    ['OK-4 short', 'short', '55305.555555555556'],
  ])('%s -> %s', (_id, side, expected) => {
    // BTC-USD-SWAP: 100 contracts of 100 USD.
    const result = estimateLiquidation(inverse(side, '100', '100', '50000', '0.02', flat('0.004')));
    expectClose(result.liquidationPrice, expected, '0.0000000000005');
    expect(result.tierIndex).toBe(0);
  });

  it('OK-4 bankruptcy: equity zero at F/(F/EP + M) long and F/(F/EP - M) short (§1)', () => {
    const long = estimateLiquidation(inverse('long', '100', '100', '50000', '0.02', flat('0.004')));
    const short = estimateLiquidation(inverse('short', '100', '100', '50000', '0.02', flat('0.004')));
    expectClose(long.bankruptcyPrice, new D(10000).div(new D(0.2).plus(0.02)).toString(), '1e-20');
    expectClose(short.bankruptcyPrice, new D(10000).div(new D(0.2).minus(0.02)).toString(), '1e-20');
  });
});

describe("§5.4 freqtrade test_get_liquidation_price, okx/gate rows (the §3.2 isolated linear formula, m + f = 0.0106) [F1]", () => {
  // mm_ratio 0.01, taker 0.0006, wallet = amount * open / leverage. With one flat tier the contract
  // size cannot change the price, so the rows are run at ctVal 1 and 0.1.
  it.each<[string, 'long' | 'short', string, string, string, string]>([
    ['#1 gate', 'short', '5', '10', '1.0', '11.87413417771621'],
    ['#2 gate', 'short', '5', '10', '2.0', '11.87413417771621'],
    ['#3 gate', 'short', '3', '10', '1.0', '13.193482419684678'],
    ['#4 gate', 'short', '5', '8', '1.0', '9.499307342172967'],
    ['#5 okx', 'short', '3', '10', '1.0', '13.193482419684678'],
    ['#6 gate', 'long', '5', '10', '1.0', '8.085708510208207'],
    ['#7 gate', 'long', '3', '10', '1.0', '6.738090425173506'],
    ['#8 okx', 'long', '3', '10', '1.0', '6.738090425173506'],
  ])('%s %s %sx open %s amount %s -> %s', (_id, side, leverage, open, amount, expected) => {
    const wallet = new D(amount).times(open).div(leverage).toString();
    for (const contractSize of ['1', '0.1']) {
      const result = estimateLiquidation({ ...linear(side, amount, contractSize, open, wallet, flat('0.01')), takerFeeRate: '0.0006' });
      // freqtrade computes in float64: 15 significant digits.
      expectClose(result.liquidationPrice, expected, new D(expected).times('1e-14').toString());
    }
  });
});

describe('§3.3 tiers count contracts; §5.4 freqtrade test_get_maintenance_ratio_and_amt_okx tier lookups', () => {
  // freqtrade's OKX fixtures, read as OKX means them: minSz/maxSz in contracts (§6.2 quirk 2).
  const ETH: Tier[] = [
    { floor: '0', cap: '2000', maintenanceMarginRate: '0.01' },
    { floor: '2001', cap: '4000', maintenanceMarginRate: '0.015' },
    { floor: '4001', cap: '8000', maintenanceMarginRate: '0.02' },
  ];
  const ADA: Tier[] = [
    { floor: '0', cap: '500', maintenanceMarginRate: '0.02' },
    { floor: '501', cap: '1000', maintenanceMarginRate: '0.025' },
    { floor: '1001', cap: '2000', maintenanceMarginRate: '0.03' },
  ];
  it.each<[string, Tier[], string, string]>([
    ['ETH 2000', ETH, '2000', '0.01'],
    ['ETH 2001', ETH, '2001', '0.015'],
    ['ETH 4001', ETH, '4001', '0.02'],
    ['ETH 8000', ETH, '8000', '0.02'],
    ['ADA 1', ADA, '1', '0.02'],
    ['ADA 2000', ADA, '2000', '0.03'],
  ])('%s contracts -> MMR %s', (_id, tiers, contracts, rate) => {
    // Inverse: the size is the contract count. The entry price is irrelevant to the tier.
    for (const entryPrice of ['1', '3000', '90000']) {
      const notional = new D(contracts).times(10).div(entryPrice);
      const result = estimateLiquidation(inverse('long', contracts, '10', entryPrice, notional.div(5).toString(), tiers));
      expect(tiers[result.tierIndex]!.maintenanceMarginRate).toBe(rate);
    }
  });

  it('linear: contracts = size / ctVal; a size between one cap and the next floor is above the lower tier', () => {
    // 20.005 ETH at ctVal 0.01 = 2000.5 contracts: beyond tier 1's maxSz 2000.
    const at = (size: string) => estimateLiquidation(linear('long', size, '0.01', '3000', '10000', ETH)).tierIndex;
    expect(at('20')).toBe(0);
    expect(at('20.005')).toBe(1);
    expect(at('20.01')).toBe(1);
  });

  it('a deduction in an OKX table is refused, naming the field', () => {
    const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.01' }, { floor: '2001', maintenanceMarginRate: '0.015', maintenanceAmount: '10' }];
    expect(() => estimateLiquidation(inverse('long', '10', '10', '3000', '0.01', tiers))).toThrowError(
      expect.objectContaining({ name: 'ModelInputError', field: 'tiers[1].maintenanceAmount' }),
    );
  });

  it('linear OKX without contractSize is refused, naming contractSize', () => {
    const input = linear('long', '1', '0.1', '3000', '100', ETH);
    delete input.contractSize;
    expect(() => estimateLiquidation(input)).toThrow(ModelInputError);
    expect(() => estimateLiquidation(input)).toThrowError(expect.objectContaining({ field: 'contractSize' }));
  });
});

describe('§3.4 partial liquidation: tier 3 and up may be partial, tiers 1-2 close in full [O6b]', () => {
  const tiers: Tier[] = [
    { floor: '0', cap: '500', maintenanceMarginRate: '0.004' },
    { floor: '501', cap: '1000', maintenanceMarginRate: '0.006' },
    { floor: '1001', cap: '2000', maintenanceMarginRate: '0.01' },
    { floor: '2001', cap: '4000', maintenanceMarginRate: '0.02' },
  ];
  it.each<[string, number, boolean]>([
    ['300', 0, false],
    ['800', 1, false],
    ['1500', 2, true],
    ['3000', 3, true],
  ])('%s contracts: tier %i, partial %s', (contracts, tierIndex, partial) => {
    const result = estimateLiquidation(inverse('short', contracts, '100', '50000', new D(contracts).times(100).div(50000).div(10).toString(), tiers));
    expect(result.tierIndex).toBe(tierIndex);
    expect(result.partialLiquidation).toBe(partial);
  });
});

describe('Bundled BTC-USDT-SWAP tier 1 (§3.3 [O7]): 0-1000 contracts at ctVal 0.01, MMR 0.4 %', () => {
  const table = okxTiers['BTC-USDT-SWAP']!;
  const btc = (size: string, entryPrice = '60000'): PositionInput => ({
    venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size, contractSize: table.contractSize,
    entryPrice, markPrice: entryPrice, isolatedMargin: new D(size).times(entryPrice).div(100).toString(), tiers: table.tiers,
  });

  it('10 BTC (1000 contracts) is tier 1 with no caveat; the long liquidates at (EP - M/Q) / (1 - 0.004 - 0.0005) (§3.2)', () => {
    const result = estimateLiquidation(btc('10'));
    expect(result.tierIndex).toBe(0);
    expect(result.assumptions.join(' ')).not.toMatch(/beyond/);
    const ep = new D(60000);
    expectClose(result.liquidationPrice, ep.minus(ep.div(100)).div(new D(1).minus('0.0045')).toString(), '1e-25');
    // MM 0.4 % of the position value at mark (no fee); margin ratio = equity / (MM + fee at 0.05 %).
    expectClose(result.maintenanceMargin, '2400', '1e-25');
    expectClose(result.marginRatio, new D(6000).div(new D(600000).times('0.0045')).toString(), '1e-25');
  });

  it('above 1000 contracts the estimate says the table ends (only tier 1 is bundled)', () => {
    expect(estimateLiquidation(btc('10.01')).assumptions.join(' ')).toMatch(/beyond the last tier's cap/);
  });
});
