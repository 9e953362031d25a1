import { describe, expect, it } from 'vitest';
import type { EstimatesResult, PositionResult } from '../../protocol/estimates';
import { floatPhi } from '../../model/risk/testing/float-touch';
import { attachRisk, type Volatility, type VolatilityLookup } from './attach-risk';

const NOW = Date.parse('2026-11-22T10:30:00Z');
const VOL: Volatility = { annualised: '0.6', source: 'Binance USDⓈ-M 1h klines', asOf: '2026-11-22T09:00:00.000Z', fetchedAt: '2026-11-22T10:00:00.000Z', samples: 168 };
const lookup: VolatilityLookup = (venue, symbol) => (venue === 'binance-usdm' && symbol === 'BTCUSDT' ? VOL : undefined);


const position = (over: Partial<PositionResult> = {}): PositionResult => ({
  key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate: '90361.445783', displayed: '90361.44', verdict: 'agree', reasons: [], assumptions: [],
  metrics: { markPrice: '100000', equity: '10000', maintenanceMargin: '400', notional: '100000', fundingRatePercent: '0.01', fundingIntervalHours: '8' },
  ...over,
});
const result = (positions: PositionResult[]): EstimatesResult => ({ symbol: 'BTCUSDT', positions, order: null, warnings: [] });

describe('attachRisk', () => {
  it('fills funding hours and the touch probabilities at 1 h and 24 h with the volatility and its age', () => {
    const [p] = attachRisk(result([position()]), lookup, { venue: 'binance-usdm', now: NOW }).positions;
    expect(p!.risk!.fundingHoursToLiquidation).toBe('7680'); // (10,000 − 400) / (0.0001 × 100,000) × 8
    const z = (hours: number) => Math.log(100000 / 90361.445783) / (0.6 * Math.sqrt(hours / 8760));
    expect(Math.abs(Number(p!.risk!.touchProbability!.hour1) - 2 * floatPhi(-z(1)))).toBeLessThan(1e-10);
    expect(Math.abs(Number(p!.risk!.touchProbability!.hour24) - 2 * floatPhi(-z(24)))).toBeLessThan(1e-10);
    expect(p!.risk!.volatility).toEqual({ annualised: '0.6', source: VOL.source, asOf: VOL.fetchedAt, ageMinutes: 30 });
    expect(p!.risk!.touchAssumption).toMatch(/zero drift/);
    expect(p!.risk!.touchNote).toBeUndefined();
  });

  it('says why each figure is absent', () => {
    const [receives, noVol, none, unknownSide] = attachRisk(
      result([
        position({ side: 'short', estimate: '109561.75' }),
        position({ symbol: 'ETHUSDT' }),
        position({ estimate: 'none' }),
        position({ side: 'unknown' }),
      ]),
      lookup,
      { venue: 'binance-usdm', now: NOW },
    ).positions;
    expect(receives!.risk!.fundingNote).toMatch(/receives funding/);
    expect(receives!.risk!.touchProbability).toBeDefined();
    expect(noVol!.risk!.touchNote).toBe('No recent volatility for ETHUSDT yet: its hourly candles are being fetched.');
    expect(none!.risk!.touchNote).toBe('There is no liquidation price to reach.');
    expect(unknownSide!.risk).toEqual({ fundingNote: 'The side of the position could not be read.', touchNote: 'The side of the position could not be read.' });
  });

  it('without the venue no volatility is looked up; a week-old one is not used', () => {
    expect(attachRisk(result([position()]), lookup).positions[0]!.risk!.touchNote).toMatch(/No recent volatility/);
    const old = attachRisk(result([position()]), lookup, { venue: 'binance-usdm', now: NOW + 8 * 86_400_000 }).positions[0]!;
    expect(old.risk!.touchNote).toBe('The last volatility for BTCUSDT is 8 days old: too old to use.');
  });

  it('a mark already past the liquidation price has touched it', () => {
    const [p] = attachRisk(result([position({ metrics: { markPrice: '90000' } })]), lookup, { venue: 'binance-usdm', now: NOW }).positions;
    expect(p!.risk!.touchProbability).toEqual({ hour1: '1', hour24: '1' });
    expect(p!.risk!.fundingNote).toBe('The funding rate is not known for this symbol.');
  });
});

describe('createRiskStep', () => {
  it('reads the page\'s volatility from storage and fills risk with the page\'s venue', async () => {
    const { createRiskStep } = await import('./risk-step');
    const { memoryArea } = await import('../../platform/key-value-area');
    const { snapshot } = await import('../testing/make-snapshot');
    const area = memoryArea({ 'volatility:binance-usdm:BTCUSDT': { volatility: VOL } });
    const fetched: string[] = [];
    const step = createRiskStep({ area, fetch: async (url) => (fetched.push(url), new Response('{}')), now: () => NOW });
    const out = await step(result([position()]), snapshot({ mark: '100000' }));
    expect(out.positions[0]!.risk!.volatility?.annualised).toBe('0.6');
    expect(fetched).toEqual([]); // 30 minutes old: not due
  });
});
