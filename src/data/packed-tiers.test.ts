// The packed line of a generated snapshot gives back exactly the tiers that were written.
import { describe, expect, it } from 'vitest';
import { bundledTable } from '.';
import { packTiers, unpackTables, unpackTiers } from './packed-tiers';

describe('packed tiers', () => {
  it('round-trips tiers with every field and with fields missing (Hyperliquid has no cap or amount)', () => {
    const full = [
      { floor: '0', cap: '50000', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maxLeverage: '125' },
      { floor: '50000', cap: '600000', maintenanceMarginRate: '0.005', maintenanceAmount: '50', maxLeverage: '100' },
    ];
    const sparse = [{ floor: '0', maintenanceMarginRate: '0.0125', maxLeverage: '40' }, { floor: '150000000', maintenanceMarginRate: '0.025' }];
    expect(packTiers(full)).toBe('0 50000 0.004 0 125|50000 600000 0.005 50 100');
    expect(unpackTiers(packTiers(full))).toEqual(full);
    expect(unpackTiers(packTiers(sparse))).toEqual(sparse);
  });

  it('a generated snapshot reads back as plain tier objects; one written as objects stays as it is', () => {
    expect(bundledTable('binance-usdm', 'SOLUSDT')!.tiers[0]).toMatchObject({ floor: '0', maintenanceAmount: '0' });
    const objects = { BTCUSDT: { date: '2026-01-01', source: 's', tiers: [{ floor: '0', maintenanceMarginRate: '0.004' }] } };
    expect(unpackTables(objects)).toEqual(objects);
  });
});
