// info meta (docs/rules/hyperliquid-and-others.md §1.3, §1.7) into tiers: lower bounds in USDC,
// maintenance rate 1 / (2 × max leverage).
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { validateTiers } from '../../market-data/validate-tiers';
import { hyperliquidMeta } from '../../market-data/testing/venue-answers';
import { hyperliquidEndpoints as hyperliquid } from './endpoints';

const Decimal = DecimalJs.clone({ precision: 40 });
const meta = () => hyperliquidMeta() as { universe: Record<string, unknown>[]; marginTables: unknown[] };

describe('Hyperliquid meta', () => {
  it('one POST {"type":"meta"} for every coin', () => {
    const [request] = hyperliquid.tierRequests('BTC');
    expect(request).toMatchObject({ url: 'https://api.hyperliquid.xyz/info', method: 'POST' });
    expect(JSON.parse(request!.body!)).toEqual({ type: 'meta', dex: '' });
  });

  it('BTC, table 56: 0–150M at 40x (r 1.25 %), then 20x (r 2.5 %); §1.3', () => {
    const parsed = hyperliquid.parseTiers([meta()], 'BTC');
    expect(parsed).toEqual({
      ok: true,
      value: {
        tiers: [
          { floor: '0.0', maintenanceMarginRate: '0.0125', maxLeverage: '40' },
          { floor: '150000000.0', maintenanceMarginRate: '0.025', maxLeverage: '20' },
        ],
        // szDecimals 5: at most 6 - 5 decimals and 5 significant figures (docs, "Tick and lot size").
        instrument: { priceRule: { significantFigures: 5, maxDecimals: 6 - 5 } },
      },
    });
    expect(parsed.ok && validateTiers(parsed.value.tiers).ok).toBe(true);
  });

  it('ETH tier 1 at 15x: r = 1/30 to the model\'s precision', () => {
    const parsed = hyperliquid.parseTiers([meta()], 'ETH');
    const rate = parsed.ok ? parsed.value.tiers[1]!.maintenanceMarginRate : '0';
    expect(new Decimal(rate).sub(new Decimal(1).div(30)).abs().lt('1e-35')).toBe(true);
    expect(parsed.ok && validateTiers(parsed.value.tiers).ok).toBe(true);
  });

  it('a table id below 50 without a table is one tier at the asset\'s max leverage', () => {
    const priceRule = { significantFigures: 5, maxDecimals: 6 - 0 };
    expect(hyperliquid.parseTiers([meta()], 'XYZ')).toEqual({ ok: true, value: { tiers: [{ floor: '0', maintenanceMarginRate: new Decimal(1).div(6).toString(), maxLeverage: '3' }], instrument: { priceRule } } });
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['not a whole number', 1.5],
    ['above 6', 7],
    ['a string', '5'],
  ])('szDecimals %s: the tiers without a price rule', (_case, szDecimals) => {
    const odd = meta();
    odd.universe[0]!.szDecimals = szDecimals;
    const parsed = hyperliquid.parseTiers([odd], 'BTC');
    expect(parsed.ok && parsed.value.tiers).toHaveLength(2);
    expect(parsed.ok && parsed.value.instrument).toBeUndefined();
  });

  it('refuses an unknown coin, a tiered table that is missing, and a tier without leverage', () => {
    expect(hyperliquid.parseTiers([meta()], 'DOGE')).toEqual({ ok: false, reason: 'meta has no DOGE' });
    const missing = meta();
    missing.marginTables = [];
    expect(hyperliquid.parseTiers([missing], 'BTC')).toEqual({ ok: false, reason: 'meta has no margin table 56 for BTC' });
    const broken = meta();
    (broken.marginTables[0] as [number, { marginTiers: Record<string, unknown>[] }])[1].marginTiers[1]!.maxLeverage = 0;
    expect(hyperliquid.parseTiers([broken], 'BTC')).toEqual({ ok: false, reason: 'BTC margin tier 2 lacks a bound or leverage' });
    expect(hyperliquid.parseTiers([[]], 'BTC').ok).toBe(false);
  });

  it('metaAndAssetCtxs: the coin\'s mark price and funding, by its index in the universe', () => {
    const answer = [meta(), [{ markPx: '61000.0', funding: '0.0000125' }, { markPx: '3000.0', funding: '0.00001' }, { markPx: '1.0' }]];
    expect(hyperliquid.parseMark!(answer, 'ETH')).toEqual({ ok: true, value: { markPrice: '3000.0', fundingRate: '0.00001' } });
    expect(hyperliquid.parseMark!({}, 'ETH').ok).toBe(false);
  });
});
