// Watched positions through the model, against recorded real answers (testing/recorded.ts) where
// Hyperliquid's liquidationPx is given, and an independent computation here for the cross path.
// No expectation is copied from the code under test.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../model/types';
import type { HlAccount } from './account-state';
import { parseClearinghouseState } from './clearinghouse';
import { watchedRows, type TiersFor } from './rows';
import { DOCS_ISOLATED_ETH, SDK_CROSS_2023_BODY } from './testing/recorded';

const D = Decimal.clone({ precision: 50 });

/** One tier at max leverage L: maintenance rate 1/(2L) (reference §1.2), built here, not by the code. */
const single = (maxLeverage: string): Tier[] => [{ floor: '0', maxLeverage, maintenanceMarginRate: new D(1).div(new D(maxLeverage).times(2)).toString() }];
const tables = (byCoin: Record<string, Tier[]>): TiersFor => (coin) => byCoin[coin];

function account(json: unknown): HlAccount {
  const parsed = parseClearinghouseState(json);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe('the docs\' recorded answer: isolated ETH long (2024-02-22)', () => {
  const eth = account(DOCS_ISOLATED_ETH);

  it('agrees with Hyperliquid\'s 2866.26936529, within 1e-8 of it; 95.059824 / (0.0335 x 0.99) to 8 decimals', () => {
    const [row] = watchedRows(eth, tables({ ETH: single('50') }));
    expect(row).toMatchObject({ coin: 'ETH', side: 'long', size: '0.0335', marginMode: 'isolated', hyperliquid: '2866.26936529', verdict: 'agree', reasons: [] });
    const estimate = new D(row!.estimate);
    expect(estimate.minus('2866.26936529').abs().div('2866.26936529').lt('1e-8')).toBe(true);
    expect(estimate.toDecimalPlaces(8).toString()).toBe(new D('95.059824').div(new D('0.0335').times('0.99')).toDecimalPlaces(8).toString());
  });

  it('a short is read from the sign of szi', () => {
    const copy = structuredClone(DOCS_ISOLATED_ETH);
    copy.assetPositions[0]!.position.szi = '-0.0335';
    expect(watchedRows(account(copy), tables({ ETH: single('50') }))[0]).toMatchObject({ side: 'short', size: '0.0335' });
  });

  it('no table, or a table whose max leverage is not the account\'s: cannot verify, saying what is missing', () => {
    expect(watchedRows(eth, tables({}))[0]).toMatchObject({ estimate: 'unknown', verdict: 'unknown', hyperliquid: '2866.26936529', reasons: ['no margin table for ETH yet'] });
    expect(watchedRows(eth, tables({ ETH: single('40') }))[0]).toMatchObject({ verdict: 'unknown', reasons: ['the margin table for ETH says 40x, the account says 50x'] });
  });
});

describe('the python SDK\'s recorded answer (2023-03-27): 12 cross positions, before crossMaintenanceMarginUsed', () => {
  const old = account(JSON.parse(SDK_CROSS_2023_BODY));
  const rows = watchedRows(old, () => single('50'));

  it('lists every position with its side from szi and Hyperliquid\'s figure (null: none)', () => {
    expect(rows.map((r) => `${r.coin} ${r.side} ${r.size} ${r.hyperliquid}`)).toEqual([
      'BTC short 0.00785 173198.69592357', 'ETH long 0.1334 none', 'ATOM short 0.45 2561.83187333', 'MATIC long 76.6 none',
      'DYDX short 121.2 11.841653', 'SOL long 7.39 none', 'AVAX long 28.3 none', 'BNB long 1.916 none',
      'APE short 131.8 12.57589638', 'OP short 76.4 17.0707113', 'LTC long 5.33 none', 'ARB long 246.5 none',
    ]);
  });

  it('cannot verify any cross position: the answer has no cross maintenance margin to check the account against', () => {
    for (const row of rows) expect(row).toMatchObject({ marginMode: 'cross', estimate: 'unknown', verdict: 'unknown', reasons: ['the answer has no cross maintenance margin to check the account against'] });
  });
});

describe('cross, documented shape, expectation from the docs formula computed here (reference §1.4)', () => {
  // BTC long 0.5 @ 60000 (mark 59000), ETH short 4 @ 3000 (mark 3100); both 50x single-tier (r = 1 %).
  // Cross account value 5000. MM: 0.5 x 59000 x 1 % + 4 x 3100 x 1 % = 295 + 124 = 419.
  const AV = new D(5000);
  const r = new D('0.01');
  /** P = (MM_other - C) / (s (1 - σ r)), C = AV - s m (reference §1.4, single tier, D = 0). */
  const docsPrice = (s: string, m: string, mmOther: string) => new D(mmOther).minus(AV.minus(new D(s).times(m))).div(new D(s).times(new D(1).minus(new D(new D(s).isNeg() ? -1 : 1).times(r))));
  const btc = docsPrice('0.5', '59000', '124');
  const eth = docsPrice('-4', '3100', '295');
  const answer = (mm: string, btcLiq: string) => ({
    assetPositions: [
      { type: 'oneWay', position: { coin: 'BTC', szi: '0.5', entryPx: '60000', positionValue: '29500', unrealizedPnl: '-500', leverage: { type: 'cross', value: 10 }, liquidationPx: btcLiq, marginUsed: '2950', maxLeverage: 50 } },
      { type: 'oneWay', position: { coin: 'ETH', szi: '-4', entryPx: '3000', positionValue: '12400', unrealizedPnl: '-400', leverage: { type: 'cross', value: 10 }, liquidationPx: eth.toDecimalPlaces(8).toString(), marginUsed: '1240', maxLeverage: 50 } },
    ],
    crossMarginSummary: { accountValue: AV.toString(), totalNtlPos: '41900', totalRawUsd: '-4000', totalMarginUsed: '4190' },
    crossMaintenanceMarginUsed: mm,
  });
  const both = tables({ BTC: single('50'), ETH: single('50') });

  it(`BTC long ${btc.toDecimalPlaces(2).toString()} and ETH short ${eth.toDecimalPlaces(2).toString()}: both agree`, () => {
    const rows = watchedRows(account(answer('419.0', btc.toDecimalPlaces(8).toString())), both);
    expect(rows.map((x) => [x.coin, x.side, x.verdict])).toEqual([['BTC', 'long', 'agree'], ['ETH', 'short', 'agree']]);
    expect(new D(rows[0]!.estimate).minus(btc).abs().lt('1e-8')).toBe(true);
    expect(new D(rows[1]!.estimate).minus(eth).abs().lt('1e-8')).toBe(true);
  });

  it('Hyperliquid 1 % away: differs by that much', () => {
    const rows = watchedRows(account(answer('419.0', btc.times('1.01').toDecimalPlaces(8).toString())), both);
    expect(rows[0]).toMatchObject({ verdict: 'differs' });
    expect(Number(rows[0]!.differencePercent)).toBeCloseTo(-0.990, 3);
  });

  it('a cross maintenance margin these positions don\'t explain (spot-backed account): cannot verify, named', () => {
    const rows = watchedRows(account(answer('300.0', btc.toDecimalPlaces(8).toString())), both);
    for (const row of rows) {
      expect(row.verdict).toBe('unknown');
      expect(row.reasons[0]).toBe("the cross maintenance margin Hyperliquid reports (300.0) is not the one of these positions (419): spot balances (a unified or portfolio-margin account) or positions Liqcheck can't see");
    }
  });

  it('one cross coin without a table: no cross estimate at all (its margin is part of every one)', () => {
    expect(watchedRows(account(answer('419.0', '1')), tables({ BTC: single('50') })).map((x) => x.reasons)).toEqual([['no margin table for ETH yet'], ['no margin table for ETH yet']]);
  });
});
