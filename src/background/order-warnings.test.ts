// The six pre-trade warning kinds, each made to appear and not to appear on BTCUSDT (tables of
// 2026-09-16, docs/rules/binance.md §6.1: tier 1 up to 300,000 USDT at MMR 0.4 %, max 150x; tier 2
// to 800,000 at 0.5 %, max 100x), with liquidation prices from §2.3 computed here.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { OrderSideResult, WarningKind } from '../protocol/estimates';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { order, read, row, snapshot, type OrderSpec } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

function sides(spec: Partial<OrderSpec> & { stop?: string; mark?: string; rows?: Parameters<typeof snapshot>[0]['rows'] }, settings?: Settings): { long: OrderSideResult; short: OrderSideResult } {
  const o = order({ price: '60000', size: '0.1', leverage: '20', mode: 'isolated', ...spec });
  if (spec.stop) o.stopLoss = read(spec.stop);
  const result = estimatePage(snapshot({ order: o, rows: spec.rows ?? [], ...(spec.mark ? { mark: spec.mark } : {}) }), market, settings);
  return result.order!;
}
const kinds = (side: OrderSideResult) => side.warnings.map((w) => w.kind);
const find = (side: OrderSideResult, kind: WarningKind) => side.warnings.find((w) => w.kind === kind);

// §2.3, one new isolated position of 0.1 BTC at 60,000 with margin 6,000 / L.
const longLp = (lev: string) => new D(6000).sub(new D(6000).div(lev)).div(new D('0.1').mul('0.996'));
const shortLp = (lev: string) => new D(6000).add(new D(6000).div(lev)).div(new D('0.1').mul('1.004'));

describe('pre-trade warnings', () => {
  it('leverage-high: above the setting (20x by default), not at it', () => {
    expect(kinds(sides({ leverage: '20' }).long)).not.toContain('leverage-high');
    const { long, short } = sides({ leverage: '25' });
    expect(find(long, 'leverage-high')?.message).toBe('leverage 25x is above your limit of 20x');
    expect(find(short, 'leverage-high')?.side).toBe('short');
    expect(kinds(sides({ leverage: '15' }, { ...DEFAULT_SETTINGS, highLeverage: '10' }).long)).toContain('leverage-high');
  });

  it('liquidation-near-entry: within 5 % of the entry at 20x (4.62 %), not at 10x (9.64 %), and the threshold is the setting', () => {
    const lp20 = longLp('20');
    const gap = new D(60000).sub(lp20).div(60000).mul(100);
    expect(gap.toFixed(2)).toBe('4.62');
    const near = find(sides({ leverage: '20' }).long, 'liquidation-near-entry');
    expect(near?.message).toContain(`only ${gap.toSignificantDigits(3).toString()} % from the entry price 60000`);
    expect(kinds(sides({ leverage: '10' }).long)).not.toContain('liquidation-near-entry');
    // Prices in the sentence at the page's precision (a mark printed to 0.1 here), not 10 digits.
    const printed = find(sides({ leverage: '20', mark: '60000.5' }).long, 'liquidation-near-entry');
    expect(printed?.message).toContain(`liquidation at ${lp20.toDecimalPlaces(1).toString()} is`);
    expect(lp20.toDecimalPlaces(1).toString()).toBe('57228.9');
    expect(kinds(sides({ leverage: '20' }, { ...DEFAULT_SETTINGS, nearEntryPercent: '4' }).long)).not.toContain('liquidation-near-entry');
  });

  it('stop-beyond-liquidation: a long stop at or below its liquidation price, a short stop at or above', () => {
    const lpLong = longLp('20'); // 57,228.9…
    const lpShort = shortLp('20'); // 62,749.0…
    expect(kinds(sides({ stop: '57300' }).long)).not.toContain('stop-beyond-liquidation');
    expect(kinds(sides({ stop: '57000' }).long)).toContain('stop-beyond-liquidation');
    expect(lpLong.gt(57000) && lpLong.lt(57300)).toBe(true);
    const high = sides({ stop: '63000' });
    expect(lpShort.lt(63000)).toBe(true);
    expect(kinds(high.short)).toContain('stop-beyond-liquidation');
    expect(kinds(high.long)).not.toContain('stop-beyond-liquidation');
  });

  it('tier-jump: into tier 2 past 300,000 USDT, from no position or from a tier-1 position; none within a tier', () => {
    // 5.1 BTC at 60,000 = 306,000 USDT.
    const fresh = find(sides({ size: '5.1', leverage: '10' }).long, 'tier-jump');
    expect(fresh?.message).toBe('this order moves the position from tier 1 (maintenance rate 0.4 %) to tier 2 (maintenance rate 0.5 %)');
    const open4 = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '4', entry: '60000', mark: '60000', margin: '24000' });
    // 4 + 1.1 = 5.1 BTC: 240,000 -> 306,000 USDT.
    expect(kinds(sides({ size: '1.1', leverage: '10', rows: [open4] }).long)).toContain('tier-jump');
    const open6 = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '6', entry: '60000', mark: '60000', margin: '36000' });
    expect(kinds(sides({ size: '1', leverage: '10', rows: [open6] }).long)).not.toContain('tier-jump');
    expect(kinds(sides({ size: '4.9', leverage: '10' }).long)).not.toContain('tier-jump');
  });

  it('instant-liquidation: margin below maintenance at entry (300x: 1/300 < 0.4 %), or the liquidation price beyond the mark', () => {
    // 1/300 margin: LP = (6,000 − 20) / (0.1 · 0.996) = 60,040.2 > the fill at 60,000.
    const { long } = sides({ leverage: '300' });
    expect(new D(long.estimate).sub(new D(5980).div('0.0996')).abs().lt('1e-6')).toBe(true);
    expect(find(long, 'instant-liquidation')?.message).toContain('beyond 60000');
    expect(kinds(long)).not.toContain('liquidation-near-entry');
    // A limit long at 60,000 with 150x while the mark is 50,000: LP 59,839 is above the mark.
    expect(kinds(sides({ leverage: '150', mark: '50000' }).long)).toContain('instant-liquidation');
    expect(kinds(sides({ leverage: '150', mark: '61000' }).long)).not.toContain('instant-liquidation');
  });

  it('notional-above-cap: over 300,000 USDT at 125x (only tier 1 allows it), and a leverage above the maximum', () => {
    const over = find(sides({ size: '5.1', leverage: '125' }).long, 'notional-above-cap');
    expect(over?.message).toBe('the position after this order (306000 USDT) is above 300000 USDT, the most the venue allows at 125x');
    expect(kinds(sides({ size: '4.9', leverage: '125' }).long)).not.toContain('notional-above-cap');
    // At 100x tier 2 allows up to 800,000.
    expect(kinds(sides({ size: '5.1', leverage: '100' }).long)).not.toContain('notional-above-cap');
    expect(find(sides({ size: '0.1', leverage: '200' }).long, 'notional-above-cap')?.message).toBe("leverage 200x is above the venue's maximum of 150x for this symbol");
  });

  it("'after': the merged position's size, entry, leverage, notional and maintenance rate", () => {
    const open = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '4', entry: '60000', mark: '60000', margin: '24000' });
    const { long, short } = sides({ size: '1.1', price: '61000', leverage: '10', rows: [open] });
    // Long: 5.1 BTC at (240,000 + 67,100) / 5.1; value at the fill price 5.1 · 61,000 = 311,100 (tier 2).
    expect(long.after?.size).toBe('5.1');
    expect(new D(long.after!.entryPrice!).sub(new D(307100).div('5.1')).abs().lt('1e-20')).toBe(true);
    expect(long.after?.leverage).toBe('10');
    expect(long.after?.notional).toBe('311100');
    expect(long.after?.maintenanceMarginRate).toBe('0.005');
    // Short reduces the long to 2.9 BTC at its entry.
    expect(short.after).toMatchObject({ size: '2.9', entryPrice: '60000', maintenanceMarginRate: '0.004' });
  });

  it('settings that are not numbers fall back to the defaults (20x, 5 %) and never throw', () => {
    const broken = { ...DEFAULT_SETTINGS, highLeverage: 'abc', nearEntryPercent: '' } as Settings;
    const { long } = sides({ leverage: '25' }, broken);
    expect(find(long, 'leverage-high')?.message).toBe('leverage 25x is above your limit of 20x');
    // 25x: LP = (6,000 − 240) / 0.0996 = 57,831.3, 3.6 % from 60,000.
    expect(kinds(long)).toContain('liquidation-near-entry');
  });

  it('COIN-M counts tiers and caps in the coin: 1,100 contracts of 100 USD at 20,000 = 5.5 BTC (tier 2 from 5 BTC; 125x only to 5 BTC)', () => {
    const o = order({ symbol: 'BTCUSD_PERP', price: '20000', size: '1100', unit: 'contracts', leverage: '125', mode: 'isolated' });
    const { long } = estimatePage(snapshot({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', order: o }), market).order!;
    expect(new D(1100).mul(100).div(20000).toString()).toBe('5.5');
    expect(find(long, 'tier-jump')?.message).toBe('this order moves the position from tier 1 (maintenance rate 0.4 %) to tier 2 (maintenance rate 0.5 %)');
    expect(find(long, 'notional-above-cap')?.message).toBe('the position after this order (5.5 BTC) is above 5 BTC, the most the venue allows at 125x');
    expect(long.after).toMatchObject({ size: '1100', notional: '5.5', maintenanceMarginRate: '0.005' });
  });

  it("OKX counts in contracts: 1,200 contracts (12 BTC at 0.01 BTC each) above tier 1's cap of 1,000, the only tier allowing 100x", () => {
    // BTC-USDT-SWAP's bundled table (freqtrade's OKX cache, 2025-12-29): tier 1 to 1,000 contracts at
    // 100x and 0.4 %, tier 2 to 5,000 at 66.66x and 0.5 %.
    const o = order({ symbol: 'BTC-USDT-SWAP', price: '60000', size: '1200', unit: 'contracts', leverage: '100', mode: 'isolated' });
    const { long } = estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', order: o }), market).order!;
    expect(find(long, 'notional-above-cap')?.message).toBe('the position after this order (1200 contracts) is above 1000 contracts, the most the venue allows at 100x');
    // 12 BTC at 60,000: the value in USDT.
    expect(long.after).toMatchObject({ size: '12', notional: '720000', maintenanceMarginRate: '0.005' });
    const small = order({ symbol: 'BTC-USDT-SWAP', price: '60000', size: '900', unit: 'contracts', leverage: '100', mode: 'isolated' });
    expect(kinds(estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', order: small }), market).order!.long)).not.toContain('notional-above-cap');
  });
});
