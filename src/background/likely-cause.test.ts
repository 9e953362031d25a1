// The likely cause of a 'differs' verdict: each case puts on the page the figure one changed
// assumption gives, computed here in closed form from the reference (docs/rules/binance.md §2.3,
// BTCUSDT/ETHUSDT tables of 2026-09-16 §6.1; Bitget [G1] LP = (M + D − Q·EP·s) / (Q·(MMR + f − s))),
// and expects that assumption named.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
const FRESH = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const OLD = bundledMarket(Date.parse('2026-12-01T00:00:00Z'));
/** One isolated long, §2.3 with cum: LP = (Q·EP − WB − cum) / (Q·(1 − MMR)). */
const longLp = (q: string, ep: string, wb: Decimal.Value, mmr: string, cum = '0') =>
  new D(q).mul(ep).sub(wb).sub(cum).div(new D(q).mul(new D(1).sub(mmr)));
/** The page prints one decimal. */
const shown = (d: Decimal) => d.toDecimalPlaces(1).toFixed(1);

const btcLong = (liq: string, extra: Partial<Parameters<typeof row>[0]> = {}) =>
  row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '20000', liq, ...extra });

describe('likely cause of a difference', () => {
  it('tier: the page figure is the one of tier 2 (MMR 0.5 %, cum 300) where the notional is in tier 1', () => {
    const tier2 = longLp('1', '100000', '20000', '0.005', '300');
    const [p] = estimatePage(snapshot({ rows: [btcLong(shown(tier2))] }), FRESH).positions;
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('tier');
    expect(p!.likelyCause?.message).toMatch(/tier 2 \(maintenance rate 0\.5 %\) rather than tier 1 \(0\.4 %\)/);
  });

  it('mark vs entry: the page prices the maintenance margin at the entry price', () => {
    // WB + Q·(P − EP) = MMR·Q·EP: P = EP + (MMR·Q·EP − WB) / Q = 100,000 + (400 − 20,000) = 80,400.
    const atEntry = new D(100000).add(new D('0.004').mul(100000).sub(20000));
    const [p] = estimatePage(snapshot({ rows: [btcLong(shown(atEntry))] }), FRESH).positions;
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('mark-vs-entry');
    expect(p!.likelyCause?.message).toContain('entry price (100000)');
  });

  it('other cross positions: the page figure is the position alone', () => {
    // Alone: the wallet 20,000 only. With ETH short 10 @ 3,000 at mark 3,100 (PnL −1,000, MM 124) the estimate moves.
    const alone = longLp('1', '100000', '20000', '0.004');
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '100000', liq: shown(alone) }),
      row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '10', entry: '3000', mark: '3100' }),
    ];
    const [p] = estimatePage(snapshot({ rows, wallet: '20000' }), FRESH).positions;
    // §2.3 cross with the other position held at its mark: (Q·EP − (WB − 1,000 − 124)) / (Q·(1 − MMR)).
    expect(new D(p!.estimate).sub(longLp('1', '100000', new D(20000).sub(1000).sub(124), '0.004')).abs().lt('1e-6')).toBe(true);
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('other-cross-positions');
    expect(p!.likelyCause?.message).toContain('the 1 other cross position');
  });

  it("fee treatment: Bitget's figure without the taker fee in the requirement", () => {
    // [G1], long, tier 1 (MMR 0.4 %, D 0): without the fee LP = (Q·EP − M) / (Q·(1 − MMR)).
    const noFee = new D(100000).sub(20000).div(new D(1).sub('0.004'));
    const page = snapshot({ venue: 'bitget', rows: [btcLong(shown(noFee))] });
    const [p] = estimatePage(page, FRESH).positions;
    // With the standard 0.06 %: (Q·EP − M) / (Q·(1 − MMR − f)).
    expect(new D(p!.estimate).sub(new D(80000).div(new D(1).sub('0.0046'))).abs().lt('1e-6')).toBe(true);
    expect(p!.likelyCause?.kind).toBe('fee-treatment');
    expect(p!.likelyCause?.message).toContain('without the fee term (Liqcheck used 0.06 %)');
  });

  it("fee treatment: the venue's base rate where the trader set another", () => {
    // A fee of 0 % (a maker-rebate account, say) against the standard 0.06 %: 0.06 % apart, beyond the 0.05 % tolerance.
    const base = new D(80000).div(new D(1).sub('0.0046'));
    const settings = { ...DEFAULT_SETTINGS, venues: { ...DEFAULT_SETTINGS.venues, bitget: { enabled: true, takerFeePercent: '0' } } };
    const [p] = estimatePage(snapshot({ venue: 'bitget', rows: [btcLong(shown(base))] }), FRESH, settings).positions;
    expect(new D(p!.estimate).sub(new D(80000).div(new D(1).sub('0.004'))).abs().lt('1e-6')).toBe(true);
    expect(p!.likelyCause?.kind).toBe('fee-treatment');
    expect(p!.likelyCause?.message).toContain('base taker fee 0.06 % rather than your 0 %');
  });

  it('stale market data when no assumption explains it and the table is older than a week; unknown when it is fresh', () => {
    const page = snapshot({ rows: [btcLong('85000.0')] });
    expect(estimatePage(page, OLD).positions[0]!.likelyCause).toMatchObject({ kind: 'stale-market-data' });
    expect(estimatePage(page, OLD).positions[0]!.likelyCause?.message).toContain('76 days old');
    expect(estimatePage(page, FRESH).positions[0]!.likelyCause).toEqual({ kind: 'unknown', message: 'no single assumption explains it' });
  });

  it('rounding: a coarse figure two ticks off at most', () => {
    // 1,000 at 1.0 with WB 100: LP = 900 / 996 = 0.9036…; the page shows "0.8" (tick 0.1, one tick and a bit away).
    const r = row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1000', entry: '1', mark: '1', margin: '100', liq: '0.8' });
    const [p] = estimatePage(snapshot({ rows: [r] }), FRESH).positions;
    expect(new D(p!.estimate).sub(new D(900).div(996)).abs().lt('1e-9')).toBe(true);
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('rounding');
  });

  it('agreeing rows and unverifiable rows carry no cause', () => {
    const agree = longLp('1', '100000', '20000', '0.004');
    const [a, u] = estimatePage(snapshot({ rows: [btcLong(shown(agree)), btcLong('80000.0', { symbol: 'ZZZUSDT' })] }), FRESH).positions;
    expect(a!.verdict).toBe('agree');
    expect(a!.likelyCause).toBeUndefined();
    expect(u!.verdict).toBe('unknown');
    expect(u!.likelyCause).toBeUndefined();
  });

  it('mark vs entry, inverse (COIN-M): the requirement at entry, solved in 1/P', () => {
    // 1,000 contracts of 100 USD @ 100,000, margin 0.5 BTC, tier 1 (MMR 0.4 %, reference §4, §6.5).
    // Liqcheck: M + N·CV·(1/EP − x) = MMR·N·CV·x, so x = (M/(N·CV) + 1/EP) / (1 + MMR), LP = 1/x.
    // At entry: M + N·CV·(1/EP − x) = MMR·N·CV/EP, so x = (1 − MMR)/EP + M/(N·CV).
    const ncv = new D(100000);
    const lp = new D(1).div(new D('0.5').div(ncv).add(new D(1).div(100000)).div('1.004'));
    const atEntry = new D(1).div(new D('0.996').div(100000).add(new D('0.5').div(ncv)));
    const r = row({ symbol: 'BTCUSD_PERP', side: 'long', mode: 'isolated', size: '1000', unit: 'contracts', entry: '100000', mark: '100000', margin: '0.5', liq: shown(atEntry) });
    const [p] = estimatePage(snapshot({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', rows: [r] }), FRESH).positions;
    expect(new D(p!.estimate).sub(lp).abs().lt('1e-6')).toBe(true);
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('mark-vs-entry');
  });

  it("Liqcheck finds none where the page shows a price: the page's price is the position alone, without a cross profit", () => {
    // ETH short 100 @ 3,000 at mark 1,000: +200,000 PnL keeps the BTC long safe at any price; alone,
    // with the 20,000 wallet, LP = (Q·EP − WB) / (Q·(1 − MMR)) = 80,321.3.
    const alone = longLp('1', '100000', '20000', '0.004');
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '100000', liq: shown(alone) }),
      row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '100', entry: '3000', mark: '1000' }),
    ];
    const [p] = estimatePage(snapshot({ rows, wallet: '20000' }), FRESH).positions;
    expect(p!.estimate).toBe('none');
    expect(p!.verdict).toBe('differs');
    expect(p!.likelyCause?.kind).toBe('other-cross-positions');
  });
});
