// The tier-table cache must never change a result: a table edited in place, or made invalid, is
// resolved afresh; each way of resolving (derived deduction, none, rate from max leverage) is kept apart.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation, maintenanceMargin, ModelInputError } from './index';
import { resolveTiers } from './tiers';
import type { PositionInput, Tier } from './types';

const D = Decimal.clone({ precision: 50 });

const table = (): Tier[] => [
  { floor: '0', maintenanceMarginRate: '0.01' },
  { floor: '1000', maintenanceMarginRate: '0.02' },
];

describe('resolved tier tables are cached per array, never at the cost of a result', () => {
  it('the same array gives the same maintenance margin every time (2,000 x 2 % - 1,000 x 1 % = 30)', () => {
    const tiers = table();
    expect(maintenanceMargin('2000', tiers)).toBe('30');
    expect(maintenanceMargin('2000', tiers)).toBe('30');
    expect(maintenanceMargin('500', tiers)).toBe('5');
  });

  it('a rate edited in place is read again (2,000 x 3 % - 1,000 x 2 % = 40)', () => {
    const tiers = table();
    expect(maintenanceMargin('2000', tiers)).toBe('30');
    (tiers[1] as Tier).maintenanceMarginRate = '0.03';
    expect(maintenanceMargin('2000', tiers)).toBe('40');
  });

  it('a tier replaced, added or removed in place is read again', () => {
    const tiers = table();
    expect(maintenanceMargin('2000', tiers)).toBe('30');
    tiers[1] = { floor: '1500', maintenanceMarginRate: '0.02' };
    expect(maintenanceMargin('2000', tiers)).toBe('25'); // 2,000 x 2 % - 1,500 x 1 %
    tiers.push({ floor: '1800', maintenanceMarginRate: '0.05' });
    expect(maintenanceMargin('2000', tiers)).toBe('31'); // 2,000 x 5 % - (15 + 1,800 x 3 %)
    tiers.pop();
    expect(maintenanceMargin('2000', tiers)).toBe('25');
  });

  it('a table made invalid in place is refused, after it was used', () => {
    const tiers = table();
    expect(maintenanceMargin('2000', tiers)).toBe('30');
    (tiers[1] as Tier).floor = '0';
    expect(() => maintenanceMargin('2000', tiers)).toThrow(ModelInputError);
    (tiers[1] as Tier).floor = '1000';
    (tiers[0] as Tier).maintenanceMarginRate = '1.5';
    expect(() => maintenanceMargin('2000', tiers)).toThrow(/must be below 1/);
  });

  it('each way of resolving is kept apart: a deduction OKX refuses is still refused after Binance used the table', () => {
    const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.01', maintenanceAmount: '5' }];
    expect(resolveTiers(tiers)[0]!.amount.toString()).toBe('5');
    expect(() => resolveTiers(tiers, 'tiers', 'none')).toThrow(/no maintenance deduction/);
    // A rate rounded for display beside maxLeverage 25: as given, or 1/(2 x 25) = 0.02 (Hyperliquid).
    const withLeverage: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.0199', maxLeverage: '25' }];
    expect(resolveTiers(withLeverage)[0]!.rate.toString()).toBe('0.0199');
    expect(resolveTiers(withLeverage, 'tiers', 'derived', true)[0]!.rate.toString()).toBe('0.02');
    expect(resolveTiers(withLeverage)[0]!.rate.toString()).toBe('0.0199');
  });

  it('an estimate follows a table edited between two calls (isolated long, 1 BTC at 100,000, margin 10,000)', () => {
    const tiers: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.01' }];
    const input: PositionInput = {
      venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
      size: '1', entryPrice: '100000', isolatedMargin: '10000', tiers,
    };
    // 10,000 + (P - 100,000) = 0.01 P  =>  P = 90,000 / 0.99
    const first = new D(estimateLiquidation(input).liquidationPrice as string);
    expect(first.minus(new D(90000).div('0.99')).abs().lt('1e-30')).toBe(true);
    (tiers[0] as Tier).maintenanceMarginRate = '0.1';
    // 10,000 + (P - 100,000) = 0.1 P  =>  P = 100,000
    expect(estimateLiquidation(input).liquidationPrice).toBe('100000');
  });
});
