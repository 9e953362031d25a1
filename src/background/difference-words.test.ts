// What the worker adds for the overlay's words (issue 21): which way a difference cuts, the partial-
// liquidation flag, and what an order does to the position. Directions are checked by the mark's
// distance to each figure (the one the mark reaches first comes sooner), not by the code's own rule.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage as estimateWith } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { order, row, snapshot } from './testing/make-snapshot';
import { compare } from './verdict';

const D = Decimal.clone({ precision: 40 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const estimatePage = (s: Parameters<typeof estimateWith>[0]) => estimateWith(s, market);

/** 'sooner' when the mark, moving toward liquidation, meets Liqcheck's figure before the exchange's. */
const byDistance = (mark: string, estimate: string, displayed: string) =>
  new D(mark).sub(estimate).abs().lt(new D(mark).sub(displayed).abs()) ? 'sooner' : 'later';

describe('which way a difference cuts', () => {
  it('a long whose page figure is below Liqcheck\'s (90,361.4): Liqcheck liquidates sooner', () => {
    const [btc] = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '88000.0' })] })).positions;
    expect(btc!.verdict).toBe('differs');
    expect(btc!.direction).toBe(byDistance('100000', btc!.estimate, '88000.0'));
    expect(btc!.direction).toBe('sooner');
    expect(new D(btc!.differencePercent!).gt(0)).toBe(true);
  });

  it('a long whose page figure is above: later; a short whose page figure is below (3,137.45 vs 3,000): later', () => {
    const { positions } = estimatePage(
      snapshot({
        rows: [
          row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '93000.0' }),
          row({ symbol: 'ETHUSDT', side: 'short', mode: 'isolated', size: '10', entry: '3000', mark: '3000', margin: '1500', liq: '3000' }),
        ],
      }),
    );
    expect(positions[0]!.direction).toBe(byDistance('100000', positions[0]!.estimate, '93000.0'));
    expect(positions[0]!.direction).toBe('later');
    // The short's mark sits at its page figure: any other liquidation price is farther away.
    expect(positions[1]!.direction).toBe('later');
  });

  it('a short whose page figure is above Liqcheck\'s (109,561.75): sooner', () => {
    const [btc] = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'short', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '112000.0' })] })).positions;
    expect(btc!.direction).toBe(byDistance('100000', btc!.estimate, '112000.0'));
    expect(btc!.direction).toBe('sooner');
  });

  it('agreeing, unknown side or cannot verify: no direction', () => {
    expect(compare('90361.45', '90361.4', 'long').direction).toBeUndefined();
    expect(compare('95000', '90000', undefined).direction).toBeUndefined();
    expect(compare('unknown', '90000', 'long').direction).toBeUndefined();
    expect(compare('95000', '90000', 'long').direction).toBe(byDistance('100000', '95000', '90000'));
    expect(compare('95000', '90000', 'short').direction).toBe('later');
  });

  it('no liquidation price on one side is the farthest one', () => {
    // Liqcheck has one, the exchange shows none: Liqcheck's comes first.
    expect(compare('90000', 'none', 'long').direction).toBe('sooner');
    expect(compare('none', '90000', 'short').direction).toBe('later');
  });
});

describe('partial liquidation', () => {
  // BTCUSDT's bundled table (2026-09-16): Binance may reduce a position from tier 2 up (docs/model.md).
  const tier1Cap = new D(market.tierTable('binance-usdm', 'BTCUSDT')!.tiers[0]!.cap!);

  it('a position beyond tier 1 at its liquidation price is flagged; one within it is not', () => {
    const small = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' });
    const big = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '20', entry: '100000', mark: '100000', margin: '200000' });
    const [a] = estimatePage(snapshot({ rows: [small] })).positions;
    const [b] = estimatePage(snapshot({ rows: [big] })).positions;
    expect(new D(a!.estimate).mul(1).lte(tier1Cap)).toBe(true);
    expect(a!.partialLiquidation).toBeUndefined();
    expect(new D(b!.estimate).mul(20).gt(tier1Cap)).toBe(true);
    expect(b!.partialLiquidation).toBe(true);
  });

  it('Binance publishes no step size: none is given', () => {
    const big = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '20', entry: '100000', mark: '100000', margin: '200000' });
    expect(estimatePage(snapshot({ rows: [big] })).positions[0]!.partialFirstStepPercent).toBeUndefined();
  });

  it('Hyperliquid above 100,000 USDC: the first step is 20 % (its rule, 20 % at a time)', () => {
    const big = row({ symbol: 'BTC', side: 'long', mode: 'isolated', size: '5', entry: '100000', mark: '100000', margin: '50000' });
    const [p] = estimatePage(snapshot({ venue: 'hyperliquid', symbol: 'BTC', rows: [big] })).positions;
    expect(p!.estimate, p!.reasons.join('; ')).toMatch(/^\d/);
    expect(p!.partialLiquidation).toBe(true);
    expect(p!.partialFirstStepPercent).toBe('20');
  });
});

describe('what the order does to the position', () => {
  const existing = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' });
  const outcome = (size: string) => estimatePage(snapshot({ rows: [existing], order: order({ price: '110000', size, leverage: '10', mode: 'isolated' }) })).order!;

  it('buy adds to the long; a smaller sell leaves a long; an equal sell closes; a larger one flips to a short', () => {
    expect(outcome('0.1').long.outcome).toEqual({ orderSize: '0.1', side: 'long', size: '1.1' });
    expect(outcome('0.5').short.outcome).toEqual({ orderSize: '0.5', side: 'long', size: '0.5' });
    expect(outcome('1').short.outcome).toEqual({ orderSize: '1', side: 'flat', size: '0' });
    expect(outcome('3').short.outcome).toEqual({ orderSize: '3', side: 'short', size: '2' });
  });

  it('no position: the order opens its own side', () => {
    const order_ = estimatePage(snapshot({ order: order({ price: '100000', size: '0.2', leverage: '10', mode: 'isolated' }) })).order!;
    expect(order_.long.outcome).toEqual({ orderSize: '0.2', side: 'long', size: '0.2' });
    expect(order_.short.outcome).toEqual({ orderSize: '0.2', side: 'short', size: '0.2' });
  });
});
