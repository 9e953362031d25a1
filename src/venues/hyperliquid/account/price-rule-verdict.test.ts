// The watched rows' verdict takes the coin's price rule at Hyperliquid's own figure (docs, "Tick and
// lot size": at most 5 significant figures and 6 - szDecimals decimals), for main-dex and HIP-3 assets
// alike. The position is the docs' isolated ETH example (testing/recorded.ts) at a thousandth of the
// price and a thousand times the size, on a HIP-3 coin: the same dollars, so Liqcheck's figure is
// 95.059824 / (33.5 x 0.99) = 2.8662693…, where a tick of 0.01 is wider than 0.05 % of the price.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../../platform/key-value-area';
import type { Tier } from '../../../model/types';
import { parseClearinghouseState } from './clearinghouse';
import { dexTablesKey, dexTiers, parseDexMeta } from './dex-tables';
import { WeightBudget } from './request-weight';
import { watchedRows } from './rows';
import { DOCS_ISOLATED_ETH } from './testing/recorded';

const D = Decimal.clone({ precision: 50 });
const NOW = Date.parse('2026-12-05T12:00:00Z');
const COIN = 'xyz:ABC';
const tiers: Tier[] = [{ floor: '0', maxLeverage: '50', maintenanceMarginRate: new D(1).div(100).toString() }];
const estimate = new D('95.059824').div(new D('33.5').times('0.99'));

function scaledAccount(hyperliquidFigure: string) {
  const copy = structuredClone(DOCS_ISOLATED_ETH);
  Object.assign(copy.assetPositions[0]!.position, { coin: COIN, entryPx: '2.9863', szi: '33.5', liquidationPx: hyperliquidFigure });
  const parsed = parseClearinghouseState(copy, 'xyz');
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}
/** The rule for an asset of these szDecimals, written from the docs. */
const ruleFor = (szDecimals: number) => ({ rule: { significantFigures: 5, maxDecimals: 6 - szDecimals }, date: '2026-12-05' });

describe('the verdict of a watched HIP-3 row', () => {
  // Hyperliquid's figure 0.3 % above Liqcheck's: 0.0086 apart; 0.05 % of it is 0.0014.
  const figure = '2.8749';
  const apart = new D(figure).minus(estimate).abs();

  it('szDecimals 4: at 2.87 the rule allows 2 decimals, a tick of 0.01, and 0.0086 apart agree', () => {
    expect(apart.lt('0.01') && apart.gt(new D(figure).times('0.0005'))).toBe(true);
    const [row] = watchedRows(scaledAccount(figure), () => tiers, undefined, () => ruleFor(4));
    expect(new D(row!.estimate).minus(estimate).abs().lt('1e-20')).toBe(true);
    expect(row).toMatchObject({ coin: COIN, verdict: 'agree' });
  });

  it('szDecimals 2: 5 figures at 2.87 are a tick of 0.0001, and the same figures differ', () => {
    expect(watchedRows(scaledAccount(figure), () => tiers, undefined, () => ruleFor(2))[0]).toMatchObject({ verdict: 'differs' });
  });

  it('no rule known: the tick of the figure\'s decimals (0.0001), and they differ', () => {
    expect(watchedRows(scaledAccount(figure), () => tiers)[0]).toMatchObject({ verdict: 'differs' });
  });
});

describe('HIP-3 price rules from the dex\'s meta', () => {
  // Hyperliquid's docs example of the xyz dex (data/sources/hyperliquid/meta-and-asset-ctxs-xyz-docs.json):
  // xyz:XYZ100 szDecimals 4, xyz:TSLA and xyz:NVDA 3.
  const [meta] = JSON.parse(readFileSync('data/sources/hyperliquid/meta-and-asset-ctxs-xyz-docs.json', 'utf8')) as [unknown];

  it('each asset\'s rule is 5 figures and 6 - szDecimals decimals', () => {
    const parsed = parseDexMeta(meta, 'xyz');
    expect(parsed.ok && parsed.rules).toEqual({
      'xyz:XYZ100': { significantFigures: 5, maxDecimals: 6 - 4 },
      'xyz:TSLA': { significantFigures: 5, maxDecimals: 6 - 3 },
      'xyz:NVDA': { significantFigures: 5, maxDecimals: 6 - 3 },
    });
  });

  it('kept with the tables, read back checked and dated with the fetch; a stored rule that is no rule is none', async () => {
    const parsed = parseDexMeta(meta, 'xyz');
    if (!parsed.ok) throw new Error(parsed.reason);
    const rules = { ...parsed.rules, 'xyz:NVDA': { significantFigures: 5, maxDecimals: 'lots' } };
    const area = memoryArea({ [dexTablesKey('xyz')]: { good: { fetchedAt: NOW - 60_000, tiers: parsed.tiers, rules } } });
    const fetch = () => Promise.reject(new Error('nothing is asked: the stored tables are fresh'));
    const tables = await dexTiers('xyz', area, NOW, new WeightBudget(0), { fetch });
    expect(tables.tick('xyz:TSLA')).toEqual({ rule: { significantFigures: 5, maxDecimals: 3 }, date: '2026-12-05' });
    expect(tables.tick('xyz:NVDA')).toBeUndefined();
    expect(tables.tick('xyz:ETH')).toBeUndefined();
    expect(tables.tiers('xyz:TSLA')).toEqual(parsed.tiers['xyz:TSLA']);
  });
});
