// Invalid and hostile input: the model throws ModelInputError naming the field, and nothing else;
// whatever it returns is made of finite decimal strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceUsdmTiers } from '../venues/binance-usdm/tiers';
import { estimateLiquidation, maintenanceMargin, ModelInputError } from './index';
import type { PositionInput } from './types';

const tiers = binanceUsdmTiers.BTCUSDT!.tiers;
const base: PositionInput = {
  venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
  size: '1', entryPrice: '100000', markPrice: '99000', isolatedMargin: '10000', tiers,
};

function fieldOf(input: unknown): string {
  try {
    estimateLiquidation(input as PositionInput);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelInputError);
    return (error as ModelInputError).field;
  }
  throw new Error('expected a ModelInputError');
}

describe('ModelInputError names the bad field', () => {
  it.each<[string, Partial<PositionInput> | Record<string, unknown>, string]>([
    ['negative size', { size: '-1' }, 'size'],
    ['zero size', { size: '0' }, 'size'],
    ['zero entry price', { entryPrice: '0' }, 'entryPrice'],
    ['zero mark price', { markPrice: '0' }, 'markPrice'],
    ['"--" as size', { size: '--' }, 'size'],
    ['"N/A" as entry', { entryPrice: 'N/A' }, 'entryPrice'],
    ['locale format', { entryPrice: '100.000,5' }, 'entryPrice'],
    ['thousands separator', { entryPrice: '100,000' }, 'entryPrice'],
    ['a unit', { size: '1 BTC' }, 'size'],
    ['a number, not a string', { size: 1 }, 'size'],
    ['NaN', { entryPrice: 'NaN' }, 'entryPrice'],
    ['Infinity', { entryPrice: 'Infinity' }, 'entryPrice'],
    ['hex', { entryPrice: '0x10' }, 'entryPrice'],
    ['absurd exponent', { entryPrice: '1e999999' }, 'entryPrice'],
    ['10,000 digits (issue 17)', { entryPrice: `1.${'0'.repeat(10_000)}` }, 'entryPrice'],
    ['a 129-character decimal (issue 17)', { size: `1.${'0'.repeat(127)}` }, 'size'],
    ['missing isolated margin', { isolatedMargin: undefined }, 'isolatedMargin'],
    ['negative isolated margin', { isolatedMargin: '-5' }, 'isolatedMargin'],
    ['missing wallet for cross', { marginMode: 'cross' }, 'walletBalance'],
    ['empty tiers', { tiers: [] }, 'tiers'],
    ['tiers not a list', { tiers: 'x' }, 'tiers'],
    ['rate as a percent', { tiers: [{ floor: '0', maintenanceMarginRate: '0.4' }, { floor: '10', maintenanceMarginRate: '1.5' }] }, 'tiers[1].maintenanceMarginRate'],
    ['floors out of order', { tiers: [{ floor: '0', maintenanceMarginRate: '0.004' }, { floor: '0', maintenanceMarginRate: '0.005' }] }, 'tiers[1].floor'],
    ['unknown venue', { venue: 'mtgox' }, 'venue'],
    ['wrong contract for the venue', { contract: 'inverse' }, 'contract'],
    ['bad side', { side: 'buy' }, 'side'],
    ['bad margin mode', { marginMode: 'portfolio' }, 'marginMode'],
    ['bad position mode', { positionMode: 'both' }, 'positionMode'],
    ['fee as a percent', { takerFeeRate: '5' }, 'takerFeeRate'],
  ])('%s', (_name, patch, field) => {
    expect(fieldOf({ ...base, ...patch })).toBe(field);
  });

  it('not an object', () => {
    expect(fieldOf(null)).toBe('input');
    expect(fieldOf('BTCUSDT')).toBe('input');
  });

  it('other positions: a second leg on the same symbol in one-way mode, or a same-side leg in hedge mode', () => {
    const cross = { ...base, marginMode: 'cross' as const, walletBalance: '10000' };
    const leg = { symbol: 'BTCUSDT', side: 'short' as const, size: '1', entryPrice: '100000', markPrice: '99000' };
    expect(fieldOf({ ...cross, otherPositions: [leg] })).toBe('otherPositions[0].symbol');
    expect(fieldOf({ ...cross, positionMode: 'hedge', otherPositions: [{ ...leg, side: 'long' }] })).toBe('otherPositions[0].side');
    expect(fieldOf({ ...cross, otherPositions: [{ ...leg, symbol: 'ETHUSDT' }] })).toBe('otherPositions[0].maintenanceMarginRate');
    expect(fieldOf({ ...cross, otherPositions: [{ ...leg, symbol: 'ETHUSDT', markPrice: '--', maintenanceMarginRate: '0.01' }] })).toBe(
      'otherPositions[0].markPrice',
    );
  });

  it('a cross position under its maintenance margin at every price is refused, not shown as "none"', () => {
    // Short 1 @ 100,000, wallet 0, ETH losing 200,000: equity < MM even at a zero price.
    const input: PositionInput = {
      ...base, marginMode: 'cross', side: 'short', walletBalance: '0', isolatedMargin: undefined,
      otherPositions: [{ symbol: 'ETHUSDT', side: 'long', size: '100', entryPrice: '3000', markPrice: '1000', maintenanceMarginRate: '0.01' }],
    };
    expect(fieldOf(input)).toBe('walletBalance');
    // Callers act on this case (pre-trade it means liquidation on fill): it carries a code.
    expect(() => estimateLiquidation(input)).toThrow(expect.objectContaining({ code: 'below-maintenance' }));
  });

  it('other invalid input carries no code', () => {
    expect(() => estimateLiquidation({ ...base, size: '-1' })).toThrow(expect.objectContaining({ code: undefined }));
  });

  it('maintenanceMargin() validates too', () => {
    expect(() => maintenanceMargin('-1', tiers)).toThrow(ModelInputError);
    expect(() => maintenanceMargin('100', [])).toThrow(ModelInputError);
  });
});

describe('random input never yields NaN/Infinity or another exception', () => {
  const PLAIN = /^-?\d+(\.\d+)?$/;
  const decimalish = fc.oneof(
    fc.constantFrom('0', '-0', '1', '-1', '0.000000001', '1e30', '1e-30', '--', 'N/A', '', ' ', '1,5', 'Infinity', '9'.repeat(50)),
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => (n / 1000).toString()),
    fc.double({ noNaN: false }).map((d) => String(d)),
    fc.string({ maxLength: 8 }),
    fc.constant(undefined),
  );
  const tierArb = fc.record({ floor: decimalish, maintenanceMarginRate: decimalish, maintenanceAmount: decimalish }, { requiredKeys: [] });
  const inputArb = fc.record(
    {
      venue: fc.constantFrom('binance-usdm', 'binance-coinm', 'okx', 'nope'),
      symbol: fc.constantFrom('BTCUSDT', 'ETHUSDT', ''),
      contract: fc.constantFrom('linear', 'inverse'),
      marginMode: fc.constantFrom('isolated', 'cross', 'x'),
      positionMode: fc.constantFrom('one-way', 'hedge', undefined),
      side: fc.constantFrom('long', 'short', 'flat'),
      size: decimalish,
      entryPrice: decimalish,
      markPrice: decimalish,
      isolatedMargin: decimalish,
      walletBalance: decimalish,
      contractValue: decimalish,
      tiers: fc.oneof(fc.constant(tiers), fc.array(tierArb, { maxLength: 3 })),
      otherPositions: fc.array(
        fc.record({
          symbol: fc.constantFrom('BTCUSDT', 'ETHUSDT'),
          side: fc.constantFrom('long', 'short'),
          size: decimalish,
          entryPrice: decimalish,
          markPrice: decimalish,
          maintenanceMarginRate: decimalish,
        }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  );

  it('returns finite plain decimals or throws ModelInputError', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        let result;
        try {
          result = estimateLiquidation(input as unknown as PositionInput);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelInputError);
          return;
        }
        for (const value of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin, result.marginRatio]) {
          if (value !== null && value !== undefined) expect(value).toMatch(PLAIN);
        }
        expect(Number.isInteger(result.tierIndex)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('valid random positions (isolated and cross, long and short) always give finite plain decimals', () => {
    const valid = fc.record({
      side: fc.constantFrom('long' as const, 'short' as const),
      marginMode: fc.constantFrom('isolated' as const, 'cross' as const),
      size: fc.integer({ min: 1, max: 10 ** 9 }).map((n) => (n / 1000).toString()),
      entryPrice: fc.integer({ min: 1, max: 10 ** 9 }).map((n) => (n / 1000).toString()),
      markPrice: fc.integer({ min: 1, max: 10 ** 9 }).map((n) => (n / 1000).toString()),
      margin: fc.integer({ min: 0, max: 10 ** 12 }).map((n) => (n / 100).toString()),
    });
    fc.assert(
      fc.property(valid, (v) => {
        const input: PositionInput = {
          ...base, side: v.side, marginMode: v.marginMode, size: v.size, entryPrice: v.entryPrice, markPrice: v.markPrice,
          isolatedMargin: v.margin, walletBalance: v.margin,
        };
        const result = estimateLiquidation(input);
        for (const value of [result.liquidationPrice, result.bankruptcyPrice, result.maintenanceMargin, result.marginRatio]) {
          if (value !== null && value !== undefined) expect(value).toMatch(PLAIN);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
