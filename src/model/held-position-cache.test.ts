// The terms of other cross positions are kept between estimates (held-position-cache.ts); a kept
// term must never change a result. Expected prices are solved here from the Binance rule: cross
// equity = wallet + PnL of every position, MM = notional x rate - cum of each position's own tier.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation, ModelInputError } from './index';
import type { OtherPosition, PositionInput, Tier } from './types';

const D = Decimal.clone({ precision: 60 });

const BTC: Tier[] = [{ floor: '0', maintenanceMarginRate: '0.004' }];
const ETH: Tier[] = [
  { floor: '0', maintenanceMarginRate: '0.005' },
  { floor: '50000', maintenanceMarginRate: '0.0065', maintenanceAmount: '75' },
];

/** 1 BTC long, entry 100,000, wallet 20,000, with one ETH position held at its mark: the price where equity = MM. */
function expectedPrice(eth: { side: 'long' | 'short'; size: string; entry: string; mark: string }): string {
  const s = eth.side === 'long' ? 1 : -1;
  const notional = new D(eth.size).times(eth.mark);
  const tier = notional.gte(50000) ? { rate: '0.0065', cum: '75' } : { rate: '0.005', cum: '0' };
  const ethPnl = new D(eth.size).times(s).times(new D(eth.mark).minus(eth.entry));
  const ethMm = notional.times(tier.rate).minus(tier.cum);
  // 20,000 + (P - 100,000) + ethPnl = 0.004 P + ethMm
  return new D(20000).minus(100000).plus(ethPnl).minus(ethMm).neg().div('0.996').toString();
}

function input(others: OtherPosition[]): PositionInput {
  return {
    venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'cross', side: 'long', size: '1',
    entryPrice: '100000', markPrice: '100000', walletBalance: '20000', otherPositions: others, tiers: BTC,
  };
}

function fieldRefused(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof ModelInputError ? error.field : 'another error';
  }
  return 'no error';
}

const close = (actual: string | null, expected: string) => new D(actual ?? 'NaN').minus(expected).abs().lt('1e-30');

describe('other cross positions kept between estimates, never at the cost of a result', () => {
  it('follows a mark price edited in place on the same object (tier 1 -> tier 2 of the ETH table)', () => {
    const eth: OtherPosition = { symbol: 'ETHUSDT', side: 'long', size: '20', entryPrice: '3000', markPrice: '2400', tiers: ETH };
    const others = [eth];
    expect(close(estimateLiquidation(input(others)).liquidationPrice, expectedPrice({ side: 'long', size: '20', entry: '3000', mark: '2400' }))).toBe(true);
    eth.markPrice = '2600'; // notional 52,000: tier 2
    expect(close(estimateLiquidation(input(others)).liquidationPrice, expectedPrice({ side: 'long', size: '20', entry: '3000', mark: '2600' }))).toBe(true);
    eth.side = 'short';
    expect(close(estimateLiquidation(input(others)).liquidationPrice, expectedPrice({ side: 'short', size: '20', entry: '3000', mark: '2600' }))).toBe(true);
  });

  it('follows the table: the same strings on an edited table give the new tier', () => {
    const table: Tier[] = ETH.map((t) => ({ ...t }));
    const eth: OtherPosition = { symbol: 'ETHUSDT', side: 'long', size: '20', entryPrice: '3000', markPrice: '2600', tiers: table };
    expect(close(estimateLiquidation(input([eth])).liquidationPrice, expectedPrice({ side: 'long', size: '20', entry: '3000', mark: '2600' }))).toBe(true);
    (table[1] as Tier).floor = '60000'; // 52,000 now falls in tier 1
    (table[1] as Tier).maintenanceAmount = '90';
    // Tier 1 at mark 2600: 20,000 + (P - 100,000) - 8,000 = 0.004 P + 52,000 x 0.5 %, so P = 88,260 / 0.996.
    const tierOne = new D(88260).div('0.996').toString();
    expect(close(estimateLiquidation(input([eth])).liquidationPrice, tierOne)).toBe(true);
    expect(close(estimateLiquidation(input([{ ...eth }])).liquidationPrice, tierOne)).toBe(true);
  });

  it('a string that once was valid and now is not is refused, with its field', () => {
    const eth: OtherPosition = { symbol: 'ETHUSDT', side: 'long', size: '20', entryPrice: '3000', markPrice: '2400', tiers: ETH };
    estimateLiquidation(input([eth]));
    eth.markPrice = '--';
    expect(fieldRefused(() => estimateLiquidation(input([eth])))).toBe('otherPositions[0].markPrice');
    eth.markPrice = '2400';
    expect(close(estimateLiquidation(input([eth])).liquidationPrice, expectedPrice({ side: 'long', size: '20', entry: '3000', mark: '2400' }))).toBe(true);
  });
});
