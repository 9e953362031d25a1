import { describe, expect, it } from 'vitest';
import type { PositionInput, Tier } from '../types';
import { leverageWhatIf } from './leverage-what-if';

const TIERS: Tier[] = [
  { floor: '0', cap: '50000', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maxLeverage: '125' },
  { floor: '50000', cap: '250000', maintenanceMarginRate: '0.005', maintenanceAmount: '50', maxLeverage: '20' },
];
const input: PositionInput = {
  venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
  size: '1', entryPrice: '100000', markPrice: '100000', leverage: '10', isolatedMargin: '10000', tiers: TIERS,
};

/** Binance §2, long, one position in tier 2 (MMR 0.5 %, cum 50): LP = (WB + 50 − 100,000)/(0.005 − 1). */
const lp = (wb: number) => (wb + 50 - 100000) / (0.005 - 1);

describe('leverageWhatIf', () => {
  it('isolated: margin = notional / leverage, rows up to the tier\'s max leverage (20x at 100,000)', () => {
    const r = leverageWhatIf(input);
    expect(r.maxLeverage).toBe('20');
    expect(r.rows.map((row) => row.leverage)).toEqual(['2', '3', '5', '10', '20']);
    for (const row of r.rows) {
      const margin = 100000 / Number(row.leverage);
      expect(Number(row.margin)).toBeCloseTo(margin, 8);
      expect(Math.abs(Number(row.liquidationPrice) - lp(margin))).toBeLessThan(1e-6);
    }
  });

  it('a position in the first tier keeps 50x (max 125)', () => {
    const small = { ...input, size: '0.1', isolatedMargin: '1000' };
    const r = leverageWhatIf(small, ['50', '100', '150']);
    expect(r.rows.map((row) => row.leverage)).toEqual(['50', '100']);
    // LP = (WB − Q·EP)/(Q·MMR − Q), Q 0.1, WB 10,000/50 = 200.
    expect(Math.abs(Number(r.rows[0]!.liquidationPrice) - (200 - 10000) / (0.1 * 0.004 - 0.1))).toBeLessThan(1e-6);
  });

  it('2x long on linear: the liquidation price at 2x is far below 10x', () => {
    const [two] = leverageWhatIf(input, ['2']).rows;
    expect(Number(two!.liquidationPrice)).toBeLessThan(60000);
  });
});
