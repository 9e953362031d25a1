// The checks a fetched table must pass. Good tables are the references' (Binance §6.1/§6.3);
// broken ones are those tables with one thing wrong, so each check is shown to be the one that fires.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceUsdmTiers } from '../venues/binance-usdm/tiers';
import type { Tier } from '../model/types';
import { BINANCE_BTCUSDT_2024 } from './testing/venue-answers';
import { validateTiers } from './validate-tiers';

const good = () => structuredClone(BINANCE_BTCUSDT_2024);
const withTier = (i: number, change: Partial<Record<keyof Tier, unknown>>) => {
  const tiers = good() as unknown as Record<string, unknown>[];
  tiers[i] = { ...tiers[i], ...change };
  return tiers;
};
const reason = (input: unknown, rules = {}) => {
  const result = validateTiers(input, rules);
  return result.ok ? 'accepted' : result.reason;
};

describe('validateTiers', () => {
  it('accepts the reference tables (2026-09-16 bundled, 2024-10-24), with contiguity', () => {
    for (const table of [binanceUsdmTiers.BTCUSDT!.tiers, binanceUsdmTiers.ETHUSDT!.tiers, BINANCE_BTCUSDT_2024]) {
      const result = validateTiers(table, { contiguous: true });
      expect(result).toEqual({ ok: true, tiers: table });
    }
  });

  it('accepts a table without deductions (Bitget, OKX, Hyperliquid publish none)', () => {
    const tiers = good().map(({ maintenanceAmount: _m, ...t }) => t);
    expect(reason(tiers)).toBe('accepted');
  });

  it.each([
    ['a rate of 5', withTier(1, { maintenanceMarginRate: '5' }), /tier 2 maintenance margin rate 5 is not in \[0\.001, 0\.75\]/],
    ['a rate of 0', withTier(0, { maintenanceMarginRate: '0' }), /not in \[0\.001, 0\.75\]/],
    ['a rate of 1', withTier(11, { maintenanceMarginRate: '1' }), /not in \[0\.001, 0\.75\]/],
    ['a negative rate', withTier(0, { maintenanceMarginRate: '-0.004' }), /tier 1 maintenance margin rate is not a decimal/],
    ['a rate in percent (0.5 at 100x)', withTier(1, { maintenanceMarginRate: '0.5', maintenanceAmount: '50' }), /percent instead of a fraction/],
    ['a rate as a JSON number', withTier(0, { maintenanceMarginRate: 0.004 }), /not a decimal number/],
    ['a rate of "--"', withTier(0, { maintenanceMarginRate: '--' }), /not a decimal number/],
    ['a rate of "NaN"', withTier(0, { maintenanceMarginRate: 'NaN' }), /not a decimal number/],
    ['an infinite floor', withTier(2, { floor: 'Infinity' }), /floor is not a decimal number/],
    ['a missing floor', withTier(2, { floor: undefined }), /floor is not a decimal number/],
    ['a cap below the floor', withTier(2, { cap: '500000' }), /cap is not above its floor/],
    ['leverage of 0', withTier(0, { maxLeverage: '0' }), /max leverage 0 is absurd/],
    ['leverage of 100000', withTier(0, { maxLeverage: '100000' }), /max leverage 100000 is absurd/],
  ])('rejects %s', (_name, input, expected) => {
    expect(reason(input)).toMatch(expected);
  });

  it('rejects floors out of order', () => {
    const tiers = good();
    [tiers[2], tiers[3]] = [tiers[3]!, tiers[2]!];
    expect(reason(tiers)).toMatch(/floors are not ascending at tier 4/);
  });

  it('rejects a repeated floor', () => {
    expect(reason(withTier(2, { floor: '50000' }))).toMatch(/floors are not ascending at tier 3/);
  });

  it('rejects overlapping tiers, and gaps where the venue promises contiguity', () => {
    expect(reason(withTier(1, { cap: '700000' }))).toMatch(/tier 2 overlaps tier 3/);
    const gap = withTier(1, { cap: '550000' });
    expect(reason(gap)).toBe('accepted');
    expect(reason(gap, { contiguous: true })).toMatch(/tier 2 cap is not tier 3 floor/);
  });

  it('rejects a rate that falls or a max leverage that rises with the tier', () => {
    expect(reason(withTier(3, { maintenanceMarginRate: '0.006', maintenanceAmount: '2950' }))).toMatch(/rate falls at tier 4/);
    expect(reason(withTier(2, { maxLeverage: '110' }))).toMatch(/max leverage rises at tier 3/);
  });

  it('rejects a broken deduction recurrence, a non-zero first deduction, and half-given deductions', () => {
    expect(reason(withTier(4, { maintenanceAmount: '131451' }))).toMatch(/tier 5 maintenance amount 131451 breaks the deduction rule \(expected 131450\)/);
    expect(reason(withTier(0, { maintenanceAmount: '10' }))).toMatch(/tier 1 maintenance amount is not 0/);
    expect(reason(withTier(4, { maintenanceAmount: undefined }))).toMatch(/some tiers have a maintenance amount/);
  });

  it.each([
    ['nothing', undefined, /missing/],
    ['an object', { tiers: [] }, /missing/],
    ['an empty list', [], /empty/],
    ['a list of nulls', [null], /tier 1 is not a tier/],
    ['absurdly many tiers', Array.from({ length: 101 }, (_, i) => ({ floor: String(i), maintenanceMarginRate: '0.01' })), /101 tiers/],
  ])('rejects %s', (_name, input, expected) => {
    expect(reason(input)).toMatch(expected);
  });

  it('a table built with the recurrence passes; changing any one deduction fails (property)', () => {
    const tables = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 12 })
      .map((steps) => {
        // Ascending floors and rates; cum from the recurrence, computed here with decimal.js.
        let floor = new Decimal(0);
        let rate = new Decimal('0.004');
        let cum = new Decimal(0);
        return steps.map(([gap, rise], i) => {
          if (i > 0) {
            floor = floor.add(gap);
            const next = rate.add(new Decimal(rise).div(10000));
            cum = cum.add(floor.mul(next.sub(rate)));
            rate = next;
          }
          return { floor: floor.toString(), maintenanceMarginRate: rate.toFixed(), maintenanceAmount: cum.toFixed() };
        });
      });
    fc.assert(
      fc.property(tables, fc.nat(), (tiers, pick) => {
        expect(reason(tiers)).toBe('accepted');
        const i = pick % tiers.length;
        const broken = tiers.map((t, j) => (j === i ? { ...t, maintenanceAmount: new Decimal(t.maintenanceAmount).add(1).toFixed() } : t));
        expect(reason(broken)).not.toBe('accepted');
      }),
    );
  });
});
