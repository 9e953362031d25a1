import { describe, expect, it } from 'vitest';
import { fundingToLiquidation, type FundingInput } from './funding-to-liquidation';

const base: FundingInput = { side: 'long', equity: '10000', maintenanceMargin: '400', notional: '100000', fundingRatePercent: '0.01', fundingIntervalHours: '8' };

describe('fundingToLiquidation', () => {
  it('a long paying 0.01 % per 8 h on 100,000: 10 per interval, (10,000 − 400)/10 × 8 = 7,680 hours', () => {
    expect(fundingToLiquidation(base)).toEqual({ ok: true, hours: '7680', paymentPerInterval: '10' });
  });

  it('a short pays when the rate is negative; hourly funding (Hyperliquid)', () => {
    const r = fundingToLiquidation({ ...base, side: 'short', fundingRatePercent: '-0.0125', fundingIntervalHours: '1' });
    expect(r.ok && Number(r.hours)).toBeCloseTo(9600 / 12.5, 10);
  });

  it('absent with a reason when the position receives, the rate is zero or the margin is already at maintenance', () => {
    expect(fundingToLiquidation({ ...base, side: 'short' })).toEqual({ ok: false, reason: 'receives' });
    expect(fundingToLiquidation({ ...base, fundingRatePercent: '-0.01' })).toEqual({ ok: false, reason: 'receives' });
    expect(fundingToLiquidation({ ...base, fundingRatePercent: '0' })).toEqual({ ok: false, reason: 'zero-rate' });
    expect(fundingToLiquidation({ ...base, equity: '400' })).toEqual({ ok: false, reason: 'below-maintenance' });
    expect(fundingToLiquidation({ ...base, notional: '--' })).toEqual({ ok: false, reason: 'bad-input' });
    expect(fundingToLiquidation({ ...base, fundingIntervalHours: '0' })).toEqual({ ok: false, reason: 'bad-input' });
  });
});
