import { describe, expect, it } from 'vitest';
import { bundledTables } from '../../data';
import { Dm } from '../decimal';
import { estimateLiquidation } from '../index';
import type { PositionInput, Tier } from '../types';
import { marginToTarget } from './margin-to-target';

// Binance BTCUSDT tiers as in docs/rules/binance.md §6 (T26): first tier MMR 0.4 %, cum 0 up to 300,000.
const TIERS: Tier[] = [
  { floor: '0', cap: '300000', maintenanceMarginRate: '0.004', maintenanceAmount: '0', maxLeverage: '150' },
  { floor: '300000', cap: '800000', maintenanceMarginRate: '0.005', maintenanceAmount: '300', maxLeverage: '100' },
];
const d1 = (over: Partial<PositionInput> = {}): PositionInput => ({
  venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long',
  size: '1', entryPrice: '100000', markPrice: '100000', leverage: '10', isolatedMargin: '10000', tiers: TIERS, ...over,
});

/** Binance §2 one position: LP = (WB + cum − s·Q·EP) / (Q·MMR − s·Q), so WB = LP·(Q·MMR − s·Q) + s·Q·EP − cum. */
const binanceMarginFor = (lp: number, side: 1 | -1, q = 1, ep = 100000, mmr = 0.004) => lp * (q * mmr - side * q) + side * q * ep;

function expectReached(input: PositionInput, added: string, target: string, tick: number, to: 'isolatedMargin' | 'walletBalance' = 'isolatedMargin') {
  const withMargin = { ...input, [to]: new Dm(input[to]!).add(added).toString() };
  const lp = Number(estimateLiquidation(withMargin).liquidationPrice);
  const beyond = input.side === 'long' ? Number(target) - lp : lp - Number(target);
  expect(beyond).toBeGreaterThanOrEqual(0);
  expect(beyond).toBeLessThanOrEqual(tick);
}

describe('marginToTarget', () => {
  it('isolated long (D1) to 85,000: adds 15,340 − 10,000 = 5,340 by the Binance formula', () => {
    const r = marginToTarget(d1(), '85000');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.to).toBe('position');
    // Within one tick of price, i.e. 0.996 of margin per price unit.
    expect(Math.abs(Number(r.addMargin) - (binanceMarginFor(85000, 1) - 10000))).toBeLessThanOrEqual(0.996);
    expectReached(d1(), r.addMargin, '85000', 1);
  });

  it('isolated short (D2) to 115,000: adds 5,460', () => {
    const input = d1({ side: 'short' });
    const r = marginToTarget(input, '115000', '0.1');
    expect(r.ok && Math.abs(Number(r.addMargin) - (binanceMarginFor(115000, -1) - 10000))).toBeLessThanOrEqual(0.1 * 1.004);
    if (r.ok) expectReached(input, r.addMargin, '115000', 0.1);
  });

  it('a target between the liquidation price and the mark: margin that can be removed (negative)', () => {
    const r = marginToTarget(d1(), '95000');
    expect(r.ok && Number(r.addMargin)).toBeCloseTo(binanceMarginFor(95000, 1) - 10000, -1);
    expect(r.ok && Number(r.addMargin)).toBeLessThan(0);
    if (r.ok) expectReached(d1(), r.addMargin, '95000', 1);
  });

  it('cross: adds to the wallet', () => {
    const input = d1({ marginMode: 'cross', isolatedMargin: undefined, walletBalance: '10000' });
    const r = marginToTarget(input, '80000');
    expect(r.ok && r.to).toBe('wallet');
    expect(r.ok && Math.abs(Number(r.addMargin) - (binanceMarginFor(80000, 1) - 10000))).toBeLessThanOrEqual(1);
    if (r.ok) expectReached(input, r.addMargin, '80000', 1, 'walletBalance');
  });

  it('COIN-M long (D16) to 80,000: WB = N·CM·(1 + MMR)/LP − N·CM/EP = 0.255 BTC, so 0.155 to add', () => {
    const table = Object.assign({}, ...bundledTables['binance-coinm']!).BTCUSD_PERP;
    const input: PositionInput = { venue: 'binance-coinm', symbol: 'BTCUSD_PERP', contract: 'inverse', marginMode: 'isolated', side: 'long', size: '1000', contractValue: '100', entryPrice: '100000', markPrice: '100000', isolatedMargin: '0.1', tiers: table.tiers };
    const r = marginToTarget(input, '80000');
    expect(r.ok).toBe(true);
    // One price tick at 80,000 is worth about N·CM·1.004/80,000² ≈ 1.6e-5 BTC of margin.
    expect(r.ok && Math.abs(Number(r.addMargin) - 0.155)).toBeLessThan(2e-5);
    if (r.ok) expectReached(input, r.addMargin, '80000', 1);
  });

  it('refuses a target on the wrong side of the mark', () => {
    expect(marginToTarget(d1(), '101000')).toEqual({ ok: false, reason: 'wrong-side' });
    expect(marginToTarget(d1({ side: 'short' }), '99000')).toEqual({ ok: false, reason: 'wrong-side' });
    expect(marginToTarget(d1(), '100000')).toEqual({ ok: false, reason: 'wrong-side' });
  });

  it('refuses a target no margin reaches: removing it all still leaves the liquidation price below', () => {
    // Long from 100,000 with the mark at 150,000: a liquidation at 140,000 needs WB = 100,000 − 140,000 × 0.996 < 0.
    expect(marginToTarget(d1({ markPrice: '150000' }), '140000')).toEqual({ ok: false, reason: 'beyond-bankruptcy' });
  });

  it('says what is missing', () => {
    expect(marginToTarget(d1({ markPrice: undefined }), '85000')).toEqual({ ok: false, reason: 'no-mark' });
    expect(marginToTarget(d1({ isolatedMargin: undefined }), '85000')).toEqual({ ok: false, reason: 'no-margin' });
    expect(marginToTarget(d1(), 'abc')).toEqual({ ok: false, reason: 'bad-input' });
    expect(marginToTarget(d1(), '-5')).toEqual({ ok: false, reason: 'bad-input' });
  });

  it('on every venue\'s bundled BTC table, the answer reaches the target within one tick (checked by the model)', () => {
    const cases: PositionInput[] = [
      { venue: 'bybit', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '2', entryPrice: '60000', markPrice: '61000', leverage: '20', isolatedMargin: '6000', tiers: [] },
      { venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'short', size: '2', contractSize: '0.01', entryPrice: '60000', markPrice: '59000', leverage: '20', isolatedMargin: '6000', tiers: [] },
      { venue: 'hyperliquid', symbol: 'BTC', contract: 'linear', marginMode: 'isolated', side: 'long', size: '2', entryPrice: '60000', markPrice: '60000', leverage: '10', isolatedMargin: '12000', tiers: [] },
      { venue: 'bitget', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'short', size: '2', entryPrice: '60000', markPrice: '60500', leverage: '10', isolatedMargin: '12000', tiers: [] },
    ];
    for (const c of cases) {
      const table = Object.assign({}, ...bundledTables[c.venue]!)[c.symbol];
      const input = { ...c, tiers: table.tiers, ...(table.contractSize ? { contractSize: table.contractSize } : {}) };
      const now = Number(estimateLiquidation(input).liquidationPrice);
      for (const factor of [0.5, 0.9, 1.3]) {
        const mark = Number(input.markPrice);
        const target = (mark + (now - mark) * factor).toFixed(1);
        const r = marginToTarget(input, target);
        expect(r.ok, `${c.venue} ${target}`).toBe(true);
        if (r.ok) expectReached(input, r.addMargin, target, 0.1);
      }
    }
  });
});
