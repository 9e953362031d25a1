// query-position-lever (docs/rules/bybit-okx-bitget.md §4.5) into tiers; no deduction published.
import { describe, expect, it } from 'vitest';
import { validateTiers } from '../../market-data/validate-tiers';
import { BITGET_BTCUSDT, bitgetPositionLever } from '../../market-data/testing/venue-answers';
import { bitgetEndpoints as bitget, bitgetProductType } from './endpoints';

describe('Bitget position tiers', () => {
  it('asks per symbol and product type', () => {
    expect(bitget.tierRequests('BTCUSDT')[0]!.url).toBe('https://api.bitget.com/api/v2/mix/market/query-position-lever?symbol=BTCUSDT&productType=USDT-FUTURES');
    expect(bitgetProductType('BTCUSD')).toBe('COIN-FUTURES');
    expect(bitgetProductType('BTCPERP')).toBe('USDC-FUTURES');
  });

  it('§4.5 BTCUSDT: 11 tiers, tier 1 0–150,000 at 125x 0.40 %, tier 11 400M–1,200M at 1x 60 %', () => {
    const parsed = bitget.parseTiers([bitgetPositionLever('BTCUSDT')], 'BTCUSDT');
    expect(parsed.ok && parsed.value.tiers.length).toBe(11);
    expect(parsed.ok && parsed.value.tiers[0]).toEqual({ floor: '0', cap: '150000', maintenanceMarginRate: '0.004', maxLeverage: '125' });
    expect(parsed.ok && parsed.value.tiers[10]).toEqual({ floor: '400000000', cap: '1200000000', maintenanceMarginRate: '0.6', maxLeverage: '1' });
    expect(parsed.ok && validateTiers(parsed.value.tiers, bitget.tierRules).ok).toBe(true);
  });

  it('sorts levels given out of order; the validator catches a gap between levels', () => {
    const shuffled = [...BITGET_BTCUSDT].reverse();
    const answer = bitgetPositionLever('BTCUSDT', shuffled) as { data: { level: string }[] };
    answer.data.forEach((row, i) => (row.level = String(11 - i)));
    const parsed = bitget.parseTiers([answer], 'BTCUSDT');
    expect(parsed.ok && parsed.value.tiers.map((t) => t.floor).slice(0, 2)).toEqual(['0', '150000']);
    const gap = BITGET_BTCUSDT.map((r, i): [string, string, string, string] => (i === 1 ? [r[0], '800000', r[2], r[3]] : r));
    const withGap = bitget.parseTiers([bitgetPositionLever('BTCUSDT', gap)], 'BTCUSDT');
    expect(withGap.ok && validateTiers(withGap.value.tiers, bitget.tierRules)).toEqual({ ok: false, reason: 'tier 2 cap is not tier 3 floor' });
  });

  it.each([
    ['an error code', { code: '40034', msg: 'Parameter does not exist' }, /code "00000"/],
    ['no data', { code: '00000' }, /no data list/],
    ['another symbol', bitgetPositionLever('ETHUSDT'), /no BTCUSDT/],
    ['a level without its rate', { code: '00000', data: [{ symbol: 'BTCUSDT', level: '1', startUnit: '0', endUnit: '150000', leverage: '125' }] }, /lacks startUnit or keepMarginRate/],
  ])('refuses %s', (_name, answer, reason) => {
    const parsed = bitget.parseTiers([answer], 'BTCUSDT');
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('ticker: mark price and funding rate', () => {
    expect(bitget.parseMark!({ code: '00000', data: [{ symbol: 'BTCUSDT', markPrice: '61000.1', fundingRate: '0.0001' }] }, 'BTCUSDT')).toEqual({ ok: true, value: { markPrice: '61000.1', fundingRate: '0.0001' } });
    expect(bitget.parseMark!({ code: '00000', data: [] }, 'BTCUSDT').ok).toBe(false);
  });
});
