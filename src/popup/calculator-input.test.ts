import { describe, expect, it } from 'vitest';
import { estimateLiquidation } from '../model';
import { calculatorInput, type CalculatorForm } from './calculator-input';
import { calculatorMarkets } from './calculator-tables';

const form = (over: Partial<CalculatorForm>): CalculatorForm => ({
  venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', marginMode: 'isolated', size: '1', entryPrice: '100000', leverage: '10', margin: '', wallet: '', markPrice: '', ...over,
});

describe('calculatorInput', () => {
  it('D1 (liquidation-binance.md §8): 1 BTC at 100,000, 10x isolated -> 90,361.445783', () => {
    const built = calculatorInput(form({}), calculatorMarkets);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input.isolatedMargin).toBe('10000');
    const lp = estimateLiquidation(built.input).liquidationPrice!;
    expect(Math.abs(Number(lp) - 90361.445783)).toBeLessThan(1e-6);
  });

  it('D16: COIN-M, 1,000 contracts (CV 100) at 100,000, 10x: margin 0.1 BTC -> 91,272.727273', () => {
    const built = calculatorInput(form({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', size: '1000' }), calculatorMarkets);
    expect(built.ok && built.input.isolatedMargin).toBe('0.1');
    if (!built.ok) return;
    expect(Math.abs(Number(estimateLiquidation(built.input).liquidationPrice) - 91272.727273)).toBeLessThan(1e-6);
  });

  it('BG-1 (Bybit/OKX/Bitget reference §5.3): Bitget BTCUSDT long 0.01 @ 25,000 with margin 9.66950500933733 -> 24,144.11', () => {
    const built = calculatorInput(form({ venue: 'bitget', size: '0.01', entryPrice: '25000', margin: '9.6695050093373343' }), calculatorMarkets);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(Math.abs(Number(estimateLiquidation(built.input).liquidationPrice) - 24144.1124161806977798)).toBeLessThan(1e-8);
  });

  it('offers every venue that has a bundled table', () => {
    expect(calculatorMarkets.map((m) => m.venue)).toEqual(['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget']);
  });

  it('names every field it cannot use, and never guesses', () => {
    const built = calculatorInput(form({ size: '', entryPrice: 'abc', marginMode: 'cross', wallet: '-5' }), calculatorMarkets);
    expect(built).toEqual({ ok: false, problems: ['Size: enter a number', 'Entry price: "abc" is not a positive number', 'Wallet balance: "-5" is not a positive number'] });
  });

  it('refuses a symbol it has no table for', () => {
    expect(calculatorInput(form({ symbol: 'SOLUSDT' }), calculatorMarkets)).toEqual({ ok: false, problems: ['no tier table for SOLUSDT on binance-usdm'] });
  });
});
