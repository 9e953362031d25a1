// The calculator offers every bundled symbol, each with the table the worker would use (the newest).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorMarkets, termsFor } from './calculator-tables';

const usdm = calculatorMarkets.find((m) => m.venue === 'binance-usdm')!;

describe('calculator tables', () => {
  it('offers every USDⓈ-M perpetual of the recorded freqtrade file (read here on its own) that passed the checks', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/sources/binance-usdm/freqtrade-leverage-tiers.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const perpetuals = Object.keys(file)
      .filter((key) => /^[A-Z0-9]+\/(USDT|USDC):\1$/.test(key))
      .map((key) => key.replace(/\/(\w+):\w+$/, '$1'));
    const offered = Object.keys(usdm.tables);
    expect(perpetuals.filter((s) => !offered.includes(s))).toEqual(['BTCSTUSDT']);
  });

  it('BTCUSDT first, with the newer 2026 reference table rather than the 2024 recorded one', () => {
    expect(Object.keys(usdm.tables)[0]).toBe('BTCUSDT');
    expect(usdm.tables.BTCUSDT!.date).toBe('2026-09-16');
    expect(usdm.tables.BTCUSDT!.tiers[0]!.cap).toBe('300000');
    expect(usdm.tables.SOLUSDT!.date).toBe('2024-10-24');
  });

  it('the rest alphabetically, so a long list stays searchable', () => {
    const rest = Object.keys(usdm.tables).slice(2);
    expect(rest).toEqual([...rest].sort());
  });

  it('a linear table has no contract value', () => {
    expect(termsFor('binance-usdm', 'SOLUSDT')).toEqual({ contract: 'linear', contractValue: '', contractSize: '' });
  });
});
