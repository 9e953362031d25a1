import { describe, expect, it } from 'vitest';
import { estimateLiquidation } from '../model';
import { DEFAULT_FORM, type CalculatorForm } from './calculator-form';
import { calculatorInput } from './calculator-input';
import { calculatorMarkets } from './calculator-tables';

const form = (over: Partial<CalculatorForm>): CalculatorForm => ({ ...DEFAULT_FORM, size: '1', entryPrice: '100000', leverage: '10', ...over });

describe('calculatorInput', () => {
  it('D1 (docs/rules/binance.md §8): 1 BTC at 100,000, 10x isolated -> 90,361.445783', () => {
    const built = calculatorInput(form({}), calculatorMarkets);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input.isolatedMargin).toBe('10000');
    const lp = estimateLiquidation(built.input).liquidationPrice!;
    expect(Math.abs(Number(lp) - 90361.445783)).toBeLessThan(1e-6);
  });

  it('D16: COIN-M, 1,000 contracts (CV 100) at 100,000, 10x: margin 0.1 BTC -> 91,272.727273', () => {
    const built = calculatorInput(form({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', contract: 'inverse', contractValue: '100', size: '1000' }), calculatorMarkets);
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

  it('names every field it cannot use (cross needs the mark), and never guesses', () => {
    const built = calculatorInput(form({ size: '', entryPrice: 'abc', marginMode: 'cross', wallet: '-5' }), calculatorMarkets);
    expect(built).toEqual({ ok: false, problems: ['Size: enter a number', 'Entry price: "abc" is not a positive number', 'Mark price: enter a number', 'Wallet balance: "-5" is not a positive number'] });
  });

  it('refuses a symbol it has no table for', () => {
    expect(calculatorInput(form({ symbol: 'NOSUCHUSDT' }), calculatorMarkets)).toEqual({ ok: false, problems: ['no tier table for NOSUCHUSDT on Binance USDⓈ-M'] });
  });

  it('a pasted tier table replaces the bundled one (D1 on the 2024 table, tier 2: 90,402.010050)', () => {
    // T24 BTCUSDT (docs/rules/binance.md §6): tier 1 up to 50,000 at 0.4 %, tier 2 up to 250,000 at 0.5 % with cum 50.
    const pasted = '0, 0.004, 0, 125\n50000, 0.005, 50, 100\n250000, 0.01, 1300, 50';
    const built = calculatorInput(form({ tierSource: 'pasted', tiersText: pasted }), calculatorMarkets);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input.tiers).toHaveLength(3);
    expect(Math.abs(Number(estimateLiquidation(built.input).liquidationPrice) - 90402.01005)).toBeLessThan(1e-6);
    expect(calculatorInput(form({ tierSource: 'pasted', tiersText: '0, 4 %' }), calculatorMarkets).ok).toBe(false);
  });

  it('cross with another position in the wallet: (D12-like) the other position\'s maintenance and PnL enter', () => {
    const cross = form({ marginMode: 'cross', wallet: '20000', markPrice: '100000', others: [{ symbol: 'ETHUSDT', side: 'long', size: '10', entryPrice: '3000', markPrice: '2900', maintenanceMarginRate: '' }] });
    const built = calculatorInput(cross, calculatorMarkets);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.input.otherPositions).toEqual([expect.objectContaining({ symbol: 'ETHUSDT', size: '10', tiers: expect.any(Array) })]);
    // §3 cross, one-way: LP = (WB − TMM1 + UPNL1 + cum − Q·EP) / (Q·MMR − Q); ETH 10 @ 2,900: MM = 29,000 × 0.005 (T26 tier 1), UPNL −1,000.
    const ethTier = built.input.otherPositions![0]!.tiers![0]!;
    const tmm = 29000 * Number(ethTier.maintenanceMarginRate) - Number(ethTier.maintenanceAmount ?? 0);
    const expected = (20000 - tmm - 1000 - 100000) / (0.004 - 1);
    expect(Math.abs(Number(estimateLiquidation(built.input).liquidationPrice) - expected)).toBeLessThan(1e-6);
  });

  it('a taker fee typed in percent reaches the model as a fraction', () => {
    const built = calculatorInput(form({ takerFeePercent: '0.05' }), calculatorMarkets);
    expect(built.ok && built.input.takerFeeRate).toBe('0.0005');
  });
});
