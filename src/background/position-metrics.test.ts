// Position metrics at the mark, each against a computation made here from the page's figures
// (docs/rules/binance.md §1.2 margin ratio = MM / margin balance, §2.3 the tier-1 liquidation
// price; COIN-M inverse PnL N·CV·(1/EP − 1/P), §4), and the funding interval of the references, or the
// instrument's own from market data.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { PositionMetrics } from '../protocol/estimates';
import { estimatePage } from './estimate-page';
import { bundledMarket, marketLookup } from '../market-data/lookup';
import { TableStore } from '../market-data/table-store';
import { memoryArea } from '../platform/key-value-area';
import { fundingIntervalHours } from './position-metrics';
import { read, row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const close = (actual: string | undefined, expected: Decimal.Value) =>
  expect(actual !== undefined && new D(actual).sub(expected).abs().lte(new D(expected).abs().mul('1e-12').add('1e-18')), `${actual} vs ${String(expected)}`).toBe(true);

describe('position metrics', () => {
  it('isolated linear long: distance, margin ratio, MM, equity, loss at liquidation, notional, funding', () => {
    // 0.5 BTC @ 60,000, mark 61,000, Margin 2,000 (isolated wallet 1,500 + PnL 500), 20x; funding 0.0100 % on the page.
    const page = snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.5', entry: '60000', mark: '61000', margin: '2000', leverage: '20', liq: '57228.9' })] });
    page.market = { markPrice: read('61000'), fundingRate: read('0.0100') };
    const p = estimatePage(page, market).positions[0]!;
    const m = p.metrics as PositionMetrics;
    const lp = new D(30000).sub(1500).div(new D('0.5').mul('0.996'));
    close(p.estimate, lp);
    expect(m.markPrice).toBe('61000');
    close(m.distancePrice, new D(61000).sub(lp));
    close(m.distancePercent, new D(61000).sub(lp).div(61000).mul(100));
    close(m.maintenanceMargin, new D('0.5').mul(61000).mul('0.004')); // 122
    close(m.marginRatioPercent, '6.1'); // 122 / 2,000, as the page shows
    close(m.equity, '2000');
    close(m.lossAtLiquidation, new D('0.5').mul(new D(61000).sub(lp)));
    close(m.notional, '30500');
    expect(m.settlementAsset).toBe('USDT');
    expect(m.fundingRatePercent).toBe('0.0100');
    expect(m.fundingIntervalHours).toBe('8');
    expect(m.leverage).toBe('20');
  });

  it('isolated short: the distance is up from the mark', () => {
    const page = snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'short', mode: 'isolated', size: '1', entry: '100000', mark: '98000', margin: '12000' })] });
    const m = estimatePage(page, market).positions[0]!.metrics!;
    // Wallet = 12,000 − PnL 2,000 = 10,000: LP = (Q·EP + WB) / (Q·(1 + MMR)).
    const lp = new D(110000).div('1.004');
    close(m.distancePrice, lp.sub(98000));
    close(m.lossAtLiquidation, lp.sub(98000));
    close(m.equity, '12000');
  });

  it('cross: equity is the wallet plus every cross position\'s PnL at its mark', () => {
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '101000' }),
      row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '10', entry: '3000', mark: '3100' }),
    ];
    const [btc, eth] = estimatePage(snapshot({ rows, wallet: '20000' }), market).positions;
    close(btc!.metrics!.equity, new D(20000).add(1000).sub(1000));
    close(eth!.metrics!.equity, '20000');
    // Cross margin ratio (§1.2): total MM / margin balance = (101,000 + 31,000) · 0.004 / 20,000.
    close(btc!.metrics!.marginRatioPercent, new D(132000).mul('0.004').div(20000).mul(100));
    // The funding rate belongs to the page's symbol: none was read.
    expect(btc!.metrics!.fundingRatePercent).toBeUndefined();
  });

  it('inverse (COIN-M): notional and loss in the coin, N·CV/P and N·CV·|1/LP − 1/P|', () => {
    // 10 contracts of 100 USD @ 50,000, mark 40,000; Margin shown 0.01 BTC (wallet + PnL).
    const page = snapshot({
      venue: 'binance-coinm',
      symbol: 'BTCUSD_PERP',
      rows: [row({ symbol: 'BTCUSD_PERP', side: 'long', mode: 'isolated', size: '10', unit: 'contracts', entry: '50000', mark: '40000', margin: '0.01' })],
    });
    const p = estimatePage(page, market).positions[0]!;
    const m = p.metrics!;
    const lp = new D(p.estimate);
    close(m.notional, new D(1000).div(40000));
    close(m.lossAtLiquidation, new D(1000).mul(new D(1).div(lp).sub(new D(1).div(40000))).abs());
    // Equity = the Margin column as shown (isolated wallet + PnL at mark).
    close(m.equity, '0.01');
    expect(m.settlementAsset).toBe('BTC');
    close(m.distancePercent, new D(40000).sub(lp).abs().div(40000).mul(100));
  });

  it('no liquidation price: no distance and no loss; cannot verify: no metrics', () => {
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '100000', liq: 'none' }),
      row({ symbol: 'ZZZUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100', mark: '100', margin: '10' }),
    ];
    const [none, unknown] = estimatePage(snapshot({ rows }), market).positions;
    expect(none!.metrics?.distancePrice).toBeUndefined();
    expect(none!.metrics?.lossAtLiquidation).toBeUndefined();
    close(none!.metrics?.notional, '100000');
    expect(unknown!.metrics).toBeUndefined();
  });

  it('funding interval: hourly on Hyperliquid (reference docs/rules/hyperliquid-and-others.md), 8 h elsewhere', () => {
    expect(fundingIntervalHours('hyperliquid')).toBe('1');
    expect(fundingIntervalHours('binance-usdm')).toBe('8');
    expect(fundingIntervalHours('okx')).toBe('8');
  });

  it("funding: the page's rate for its own symbol, else the one fetched for that symbol (a fraction, shown in percent)", () => {
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '20000' }),
      row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' }),
    ];
    const page = snapshot({ rows });
    page.market = { markPrice: read('100000'), fundingRate: read('0.0100') };
    const fetched = { ...market, markPrice: (_v: string, symbol: string) => (symbol === 'ETHUSDT' ? { markPrice: '3000', fundingRate: '-0.000125', at: 0, host: 'fapi.binance.com' } : undefined) };
    const [btc, eth] = estimatePage(page, fetched).positions;
    expect(btc!.metrics!.fundingRatePercent).toBe('0.0100');
    expect(eth!.metrics!.fundingRatePercent).toBe('-0.0125');
  });
});

describe('the instrument\'s own funding interval', () => {
  it('Binance USDⓈ-M: the interval fetched with the table (fundingInfo lists the symbol at 4 h) replaces the venue\'s 8 h', async () => {
    const now = market.now;
    const store = new TableStore(memoryArea());
    const tiers = market.tierTable('binance-usdm', 'BTCUSDT')!.tiers;
    await store.writeTable('binance-usdm', 'BTCUSDT', { tiers, fetchedAt: now, source: 'test', instrument: { priceTick: '0.10', fundingIntervalHours: '4', settlementAsset: 'USDT' } });
    const fetched = marketLookup(now, 'binance-usdm', await store.read('binance-usdm', ['BTCUSDT']));
    const page = snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.5', entry: '60000', mark: '61000', margin: '2000', leverage: '20' })] });
    page.market = { markPrice: read('61000'), fundingRate: read('0.0100') };
    expect((estimatePage(page, fetched).positions[0]!.metrics as PositionMetrics).fundingIntervalHours).toBe('4');
    // The bundled table knows no interval (the recorded exchangeInfo has none): the venue's 8 h.
    expect((estimatePage(page, market).positions[0]!.metrics as PositionMetrics).fundingIntervalHours).toBe('8');
  });
});
