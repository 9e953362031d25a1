// The size of the first partial liquidation, where the venue's rule gives it (issue 21):
// Hyperliquid 20 % at a time above 100,000 USDC (docs/rules/hyperliquid-and-others.md §1.8);
// OKX from tier 3 up the contracts above two tiers lower (docs/rules/bybit-okx-bitget.md §3.4 [O6b]).
// Expected shares are worked out here from the rule and the test's own table.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation } from './index';
import type { Tier } from './types';
import { hyperliquidTiers } from '../venues/hyperliquid/tiers';

const D = Decimal.clone({ precision: 40 });

describe('Hyperliquid: 20 % at a time', () => {
  const at = (size: string) =>
    estimateLiquidation({
      venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size,
      entryPrice: '100000', isolatedMargin: new D(size).times(100000).div(10).toString(), tiers: hyperliquidTiers.BTC!.tiers,
    });

  it('above 100,000 USDC at the liquidation price: partial, first step 0.2 of the position', () => {
    const result = at('5');
    expect(new D(result.liquidationPrice!).times(5).gt(100000)).toBe(true);
    expect(result.partialLiquidation).toBe(true);
    expect(result.partialFirstStep).toBe('0.2');
  });

  it('below: closed whole, no step', () => {
    const result = at('1');
    expect(result.partialLiquidation).toBe(false);
    expect(result.partialFirstStep).toBeUndefined();
  });
});

describe('OKX: the first step brings the position down two tiers', () => {
  const tiers: Tier[] = [
    { floor: '0', cap: '500', maintenanceMarginRate: '0.004' },
    { floor: '501', cap: '1000', maintenanceMarginRate: '0.006' },
    { floor: '1001', cap: '2000', maintenanceMarginRate: '0.01' },
    { floor: '2001', cap: '4000', maintenanceMarginRate: '0.02' },
  ];
  const short = (contracts: string) =>
    estimateLiquidation({
      venue: 'okx', symbol: 'BTC-USD-SWAP', contract: 'inverse', marginMode: 'isolated', side: 'short', size: contracts, contractValue: '100',
      entryPrice: '50000', isolatedMargin: new D(contracts).times(100).div(50000).div(10).toString(), tiers,
    });

  it.each<[string, string]>([
    // 3,000 contracts, tier 4: down to tier 2, whose cap is 1,000: 2,000 of 3,000 go first.
    ['3000', '1000'],
    // 1,500 contracts, tier 3: down to tier 1 (cap 500): 1,000 of 1,500.
    ['1500', '500'],
  ])('%s contracts: the first step leaves %s', (contracts, kept) => {
    const result = short(contracts);
    expect(result.partialLiquidation).toBe(true);
    const expected = new D(contracts).minus(kept).div(contracts);
    expect(new D(result.partialFirstStep!).minus(expected).abs().lte('1e-30')).toBe(true);
  });

  it('tiers 1-2 close in full: no step', () => {
    expect(short('800').partialFirstStep).toBeUndefined();
  });
});
