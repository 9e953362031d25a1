// The taker fee an estimate uses: the trader's rate from the settings where the venue's rule has a
// fee (reference docs/rules/bybit-okx-bitget.md: Bybit 0.055 %, OKX 0.05 %, Bitget 0.06 % base),
// none where it has not (Binance, Hyperliquid), and the assumption says which and from where.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { Venue } from '../model/types';
import { estimatePage } from '../background/estimate-page';
import { feeChoice } from './fee-rate';
import { bundledMarket } from '../market-data/lookup';
import { row, snapshot } from '../background/testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
const withFee = (venue: Venue, takerFeePercent: string): Settings => ({ ...DEFAULT_SETTINGS, venues: { ...DEFAULT_SETTINGS.venues, [venue]: { enabled: true, takerFeePercent } } });

describe('fee rate from the settings', () => {
  it("base rates where the rule has a fee, none where it hasn't", () => {
    expect(feeChoice('bybit', DEFAULT_SETTINGS)).toEqual({ percent: '0.055', from: 'base' });
    expect(feeChoice('okx', DEFAULT_SETTINGS)).toEqual({ percent: '0.05', from: 'base' });
    expect(feeChoice('bitget', DEFAULT_SETTINGS)).toEqual({ percent: '0.06', from: 'base' });
    expect(feeChoice('binance-usdm', withFee('binance-usdm', '0.04'))).toEqual({});
    expect(feeChoice('hyperliquid', withFee('hyperliquid', '0.035'))).toEqual({});
  });

  it('the percent from the settings becomes the model rate (percent / 100); nonsense falls back to the base', () => {
    expect(feeChoice('okx', withFee('okx', '0.02'))).toEqual({ takerFeeRate: '0.0002', percent: '0.02', from: 'settings' });
    expect(feeChoice('okx', withFee('okx', 'abc'))).toEqual({ percent: '0.05', from: 'base' });
    expect(feeChoice('okx', withFee('okx', '5'))).toEqual({ percent: '0.05', from: 'base' });
  });

  it("Bitget isolated long: LP = (Q·EP − M) / (Q·(1 − MMR − f)) with the trader's f, and the assumption names it", () => {
    const page = snapshot({ venue: 'bitget', rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '20000' })] });
    const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
    const mine = estimatePage(page, market, withFee('bitget', '0.02')).positions[0]!;
    expect(new D(mine.estimate).sub(new D(80000).div(new D(1).sub('0.004').sub('0.0002'))).abs().lt('1e-9')).toBe(true);
    expect(mine.assumptions).toContain('taker fee 0.02 % (your settings)');
    const base = estimatePage(page, market).positions[0]!;
    expect(new D(base.estimate).sub(new D(80000).div(new D(1).sub('0.004').sub('0.0006'))).abs().lt('1e-9')).toBe(true);
    expect(base.assumptions).toContain("taker fee 0.06 % (the venue's base rate; set yours in the options)");
  });

  it("Bybit isolated: the IM column less the fee to close at the trader's rate, M = (IM − f·Q·EP) / (1 − f) (§2.2), then LP = (Q·EP − M) / (Q·(1 − MMR)) with tier 1's 0.5 %", () => {
    const page = snapshot({ venue: 'bybit', rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', initialMargin: '10060' })] });
    const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
    const lp = (f: string) => {
      const margin = new D(10060).sub(new D(f).mul(100000)).div(new D(1).sub(f));
      return new D(100000).sub(margin).div(new D(1).sub('0.005'));
    };
    const mine = estimatePage(page, market, withFee('bybit', '0.02')).positions[0]!;
    expect(new D(mine.estimate).sub(lp('0.0002')).abs().lt('1e-9'), `${mine.estimate} vs ${lp('0.0002').toString()}`).toBe(true);
    const base = estimatePage(page, market).positions[0]!;
    expect(new D(base.estimate).sub(lp('0.00055')).abs().lt('1e-9'), `${base.estimate} vs ${lp('0.00055').toString()}`).toBe(true);
  });
});
