// Binance USDⓈ-M test vectors from docs/rules/binance.md §8.
// Every expected value comes from the reference; none is copied from this code.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { binanceUsdmTiers } from './tiers';
import { estimateLiquidation, maintenanceMargin, tierIndexAt } from '../../model/index';
import { resolveTiers } from '../../model/tiers';
import type { PositionInput, Tier } from '../../model/types';

/** |actual - expected| <= tolerance, in decimal arithmetic. */
function expectClose(actual: string | null, expected: string, tolerance: string): void {
  expect(actual).not.toBeNull();
  const gap = new Decimal(actual as string).minus(expected).abs();
  expect(gap.lte(tolerance), `${actual} vs ${expected} (gap ${gap.toString()}, tolerance ${tolerance})`).toBe(true);
}

const table = (rows: [floor: string, rate: string, cum?: string][]): Tier[] =>
  rows.map(([floor, maintenanceMarginRate, maintenanceAmount]) =>
    maintenanceAmount === undefined ? { floor, maintenanceMarginRate } : { floor, maintenanceMarginRate, maintenanceAmount },
  );

// §6.4: tables behind the FAQ example (c. 2020-21), floors from the previous caps.
const BTC_FAQ_ERA = table([
  ['0', '0.004', '0'], ['50000', '0.005', '50'], ['250000', '0.01', '1300'], ['1000000', '0.025', '16300'],
  ['10000000', '0.05', '266300'], ['20000000', '0.1', '1266300'], ['50000000', '0.125', '2516300'],
  ['100000000', '0.15', '5016300'], ['200000000', '0.25', '25016300'], ['300000000', '0.5', '100016300'],
]);
const ETH_FAQ_ERA = table([
  ['0', '0.005', '0'], ['10000', '0.0065', '15'], ['100000', '0.01', '365'], ['500000', '0.02', '5365'],
  ['1000000', '0.05', '35365'], ['2000000', '0.1', '135365'], ['5000000', '0.125', '260365'],
  ['10000000', '0.15', '510365'], ['20000000', '0.25', '2510365'],
]);
// §6.3: 2024-10-24 snapshot. cum is left out on purpose: the model must derive it.
const BTC_T24 = table([
  ['0', '0.004'], ['50000', '0.005'], ['600000', '0.0065'], ['3000000', '0.01'], ['12000000', '0.02'],
  ['70000000', '0.025'], ['100000000', '0.05'], ['230000000', '0.1'], ['480000000', '0.125'],
  ['600000000', '0.15'], ['800000000', '0.25'], ['1200000000', '0.5'],
]);
const ETH_T24 = table([
  ['0', '0.004'], ['50000', '0.005'], ['600000', '0.0065'], ['3000000', '0.01'], ['12000000', '0.02'],
  ['50000000', '0.025'], ['65000000', '0.05'], ['150000000', '0.1'], ['320000000', '0.125'],
  ['400000000', '0.15'], ['530000000', '0.25'], ['800000000', '0.5'],
]);
const BTC_T26 = binanceUsdmTiers.BTCUSDT!.tiers;
const ETH_T26 = binanceUsdmTiers.ETHUSDT!.tiers;

const isolated = (symbol: string, side: 'long' | 'short', size: string, entryPrice: string, margin: string, tiers: Tier[]): PositionInput => ({
  venue: 'binance-usdm', symbol, contract: 'linear', marginMode: 'isolated', side, size, entryPrice, isolatedMargin: margin, tiers,
});

describe('A: Binance USDⓈ-M FAQ cross-margin example (freqtrade test_liquidation_price_binance), §8 A', () => {
  const WB = '1535443.01';
  const btc = { symbol: 'BTCUSDT', side: 'long' as const, size: '109.488', entryPrice: '32481.98', markPrice: '31967.27' };
  const eth = { symbol: 'ETHUSDT', side: 'long' as const, size: '3683.979', entryPrice: '1456.84', markPrice: '1335.18' };

  it('A1 ETHUSDT cross one-way long, BTCUSDT held at its mark -> 1153.2564642391', () => {
    const result = estimateLiquidation({
      venue: 'binance-usdm', contract: 'linear', marginMode: 'cross', walletBalance: WB, ...eth, tiers: ETH_FAQ_ERA,
      otherPositions: [{ ...btc, tiers: BTC_FAQ_ERA }],
    });
    expectClose(result.liquidationPrice, '1153.2564642391', '0.00000000005');
    expect(result.tierIndex).toBe(5); // 10 % / cum 135,365
    // §8 A: "total margin ratio = 427,713.32 / 1,030,895.56 = 41.49 %"
    expectClose(result.marginRatio ?? null, '0.4149', '0.00005');
    // §8 A: MM_ETH = 4,918,775.08122 x 10 % - 135,365 = 356,512.508122
    expectClose(result.maintenanceMargin ?? null, '356512.508122', '0.0000005');
  });

  it('A2 BTCUSDT cross one-way long, ETHUSDT held at its mark (flat rate and amount) -> 26316.8932645189', () => {
    const result = estimateLiquidation({
      venue: 'binance-usdm', contract: 'linear', marginMode: 'cross', walletBalance: WB, ...btc, tiers: BTC_FAQ_ERA,
      otherPositions: [{ ...eth, maintenanceMarginRate: '0.1', maintenanceAmount: '135365' }],
    });
    expectClose(result.liquidationPrice, '26316.8932645189', '0.00000000005');
    expect(result.tierIndex).toBe(3); // 2.5 % / cum 16,300
  });

  it('A3 ETHUSDT, WB as isolated wallet -> 1114.7849637459', () => {
    const result = estimateLiquidation(isolated('ETHUSDT', 'long', eth.size, eth.entryPrice, WB, ETH_FAQ_ERA));
    expectClose(result.liquidationPrice, '1114.7849637459', '0.00000000005');
  });

  it('A4 BTCUSDT, WB as isolated wallet -> 18778.7259321710', () => {
    const result = estimateLiquidation(isolated('BTCUSDT', 'long', btc.size, btc.entryPrice, WB, BTC_FAQ_ERA));
    expectClose(result.liquidationPrice, '18778.7259321710', '0.00000000005');
  });
});

describe('B: freqtrade test_get_liquidation_price / test_execute_entry (MMR 1 %, cum 0.01, isolated), §8 B', () => {
  const flat = table([['0', '0.01', '0.01']]);
  const thirds = (n: number) => new Decimal(n).div(3).toFixed(36);
  const cases: [id: string, side: 'long' | 'short', ep: string, q: string, wb: string, expected: string][] = [
    ['B1', 'short', '10', '1', '2', '11.891089108910891'],
    ['B2', 'short', '10', '1', thirds(10), '13.211221122112211'],
    ['B3', 'short', '8', '1', '1.6', '9.514851485148515'],
    ['B4', 'short', '10', '0.6', '1.2', '11.897689768976898'],
    ['B5', 'long', '10', '1', '2', '8.070707070707071'],
    ['B6', 'long', '8', '1', '1.6', '6.454545454545454'],
    ['B7', 'long', '10', '1', thirds(10), '6.723905723905724'],
    ['B8', 'long', '10', '0.6', '1.2', '8.063973063973064'],
    ['B9', 'short', '10', '30', '60', '11.881518151815181'],
    ['B10', 'long', '10', '30', '60', '8.080471380471381'],
  ];
  it.each(cases)('%s %s EP %s Q %s WB %s -> %s', (_id, side, ep, q, wb, expected) => {
    const result = estimateLiquidation(isolated('XYZUSDT', side, q, ep, wb, flat));
    // The references print 17 significant digits (float output).
    expectClose(result.liquidationPrice, expected, '0.000000000000005');
  });
});

describe('D: derived vectors for USDⓈ-M (T26 = 2026-09-16, T24 = 2024-10-24), §8 D', () => {
  const cases: [id: string, input: PositionInput, expected: string | null, tierIndex: number][] = [
    ['D1 T26', isolated('BTCUSDT', 'long', '1', '100000', '10000', BTC_T26), '90361.445783', 0],
    ['D1 T24', isolated('BTCUSDT', 'long', '1', '100000', '10000', BTC_T24), '90402.010050', 1],
    ['D2 T26', isolated('BTCUSDT', 'short', '1', '100000', '10000', BTC_T26), '109561.752988', 0],
    ['D2 T24', isolated('BTCUSDT', 'short', '1', '100000', '10000', BTC_T24), '109502.487562', 1],
    ['D3 T26', isolated('BTCUSDT', 'long', '50', '100000', '250000', BTC_T26), '95717.171717', 3],
    ['D3 T24', isolated('BTCUSDT', 'long', '50', '100000', '250000', BTC_T24), '95728.282828', 3],
    ['D6 T26', isolated('BTCUSDT', 'long', '1', '100000', '100000', BTC_T26), null, -1],
    ['D6 T24', isolated('BTCUSDT', 'long', '1', '100000', '100000', BTC_T24), null, -1],
    ['D7 T26', isolated('BTCUSDT', 'long', '1', '100000', '99950', BTC_T26), '50.200803', 0],
    ['D8 T26', isolated('BTCUSDT', 'short', '1', '100000', '100000', BTC_T26), '199203.187251', 0],
    ['D8 T24', isolated('BTCUSDT', 'short', '1', '100000', '100000', BTC_T24), '199054.726368', 1],
    ['D9 long T26', isolated('ETHUSDT', 'long', '10', '3000', '1500', ETH_T26), '2861.445783', 0],
    ['D9 short T26', isolated('ETHUSDT', 'short', '10', '3000', '1500', ETH_T26), '3137.450199', 0],
    ['D10 T26', isolated('ETHUSDT', 'long', '1000', '3000', '300000', ETH_T26), '2716.155008', 2],
    ['D10 T24', isolated('ETHUSDT', 'long', '1000', '3000', '300000', ETH_T24), '2716.708606', 2],
  ];
  it.each(cases)('%s', (_id, input, expected, tierIndex) => {
    const result = estimateLiquidation(input);
    if (expected === null) expect(result.liquidationPrice).toBeNull();
    else expectClose(result.liquidationPrice, expected, '0.0000005');
    expect(result.tierIndex).toBe(tierIndex);
  });

  it('D12 generic cross (TorchTrade #344): equity 5 at mark 100, long 1, MMR 0.4 %, other MM 4 -> 99.397590', () => {
    const result = estimateLiquidation({
      venue: 'binance-usdm', symbol: 'AUSDT', contract: 'linear', marginMode: 'cross', side: 'long', size: '1',
      entryPrice: '100', markPrice: '100', walletBalance: '5', tiers: table([['0', '0.004']]),
      // Another position with MM 4 and no unrealized PnL (entry = mark).
      otherPositions: [{ symbol: 'BUSDT', side: 'short', size: '1', entryPrice: '100', markPrice: '100', maintenanceMarginRate: '0.04' }],
    });
    expectClose(result.liquidationPrice, '99.397590', '0.0000005');
  });
});

describe('maintenance margin spot checks, T26 BTCUSDT (§8)', () => {
  it.each([
    ['100000', '400'], ['300000', '1200'], ['800000', '3700'], ['1000000', '5000'], ['12000000', '108000'], ['100000000', '2018000'],
  ])('notional %s -> MM %s', (notional, mm) => {
    expect(new Decimal(maintenanceMargin(notional, BTC_T26)).eq(mm)).toBe(true);
  });

  it('800k is the tier 2/3 boundary: both tiers give 3,700 (continuity)', () => {
    const [t2, t3] = [BTC_T26[1]!, BTC_T26[2]!];
    const by = (t: Tier) => new Decimal('800000').times(t.maintenanceMarginRate).minus(t.maintenanceAmount!);
    expect(by(t2).eq(3700) && by(t3).eq(3700)).toBe(true);
  });

  it('a boundary notional belongs to the upper tier (freqtrade bracket rule, §8 B)', () => {
    expect(tierIndexAt('300000', BTC_T26)).toBe(1);
    expect(tierIndexAt('299999.99', BTC_T26)).toBe(0);
    expect(tierIndexAt('5000000000', BTC_T26)).toBe(11); // beyond the last cap: last tier
  });
});

describe('cum recurrence (§1.3)', () => {
  it('derives the published 2024-10-24 cum column from floors and rates', () => {
    // §6.3 BTCUSDT cum column
    const published = ['0', '50', '950', '11450', '131450', '481450', '2981450', '14481450', '26481450', '41481450', '121481450', '421481450'];
    expect(resolveTiers(BTC_T24).map((t) => t.amount.toString())).toEqual(published);
    const ethPublished = ['0', '50', '950', '11450', '131450', '381450', '2006450', '9506450', '17506450', '27506450', '80506450', '280506450'];
    expect(resolveTiers(ETH_T24).map((t) => t.amount.toString())).toEqual(ethPublished);
  });

  it("the bundled 2026 tables satisfy the recurrence (the reference says all cum columns do)", () => {
    for (const { tiers } of Object.values(binanceUsdmTiers)) {
      const withoutCum = tiers.map(({ floor, maintenanceMarginRate }) => ({ floor, maintenanceMarginRate }));
      expect(resolveTiers(withoutCum).map((t) => t.amount.toString())).toEqual(tiers.map((t) => t.maintenanceAmount));
    }
  });
});

describe('other outputs, from the rule (§1.2, §7, §3)', () => {
  it('isolated margin ratio = MM / (isolated wallet + unrealized PnL) at the mark', () => {
    // D1 (T26) with mark 95,000: MM = 95,000 x 0.4 % = 380; balance = 10,000 - 5,000 = 5,000.
    const result = estimateLiquidation({ ...isolated('BTCUSDT', 'long', '1', '100000', '10000', BTC_T26), markPrice: '95000' });
    expect(result.maintenanceMargin).toBe('380');
    expect(result.marginRatio).toBe('0.076');
  });

  it('bankruptcy price: margin balance = 0, i.e. EP -/+ WB/Q for one isolated position', () => {
    expect(estimateLiquidation(isolated('BTCUSDT', 'long', '2', '100000', '10000', BTC_T26)).bankruptcyPrice).toBe('95000');
    expect(estimateLiquidation(isolated('BTCUSDT', 'short', '2', '100000', '10000', BTC_T26)).bankruptcyPrice).toBe('105000');
    // D6: a 1x long has neither a liquidation nor a bankruptcy price above zero.
    expect(estimateLiquidation(isolated('BTCUSDT', 'long', '1', '100000', '100000', BTC_T26)).bankruptcyPrice).toBeNull();
  });

  it('partial liquidation is flagged from tier 2 up (Liqcheck assumption on §7, see docs/model.md)', () => {
    expect(estimateLiquidation(isolated('BTCUSDT', 'long', '1', '100000', '10000', BTC_T26)).partialLiquidation).toBe(false); // D1, t1
    expect(estimateLiquidation(isolated('BTCUSDT', 'long', '50', '100000', '250000', BTC_T26)).partialLiquidation).toBe(true); // D3, t4
    expect(estimateLiquidation(isolated('BTCUSDT', 'long', '1', '100000', '100000', BTC_T26)).partialLiquidation).toBe(false); // D6, none
  });

  it("beyond the last cap the last tier is used, and said (§3)", () => {
    // 20,000 BTC short @ 100,000 (2 B notional, cap 1.8 B), 1x: closed form with the last tier (50 %, 421,482,000).
    const result = estimateLiquidation(isolated('BTCUSDT', 'short', '20000', '100000', '2000000000', BTC_T26));
    const expected = new Decimal('2000000000').plus('2000000000').plus('421482000').div(new Decimal('20000').times('1.5'));
    expectClose(result.liquidationPrice, expected.toString(), '1e-12'); // the test's Decimal has 20 digits
    expect(result.tierIndex).toBe(11);
    expect(result.assumptions.some((a) => a.includes("beyond the last tier's cap"))).toBe(true);
  });
});
