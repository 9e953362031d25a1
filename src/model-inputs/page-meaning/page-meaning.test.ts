// Each venue's page meaning applied by the one builder, on snapshots shaped like that venue's page.
// Expectations are each venue's trigger checked at the returned price, computed here from the
// reference rule (docs/rules/binance.md §4 COIN-M; docs/rules/hyperliquid-and-others.md §1.2;
// docs/rules/bybit-okx-bitget.md §4.2 [G1] Bitget), or the reason a page can't support the rule.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage } from '../../background/estimate-page';
import { bundledMarket } from '../../market-data/lookup';
import { order, row, snapshot } from '../../background/testing/make-snapshot';
import { pageMeanings } from './index';

const D = Decimal.clone({ precision: 40 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const near = (a: Decimal, b: Decimal, relative = '1e-20') => expect(a.sub(b).abs().lte(b.abs().mul(relative).add('1e-25')), `${a} vs ${b}`).toBe(true);

// Binance COIN-M BTCUSD_PERP, bundled 2026-09-16 (§6.5): 100 USD contracts, tier 1 (0–5 BTC) 0.4 %, cum 0.
const CV = new D(100);
/** COIN-M trigger: wallet + s·N·CV·(1/EP − 1/P) = N·CV/P × 0.4 % (tier 1). Returns balance − MM. */
const coinmGap = (P: Decimal, s: 1 | -1, n: Decimal.Value, ep: Decimal.Value, wallet: Decimal.Value) => {
  const pnl = new D(n).mul(CV).mul(new D(1).div(ep).sub(new D(1).div(P))).mul(s);
  return new D(wallet).add(pnl).sub(new D(n).mul(CV).div(P).mul('0.004'));
};

describe('Binance COIN-M: inverse contracts of the table value, margin minus PnL in the coin', () => {
  // 20 contracts (2,000 USD) long @ 50,000, mark 52,000; Margin 0.01 BTC wallet + PnL 2,000·(1/50,000 − 1/52,000).
  const pnl = new D(2000).mul(new D(1).div(50000).sub(new D(1).div(52000)));
  const btc = row({ symbol: 'BTCUSD_PERP', side: 'long', mode: 'isolated', size: '20', unit: 'contracts', entry: '50000', mark: '52000', margin: pnl.add('0.01').toString(), liq: '45000' });

  it('isolated long: the wallet without PnL is 0.01 BTC; the trigger holds at the returned price', () => {
    const result = estimatePage(snapshot({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', rows: [btc] }), market);
    const P = new D(result.positions[0]!.estimate);
    near(coinmGap(P, 1, 20, 50000, '0.01'), new D(0));
    // Closed form, one inverse long in tier 1: P = N·CV·(1 + m) / (N·CV/EP + W).
    near(P, new D(2000).mul('1.004').div(new D(2000).div(50000).add('0.01')));
  });

  it('cross short: the coin wallet minus the isolated wallet; an ETH-margined row is left out of the BTC wallet', () => {
    const short = row({ symbol: 'BTCUSD_PERP', side: 'short', mode: 'cross', size: '10', unit: 'contracts', entry: '51000', mark: '52000', liq: '60000' });
    const eth = row({ symbol: 'ETHUSD_PERP', side: 'long', mode: 'cross', size: '50', unit: 'contracts', entry: '3000', mark: '3100' });
    const result = estimatePage(snapshot({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', rows: [btc, short, eth], wallet: '0.015' }), market);
    const solved = result.positions[1]!;
    near(coinmGap(new D(solved.estimate), -1, 10, 51000, new D('0.015').sub('0.01')), new D(0));
    expect(solved.assumptions.join(' ')).toContain('ETHUSD_PERP settles in ETH, not BTC: left out of this wallet');
    // The ETH row's own cross wallet is not the BTC wallet the page shows.
    expect(result.positions[2]!.reasons.join(' ')).toContain('cross margin: the wallet shown is BTC; ETHUSD_PERP settles in ETH');
  });

  it('an order in the coin is contracts at the order price: 0.04 BTC at 50,000 is 20 contracts', () => {
    const form = order({ symbol: 'BTCUSD_PERP', price: '50000', size: '0.04', unit: 'base', leverage: '20', mode: 'isolated' });
    const result = estimatePage(snapshot({ venue: 'binance-coinm', order: form, rows: [] }), market);
    // Margin = 2,000 USD / 50,000 / 20 = 0.002 BTC.
    near(coinmGap(new D(result.order!.long.estimate), 1, 20, 50000, '0.002'), new D(0));
    near(coinmGap(new D(result.order!.short.estimate), -1, 20, 50000, '0.002'), new D(0));
    expect(result.order!.long.assumptions).toContain('an order size in the coin is converted to contracts at the order price');
  });

  it('a position shown in the coin cannot be counted in contracts, and says to switch', () => {
    const coin = row({ symbol: 'BTCUSD_PERP', side: 'long', mode: 'isolated', size: '0.04', unit: 'base', entry: '50000', mark: '52000', margin: '0.01' });
    const result = estimatePage(snapshot({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', rows: [coin] }), market);
    expect(result.positions[0]!.reasons).toEqual(['size is shown in the coin; switch the size unit to contracts to verify']);
  });
});

describe('Hyperliquid: Margin minus PnL; cross from Balance minus isolated margins', () => {
  // BTC tier 1 at 40x: r = 1/(2·40) = 1.25 % (§1.2), no deduction below 150 M.
  const r = new D(1).div(80);
  it('isolated long 1 BTC @ 100,000, mark 101,000, Margin $3,500 (2,500 + PnL 1,000): the trigger at the returned price', () => {
    const result = estimatePage(snapshot({ venue: 'hyperliquid', symbol: 'BTC', rows: [row({ symbol: 'BTC', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '101000', margin: '3500', liq: '98734.2' })] }), market);
    const P = new D(result.positions[0]!.estimate);
    near(new D(2500).add(P.sub(100000)), P.mul(r));
    expect(result.positions[0]!.verdict).toBe('agree');
  });

  it('cross short beside an isolated long: Balance 10,000 minus the isolated 2,500', () => {
    const iso = row({ symbol: 'BTC', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '101000', margin: '3500' });
    const eth = row({ symbol: 'ETH', side: 'short', mode: 'cross', size: '10', entry: '3000', mark: '3000' });
    const result = estimatePage(snapshot({ venue: 'hyperliquid', symbol: 'BTC', rows: [iso, eth], wallet: '10000' }), market);
    const P = new D(result.positions[1]!.estimate);
    const ethTable = market.tierTable('hyperliquid', 'ETH')!;
    const rEth = new D(1).div(new D(ethTable.tiers[0]!.maxLeverage!).mul(2));
    near(new D(7500).sub(P.sub(3000).mul(10)), P.mul(10).mul(rEth));
  });
});

describe('Bitget: Margin as is, fee inside MM', () => {
  it('isolated long 0.5 BTC @ 60,000, Margin 3,000: [G1] LP = (M + D − Q·EP)/(Q·(MMR + f − 1))', () => {
    const result = estimatePage(snapshot({ venue: 'bitget', symbol: 'BTCUSDT', rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.5', entry: '60000', mark: '61000', margin: '3000' })] }), market);
    const tier1 = market.tierTable('bitget', 'BTCUSDT')!.tiers[0]!;
    const expected = new D(3000).sub(30000).div(new D('0.5').mul(new D(tier1.maintenanceMarginRate).add('0.0006').sub(1)));
    near(new D(result.positions[0]!.estimate), expected);
  });
});

describe('Bybit: cross needs every leverage; OKX: cross from the currency equity', () => {
  it('a Bybit cross row without its leverage says so', () => {
    const result = estimatePage(
      snapshot({ venue: 'bybit', symbol: 'BTCUSDT', rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '0.5', entry: '60000', mark: '61000' })], wallet: '10000' }),
      market,
    );
    expect(result.positions[0]!.reasons).toEqual(['Leverage: not shown']);
  });

  it('an OKX cross row without the currency equity names it, never a number; with it, the OKX trigger holds at the returned price', () => {
    const cross = row({ symbol: 'BTC-USDT-SWAP', side: 'long', mode: 'cross', size: '50', unit: 'contracts', entry: '60000', mark: '61000', leverage: '10' });
    const page = snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows: [cross], wallet: '10000' });
    const without = estimatePage(page, market);
    expect(without.positions[0]!.estimate).toBe('unknown');
    expect(without.positions[0]!.reasons).toEqual(["the settlement currency's equity: not on the page"]);
    // Equity 5,500 with the row's shown PnL +500 (0.5 BTC × 1,000): cash 5,000.
    const withEquity = { ...page, account: { ...page.account!, equity: { ok: true, value: '5500' } as const }, positions: { ...page.positions!, rows: [{ ...cross, unrealizedPnl: { ok: true, value: '500' } as const }] } };
    const result = estimatePage(withEquity, market);
    const P = new D(result.positions[0]!.estimate);
    // §3.1: cash + UPL(P) = Q·P·(m + f), bundled BTC-USDT-SWAP tier 1 m 0.4 %, regular taker 0.05 %.
    near(new D(5000).add(P.sub(60000).mul('0.5')), P.mul('0.5').mul('0.0045'));
  });
});

describe('OKX single-currency cross: the other cross positions of the currency share the cash', () => {
  it('BTC cross long beside an ETH cross short and an isolated ETH long: cash = equity − shown PnLs − isolated margin', () => {
    // A test ETH table (1 %, contracts of 0.1 ETH): not OKX's, so the cross rule runs.
    const eth = { tiers: [{ floor: '0', cap: '100000', maintenanceMarginRate: '0.01', maintenanceAmount: '0' }], date: '2026-09-16', source: 'test table', origin: 'bundled' as const, contractSize: '0.1' };
    const tables = { now: market.now, tierTable: (venue: Parameters<typeof market.tierTable>[0], symbol: string) => (symbol === 'ETH-USDT-SWAP' ? eth : market.tierTable(venue, symbol)) };
    const withPnl = (r: ReturnType<typeof row>, pnl: string) => ({ ...r, unrealizedPnl: { ok: true, value: pnl } as const });
    const rows = [
      withPnl(row({ symbol: 'BTC-USDT-SWAP', side: 'long', mode: 'cross', size: '50', unit: 'contracts', entry: '60000', mark: '61000', leverage: '10' }), '500.00'),
      withPnl(row({ symbol: 'ETH-USDT-SWAP', side: 'short', mode: 'cross', size: '30', unit: 'contracts', entry: '3000', mark: '2950', leverage: '5' }), '150.00'),
      withPnl(row({ symbol: 'ETH-USDT-SWAP', side: 'long', mode: 'isolated', size: '10', unit: 'contracts', entry: '2900', mark: '2950', margin: '290', leverage: '1' }), '50.00'),
    ];
    const page = snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows });
    // Cash 5,000: equity = 5,000 + 500 + 150 + (290 + 50).
    const result = estimatePage({ ...page, account: { walletBalance: { ok: false, reason: 'not shown' }, equity: { ok: true, value: '5990' } } }, tables);
    const btc = result.positions.find((p) => p.symbol === 'BTC-USDT-SWAP')!;
    const P = new D(btc.estimate);
    // §3.1 at the returned price: cash + BTC PnL(P) + ETH PnL at its mark = BTC (m + f)·Q·P + ETH (1 % + f)·3·2,950.
    const equity = new D(5000).add(P.sub(60000).mul('0.5')).add(150);
    const requirement = P.mul('0.5').mul('0.0045').add(new D(3 * 2950).mul('0.0105'));
    near(equity, requirement);
  });
});

describe('settlement assets', () => {
  it.each([
    ['binance-usdm', 'BTCUSDT', 'USDT'],
    ['binance-usdm', 'ETHUSDC', 'USDC'],
    ['binance-coinm', 'BTCUSD_PERP', 'BTC'],
    ['bybit', 'BTCUSD', 'BTC'],
    ['bybit', 'BTCUSDT', 'USDT'],
    ['bybit', 'BTCPERP', 'USDC'],
    ['okx', 'BTC-USDT-SWAP', 'USDT'],
    ['okx', 'ETH-USD-SWAP', 'ETH'],
    ['hyperliquid', 'kPEPE', 'USDC'],
    ['bitget', 'BTCUSDT', 'USDT'],
  ] as const)('%s %s settles in %s', (venue, symbol, asset) => {
    expect(pageMeanings[venue].settlementAsset(symbol)).toBe(asset);
  });

  it.each([
    ['bybit', 'BTCUSD', 'inverse'],
    ['bybit', 'BTCUSDT', 'linear'],
    ['okx', 'BTC-USD-SWAP', 'inverse'],
    ['okx', 'BTC-USDT-SWAP', 'linear'],
    ['binance-coinm', 'BTCUSD_PERP', 'inverse'],
  ] as const)('%s %s is %s', (venue, symbol, contract) => {
    expect(pageMeanings[venue].contractOf(symbol)).toBe(contract);
  });
});
