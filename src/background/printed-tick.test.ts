// The tick the worker uses is the instrument's own, from market data (for OKX BTC-USDT-SWAP the bundled
// table, tickSz 0.1 from qqokx's instrument cache, dated by its older part, the 2025-12-29 tiers), never
// the exchange's printed figure:
// Liqcheck's estimate must not depend on the figure it is checked against. With the instrument's tick
// the model prints OKX's one-tick step toward the mark (docs/model.md, "The venues' own rounding"),
// the rule's own value stays beside it, and the verdict says which tick its tolerance used.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import type { MarketLookup } from '../market-data/lookup';
import { row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 50 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

// BTC-USDT-SWAP (bundled: ctVal 0.01 BTC, tier 1 MMR 0.4 %), 4 contracts = 0.04 BTC long at 45,075.3
// with 601.004 USDT isolated margin; OKX's regular taker rate 0.05 %. The rule (reference §3.2):
// LP = (EP - M/Q) / (1 - m - f) = 30,186.037…; OKX prints that + one tick (0.1) toward the mark.
const rule = new D('45075.3').minus(new D('601.004').div('0.04')).div(new D(1).minus('0.004').minus('0.0005'));
const printedByOkx = rule.plus('0.1');

function okxRow(liq: string | null) {
  return row({ symbol: 'BTC-USDT-SWAP', side: 'long', mode: 'isolated', size: '4', unit: 'contracts', entry: '45075.3', mark: '45068', margin: '601.004', liq });
}

const estimateOf = (liq: string | null, lookup: MarketLookup = market) => estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows: [okxRow(liq)] }), lookup).positions[0]!;

describe('OKX isolated row: the instrument\'s tick, whatever the page printed', () => {
  it.each<[string, string | null, string]>([
    ['OKX\'s figure at its tick', '30186.1', 'agree'],
    ['the figure without decimals', '30186', 'agree'],
    ['no figure', null, 'unknown'],
  ])('%s (%s): the rule\'s price one tick toward the mark, verdict %s', (_case, liq, verdict) => {
    const result = estimateOf(liq);
    expect(new D(result.estimate).minus(printedByOkx).abs().lt('1e-20')).toBe(true);
    expect(result.verdict).toBe(verdict);
    // The rule's own value is said beside it.
    expect(result.assumptions.some((a) => a.includes(rule.toSignificantDigits(10).toString()))).toBe(true);
  });

  it('the verdict names the instrument\'s tick and the date of the answer it came from', () => {
    const notes = estimateOf('30186.1').assumptions.filter((a) => a.startsWith('Agreement within'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('0.1 (the instrument\'s, market data of 2025-12-29)');
  });
});

describe('no instrument tick known: the printed decimals, named as such, and the rule\'s price', () => {
  // The same row, with market data that knows the table but not the instrument.
  const withoutFacts: MarketLookup = {
    now: market.now,
    tierTable: (venue, symbol) => {
      const table = market.tierTable(venue, symbol);
      if (!table) return null;
      const { instrument: _i, instrumentDate: _d, ...rest } = table;
      return rest;
    },
  };

  it('the estimate is the rule\'s own price: a printed tick never feeds the model', () => {
    for (const liq of ['30186.1', '30186.12', '30186']) expect(new D(estimateOf(liq, withoutFacts).estimate).minus(rule).abs().lt('1e-20')).toBe(true);
  });

  it('the tolerance is the printed figure\'s tick, and the note says so', () => {
    const result = estimateOf('30186.12', withoutFacts);
    // |30,186.037… - 30,186.12| = 0.08 is within 0.05 % of the figure (15.09), so it agrees either way; the note names the tick.
    expect(result.verdict).toBe('agree');
    expect(result.assumptions.filter((a) => a.startsWith('Agreement within'))).toEqual([expect.stringContaining('0.01 (taken from the decimals the exchange printed')]);
  });
});

describe('the bundled instrument facts of the other venues reach the verdict', () => {
  it('Binance USDⓈ-M BTCUSDT: tick 0.10 from the recorded exchangeInfo of 2025-05-30', () => {
    const btc = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.5', entry: '60000', mark: '60000', margin: '1500' });
    const [p] = estimatePage(snapshot({ rows: [{ ...btc, liquidationPrice: { ok: true, value: '57000' } }] }), market).positions;
    expect(p!.assumptions.filter((a) => a.startsWith('Agreement within'))).toEqual([expect.stringContaining('0.10 (the instrument\'s, market data of 2025-05-30)')]);
  });

  it('Hyperliquid BTC: the tick at the figure from its szDecimals (5) in the bundled meta of 2025-11-11', () => {
    const btc = row({ symbol: 'BTC', side: 'long', mode: 'isolated', size: '0.5', entry: '100000', mark: '100000', margin: '5000', liq: '95000.5' });
    const [p] = estimatePage(snapshot({ venue: 'hyperliquid', symbol: 'BTC', rows: [btc] }), market).positions;
    // 95000.5 has 6 figures: at most 5 make a tick of 1 (6 - 5 = 1 decimal would allow 0.1).
    expect(p!.assumptions.filter((a) => a.startsWith('Agreement within'))).toEqual([expect.stringContaining('one price tick of 1 (the instrument\'s tick at this price: at most 5 significant figures and 1 digits after the point, whole prices always allowed; market data of 2025-11-11)')]);
  });
});
