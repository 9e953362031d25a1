// The bapi brackets feed (docs/rules/binance.md §5) into tiers, and premiumIndex into a mark price.
import { describe, expect, it } from 'vitest';
import { validateTiers } from '../../market-data/validate-tiers';
import { bapiBrackets, BINANCE_BTCUSDT_2024, BINANCE_ETHUSDT_2024 } from '../../market-data/testing/venue-answers';
import { binanceUsdmEndpoints as binance, parseLeverageBrackets } from './endpoints';

const feed = () => bapiBrackets({ BTCUSDT: BINANCE_BTCUSDT_2024, ETHUSDT: BINANCE_ETHUSDT_2024 }) as { data: { brackets: { symbol: string; riskBrackets: Record<string, unknown>[] }[] } };

describe('Binance USDⓈ-M brackets feed', () => {
  it('one request for every symbol, on www.binance.com', () => {
    expect(binance.tierRequests('BTCUSDT')).toEqual(binance.tierRequests('ETHUSDT'));
    expect(new URL(binance.tierRequests('BTCUSDT')[0]!.url).host).toBe('www.binance.com');
  });

  it('reads each symbol\'s brackets as the reference tables (§6.3), tier 12 of BTCUSDT: 1.2B–1.8B, 1x, 50 %, cum 421,481,450', () => {
    const btc = binance.parseTiers([feed()], 'BTCUSDT');
    expect(btc.ok && btc.value.tiers[11]).toEqual({ floor: '1200000000', cap: '1800000000', maintenanceMarginRate: '0.5', maintenanceAmount: '421481450', maxLeverage: '1' });
    expect(btc.ok && validateTiers(btc.value.tiers, binance.tierRules).ok).toBe(true);
    const eth = binance.parseTiers([feed()], 'ETHUSDT');
    expect(eth.ok && eth.value.tiers[5]).toEqual({ floor: '50000000', cap: '65000000', maintenanceMarginRate: '0.025', maintenanceAmount: '381450', maxLeverage: '20' });
  });

  it.each([
    ['an empty object', {}, /no data.brackets/],
    ['data: null', { data: null }, /no data.brackets/],
    ['no such symbol', bapiBrackets({ ETHUSDT: BINANCE_ETHUSDT_2024 }), /no BTCUSDT/],
    ['brackets without riskBrackets', { data: { brackets: [{ symbol: 'BTCUSDT' }] } }, /no riskBrackets/],
  ])('refuses %s', (_name, answer, reason) => {
    const parsed = binance.parseTiers([answer], 'BTCUSDT');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('refuses a bracket without its cum, and brackets out of sequence', () => {
    const noCum = feed();
    delete noCum.data.brackets[0]!.riskBrackets[3]!.cumFastMaintenanceAmount;
    expect(binance.parseTiers([noCum], 'BTCUSDT')).toEqual({ ok: false, reason: 'BTCUSDT bracket 4 lacks a floor, rate or cum' });
    const shuffled = feed();
    shuffled.data.brackets[0]!.riskBrackets.reverse();
    expect(binance.parseTiers([shuffled], 'BTCUSDT')).toEqual({ ok: false, reason: 'BTCUSDT brackets are out of order' });
  });

  it('premiumIndex: mark price and funding rate', () => {
    expect(binance.markRequest!('BTCUSDT').url).toBe('https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT');
    expect(binance.parseMark!({ symbol: 'BTCUSDT', markPrice: '61000.10000000', indexPrice: '61001', lastFundingRate: '0.00010000' }, 'BTCUSDT')).toEqual({
      ok: true,
      value: { markPrice: '61000.10000000', fundingRate: '0.00010000' },
    });
    expect(binance.parseMark!({ symbol: 'ETHUSDT', markPrice: '3000' }, 'BTCUSDT').ok).toBe(false);
    expect(binance.parseMark!({ symbol: 'BTCUSDT', markPrice: '' }, 'BTCUSDT').ok).toBe(false);
  });
});

describe('Binance leverageBracket answers (the signed endpoint, read only from recorded copies)', () => {
  // The example answers of Binance's docs (reference docs/rules/binance.md §5): USDⓈ-M names notional bounds, COIN-M coin quantities.
  const usdm = [{ symbol: 'ETHUSDT', brackets: [{ bracket: 1, initialLeverage: 75, notionalCap: 10000, notionalFloor: 0, maintMarginRatio: 0.0065, cum: 0 }] }];
  const coinm = [{ symbol: 'BTCUSD_PERP', brackets: [{ bracket: 1, initialLeverage: 125, qtyCap: 50, qtylFloor: 0, maintMarginRatio: 0.004, cum: 0.0 }] }];

  it('reads notional and coin-quantity bounds alike', () => {
    expect(parseLeverageBrackets(usdm, 'ETHUSDT')).toEqual({ ok: true, value: { tiers: [{ floor: '0', cap: '10000', maintenanceMarginRate: '0.0065', maintenanceAmount: '0', maxLeverage: '75' }] } });
    expect(parseLeverageBrackets(coinm, 'BTCUSD_PERP')).toEqual({ ok: true, value: { tiers: [{ floor: '0', cap: '50', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maxLeverage: '125' }] } });
  });

  it('refuses brackets scaled for one account, out of order, or missing', () => {
    expect(parseLeverageBrackets([{ ...usdm[0], notionalCoef: 1.5 }], 'ETHUSDT')).toEqual({ ok: false, reason: 'ETHUSDT brackets are scaled for one account (notionalCoef 1.5)' });
    expect(parseLeverageBrackets([{ symbol: 'ETHUSDT', brackets: [{ ...usdm[0]!.brackets[0], bracket: 2 }] }], 'ETHUSDT').ok).toBe(false);
    expect(parseLeverageBrackets(usdm, 'BTCUSDT')).toEqual({ ok: false, reason: 'leverageBracket has no BTCUSDT' });
    expect(parseLeverageBrackets([...usdm, ...usdm], 'ETHUSDT')).toEqual({ ok: false, reason: 'leverageBracket names ETHUSDT twice' });
  });
});
