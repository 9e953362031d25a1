// A real Binance USDⓈ-M position as Binance's own API reported it (GET /fapi/v2/positionRisk, via
// python-binance futures_position_information), with every input the rule needs. The expected
// liquidation price is Binance's number as recorded. Findings: docs/model.md, "The venues' own rounding".
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation } from '../../model/index';

const D = Decimal.clone({ precision: 50 });

describe('Binance prints the rule\'s price to 8 decimals: no tick step', () => {
  // BTCUSDT long 0.008 @ 94,501.4, isolated 20x, isolatedWallet 38.17776480, mark 94,520.1;
  // liquidationPrice 90089.53755020. Public GitHub file quoting the answer in a comment (search-index
  // stored text 48078312347); updateTime 1735017608142 = 2024-12-24. Notional 756 USDT: tier 1 of
  // BTCUSDT, MMR 0.4 %, cum 0 (reference docs/rules/binance.md §6).
  const result = estimateLiquidation({
    venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.008',
    entryPrice: '94501.4', markPrice: '94520.1', isolatedMargin: '38.17776480', tiers: [{ floor: '0', maintenanceMarginRate: '0.004' }],
    priceTick: '0.1',
  });

  it('the rule\'s price rounded to 8 decimals is Binance\'s 90089.53755020, with or without a tick', () => {
    expect(new D(result.liquidationPrice as string).toDecimalPlaces(8).toFixed(8)).toBe('90089.53755020');
    expect(result.ruleLiquidationPrice).toBeUndefined();
  });
});
