// The model's words are in the trader's language: with the zh_CN strings, every assumption of an
// estimate on every venue, and every refusal, is Chinese (the input's field keeps its code name).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog';
import { catalogLookup } from '../i18n/catalog-lookup';
import { useMessages } from '../i18n/t';
import { VENUE_IDS } from '../venues';
import { estimateLiquidation, ModelInputError, type PositionInput } from './index';

const HAN = /[\u4e00-\u9fff]/;

/** A plain position on a venue, its contract and fields as the venue's rule needs them. */
function position(venue: PositionInput['venue'], marginMode: 'isolated' | 'cross'): PositionInput {
  const inverse = venue === 'binance-coinm';
  const base: PositionInput = {
    venue, symbol: inverse ? 'BTCUSD_PERP' : 'BTCUSDT', contract: inverse ? 'inverse' : 'linear', side: 'long', marginMode,
    size: inverse ? '10' : '1', entryPrice: '100000', markPrice: '100000', leverage: '10',
    tiers: [{ floor: '0', cap: '1000000', maintenanceMarginRate: '0.005', maxLeverage: '100' }, { floor: '1000000', maintenanceMarginRate: '0.01', maxLeverage: '50' }],
    ...(inverse ? { contractValue: '100' } : {}),
    ...(venue === 'okx' ? { contractSize: '0.01' } : {}),
  };
  return marginMode === 'isolated'
    ? { ...base, isolatedMargin: inverse ? '0.001' : '10000' }
    : {
        ...base,
        walletBalance: inverse ? '0.01' : '20000',
        otherPositions: [{ symbol: inverse ? 'ETHUSD_PERP' : 'ETHUSDT', side: 'short', size: inverse ? '10' : '1', entryPrice: '3000', markPrice: '3000', leverage: '10', maintenanceMarginRate: '0.01', ...(inverse ? { contractValue: '10' } : {}), ...(venue === 'okx' ? { contractSize: '0.1' } : {}) }],
      };
}

beforeAll(() => useMessages(catalogLookup(catalog, 'zh_CN')));
afterAll(() => useMessages(catalogLookup(catalog, 'en')));

describe('the model speaks zh_CN', () => {
  it.each(VENUE_IDS.flatMap((venue) => (['isolated', 'cross'] as const).map((mode) => [venue, mode] as const)))('%s %s: every assumption is Chinese', (venue, mode) => {
    const estimate = estimateLiquidation(position(venue, mode));
    expect(estimate.assumptions.length).toBeGreaterThan(2);
    for (const line of estimate.assumptions) expect(HAN.test(line), line).toBe(true);
  });

  it('the assumptions an estimate adds itself are Chinese: no liquidation price, margin already below maintenance', () => {
    const safe = estimateLiquidation({ ...position('binance-usdm', 'isolated'), isolatedMargin: '200000' });
    expect(safe.liquidationPrice).toBeNull();
    expect(safe.assumptions).toContain('没有强平价格：在任何价格下保证金都足以覆盖该仓位。');
    const under = estimateLiquidation({ ...position('binance-usdm', 'isolated'), isolatedMargin: '600', markPrice: '99500' });
    expect(under.assumptions).toContain('按当前标记价格，保证金余额已等于或低于维持保证金。');
  });

  it.each([
    ['a size below zero', { size: '-1' }, 'size：必须大于零'],
    ['a size that is no number', { size: 'abc' }, 'size：不是小数：“abc”'],
    ['an unknown venue', { venue: 'nowhere' }, 'venue：未知交易所“nowhere”'],
    ['no tiers', { tiers: [] }, 'tiers：至少需要一个档位'],
    ['a rate in percent', { takerFeeRate: '5' }, 'takerFeeRate：必须小于 1（以小数表示，而非百分比）'],
  ])('refuses %s in Chinese, naming the field', (_name, change, message) => {
    let error: unknown;
    try {
      estimateLiquidation({ ...position('binance-usdm', 'isolated'), ...change } as PositionInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelInputError);
    expect((error as Error).message).toBe(message);
  });
});
