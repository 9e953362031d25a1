// /api/v5/public/position-tiers and instruments (docs/rules/bybit-okx-bitget.md §3.3) into tiers in
// contracts with the contract size.
import { describe, expect, it } from 'vitest';
import { validateTiers } from '../../market-data/validate-tiers';
import { okxInstruments, okxPositionTiers } from '../../market-data/testing/venue-answers';
import { okxEndpoints as okx } from './endpoints';

describe('OKX position tiers', () => {
  it('asks for the instrument family\'s tiers and the instrument\'s contract value', () => {
    expect(okx.tierRequests('BTC-USDT-SWAP').map((r) => r.url)).toEqual([
      'https://www.okx.com/api/v5/public/position-tiers?instType=SWAP&tdMode=cross&instFamily=BTC-USDT',
      'https://www.okx.com/api/v5/public/instruments?instType=SWAP&instId=BTC-USDT-SWAP',
    ]);
  });

  it('§3.3 tier 1: 0–1,000 contracts, MMR 0.4 %, 100x; ctVal 0.01 BTC is the contract size of a linear swap', () => {
    const parsed = okx.parseTiers([okxPositionTiers('BTC-USDT'), okxInstruments('BTC-USDT-SWAP')], 'BTC-USDT-SWAP');
    expect(parsed).toEqual({ ok: true, value: { tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }], contractSize: '0.01', instrument: { settlementAsset: 'USDT' } } });
    expect(parsed.ok && validateTiers(parsed.value.tiers, okx.tierRules).ok).toBe(true);
  });

  it('an inverse swap\'s ctVal (USD) is its contract value; tiers come sorted by tier number', () => {
    const rows = [
      { tier: '2', minSz: '1000', maxSz: '2000', mmr: '0.005', imr: '0.0125', maxLever: '80' },
      { tier: '1', minSz: '0', maxSz: '1000', mmr: '0.004', imr: '0.01', maxLever: '100' },
    ];
    const parsed = okx.parseTiers([okxPositionTiers('BTC-USD', rows), okxInstruments('BTC-USD-SWAP', '100', 'inverse')], 'BTC-USD-SWAP');
    expect(parsed.ok && parsed.value.tiers.map((t) => t.floor)).toEqual(['0', '1000']);
    expect(parsed.ok && parsed.value.contractValue).toBe('100');
  });

  it.each([
    ['an error code', [{ code: '51000', msg: 'Parameter error', data: [] }, okxInstruments('BTC-USDT-SWAP')], /code "0"/],
    ['no tiers', [okxPositionTiers('BTC-USDT', []), okxInstruments('BTC-USDT-SWAP')], /no BTC-USDT/],
    ['another family', [okxPositionTiers('ETH-USDT'), okxInstruments('BTC-USDT-SWAP')], /no BTC-USDT/],
    ['no contract value', [okxPositionTiers('BTC-USDT'), okxInstruments('BTC-USDT-SWAP', '')], /no contract value/],
    ['a contract value of 0', [okxPositionTiers('BTC-USDT'), okxInstruments('BTC-USDT-SWAP', '0')], /no contract value/],
    ['no contract type', [okxPositionTiers('BTC-USDT'), okxInstruments('BTC-USDT-SWAP', '0.01', '')], /no contract type/],
    ['a truncated instruments answer', [okxPositionTiers('BTC-USDT'), { code: '0' }], /no data list/],
  ])('refuses %s', (_name, answers, reason) => {
    const parsed = okx.parseTiers(answers, 'BTC-USDT-SWAP');
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('mark-price', () => {
    expect(okx.parseMark!({ code: '0', data: [{ instId: 'BTC-USDT-SWAP', markPx: '61000.1' }] }, 'BTC-USDT-SWAP')).toEqual({ ok: true, value: { markPrice: '61000.1' } });
    expect(okx.parseMark!({ code: '0', data: [] }, 'BTC-USDT-SWAP').ok).toBe(false);
  });
});
