// /v5/market/risk-limit (docs/rules/bybit-okx-bitget.md §2.6) into tiers; tickers into a mark price.
import { describe, expect, it } from 'vitest';
import { validateTiers } from '../../market-data/validate-tiers';
import { BYBIT_BTCUSDT, bybitRiskLimit } from '../../market-data/testing/venue-answers';
import { bybitEndpoints as bybit } from './endpoints';

describe('Bybit risk limits', () => {
  it('asks per symbol and category', () => {
    expect(bybit.tierRequests('BTCUSDT')[0]!.url).toBe('https://api.bybit.com/v5/market/risk-limit?category=linear&symbol=BTCUSDT');
    expect(bybit.tierRequests('BTCUSD')[0]!.url).toBe('https://api.bybit.com/v5/market/risk-limit?category=inverse&symbol=BTCUSD');
  });

  it('each tier starts at the previous risk limit; tier 1 deduction "" is 0; §2.6 tier 2: 2.0M–2.6M, 0.56 %, deduction 1,200', () => {
    const parsed = bybit.parseTiers([bybitRiskLimit('BTCUSDT')], 'BTCUSDT');
    expect(parsed).toEqual({
      ok: true,
      value: {
        tiers: [
          { floor: '0', cap: '2000000', maintenanceMarginRate: '0.005', maintenanceAmount: '0', maxLeverage: '100.00' },
          { floor: '2000000', cap: '2600000', maintenanceMarginRate: '0.0056', maintenanceAmount: '1200', maxLeverage: '100.00' },
        ],
      },
    });
    expect(parsed.ok && validateTiers(parsed.value.tiers, bybit.tierRules).ok).toBe(true);
  });

  it('a rate in percent (the docs example "0.5") passes the parser and is refused by the validator', () => {
    const percent = BYBIT_BTCUSDT.map((r) => ({ ...r, maintenanceMargin: String(Number(r.maintenanceMargin) * 100) }));
    const parsed = bybit.parseTiers([bybitRiskLimit('BTCUSDT', percent)], 'BTCUSDT');
    expect(parsed.ok).toBe(true);
    const checked = parsed.ok ? validateTiers(parsed.value.tiers, bybit.tierRules) : null;
    expect(checked?.ok).toBe(false);
  });

  it('a deduction that breaks D_n = RiskLimit_(n-1)·(m_n − m_(n−1)) + D_(n−1) is refused', () => {
    const wrong = BYBIT_BTCUSDT.map((r, i) => (i === 1 ? { ...r, mmDeduction: '1300' } : r));
    const parsed = bybit.parseTiers([bybitRiskLimit('BTCUSDT', wrong)], 'BTCUSDT');
    const checked = parsed.ok ? validateTiers(parsed.value.tiers, bybit.tierRules) : null;
    expect(checked).toEqual({ ok: false, reason: 'tier 2 maintenance amount 1300 breaks the deduction rule (expected 1200)' });
  });

  it.each([
    ['an error code', { retCode: 10001, retMsg: 'params error' }, /retCode 0/],
    ['no list', { retCode: 0, result: {} }, /no result.list/],
    ['another symbol only', bybitRiskLimit('ETHUSDT'), /no BTCUSDT/],
    ['a tier without a deduction', bybitRiskLimit('BTCUSDT', [BYBIT_BTCUSDT[0]!, { ...BYBIT_BTCUSDT[1]!, mmDeduction: '' }]), /risk limit 2 lacks/],
  ])('refuses %s', (_name, answer, reason) => {
    const parsed = bybit.parseTiers([answer], 'BTCUSDT');
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('tickers: mark price and funding rate', () => {
    const answer = { retCode: 0, result: { category: 'linear', list: [{ symbol: 'BTCUSDT', markPrice: '61000.5', fundingRate: '0.0001' }] } };
    expect(bybit.parseMark!(answer, 'BTCUSDT')).toEqual({ ok: true, value: { markPrice: '61000.5', fundingRate: '0.0001' } });
    expect(bybit.parseMark!({ retCode: 0, result: {} }, 'BTCUSDT').ok).toBe(false);
  });
});
