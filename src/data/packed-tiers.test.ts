// The packed line of a generated snapshot gives back exactly the tiers that were written.
import { describe, expect, it } from 'vitest';
import { bundledTable } from '.';
import type { Tier } from '../model/types';
import { packTiers, unpackTables, unpackTiers } from './packed-tiers';

describe('packed tiers', () => {
  it('round-trips tiers with every field and with fields missing (Hyperliquid has no cap or amount)', () => {
    const full = [
      { floor: '0', cap: '50000', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maxLeverage: '125' },
      { floor: '50000', cap: '600000', maintenanceMarginRate: '0.005', maintenanceAmount: '50', maxLeverage: '100' },
    ];
    const sparse = [{ floor: '0', maintenanceMarginRate: '0.0125', maxLeverage: '40' }, { floor: '150000000', maintenanceMarginRate: '0.025' }];
    expect(packTiers(full)).toBe('0 50000|50000 600000|0.004 0.005|0 50|125 100');
    expect(unpackTiers(packTiers(full))).toEqual(full);
    expect(unpackTiers(packTiers(sparse))).toEqual(sparse);
  });

  it('writes a run of equal steps as "+step*n" and reads every value of it back', () => {
    // OKX's shape: each cap 15000 above the last, each floor 0.1 above the cap before, rates 0.005 apart.
    const tiers: Tier[] = [];
    for (let i = 0; i < 40; i++) {
      tiers.push({ floor: i === 0 ? '0' : `${15000 * i}.1`, cap: String(15000 * (i + 1)), maintenanceMarginRate: String((65 + 50 * i) / 10000), maxLeverage: String(50 - i) });
    }
    const packed = packTiers(tiers);
    expect(packed).toBe(`0 15000.1 +15000*38|15000 +15000*39|0.0065 +0.005*39|${Array(40).fill('-').join(' ')}|50 +-1*39`);
    expect(unpackTiers(packed)).toEqual(tiers);
  });

  it('leaves a value as written where the step would not give back its exact string', () => {
    const tiers = ['0.010', '0.015', '0.020', '0.025'].map((rate, i) => ({ floor: String(i), maintenanceMarginRate: rate }));
    expect(unpackTiers(packTiers(tiers))).toEqual(tiers);
    expect(() => packTiers([{ floor: '1e5', maintenanceMarginRate: '0.01' }])).toThrow('not a decimal');
  });

  it('a generated snapshot reads back as plain tier objects; one written as objects stays as it is', () => {
    expect(bundledTable('binance-usdm', 'SOLUSDT')!.tiers[0]).toMatchObject({ floor: '0', maintenanceAmount: '0' });
    const objects = { BTCUSDT: { date: '2026-01-01', source: 's', tiers: [{ floor: '0', maintenanceMarginRate: '0.004' }] } };
    expect(unpackTables(objects)).toEqual(objects);
  });

  it('unpacks a table once: every read gives the same tiers (the model caches by that array)', () => {
    const tables = unpackTables({ BTCUSDT: { date: '2026-01-01', source: 's', tiers: '0 +50000*2|50000 +50000*2|0.004 +0.001*2|- - -|125 100 50' } });
    const first = tables.BTCUSDT!.tiers;
    expect(first).toEqual([
      { floor: '0', cap: '50000', maintenanceMarginRate: '0.004', maxLeverage: '125' },
      { floor: '50000', cap: '100000', maintenanceMarginRate: '0.005', maxLeverage: '100' },
      { floor: '100000', cap: '150000', maintenanceMarginRate: '0.006', maxLeverage: '50' },
    ]);
    expect(tables.BTCUSDT!.tiers).toBe(first);
  });
});
