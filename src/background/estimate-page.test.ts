// The worker's page estimate against the reference (docs/rules/binance.md): §8 D vectors with the
// 2026-09-16 table, closed forms of §2.3 computed here, and the liquidation trigger checked at the
// returned price for cross margin.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage as estimateWith } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { missing, order, read, row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 40 });
// These tests are about the estimate, on the bundled tables of 2026-09-16.
const estimatePage = (s: Parameters<typeof estimateWith>[0]) => estimateWith(s, bundledMarket(Date.parse('2026-09-17T00:00:00Z')));
const close = (actual: string, expected: string | Decimal, tolerance = '0.000001') =>
  expect(new D(actual).sub(expected).abs().lte(tolerance), `${actual} vs ${expected.toString()}`).toBe(true);

// BTCUSDT 2026-09-16 tier 1 (reference §6.1): MMR 0.4 %, cum 0.
const MMR1 = new D('0.004');
// Closed forms of §2.3 for one isolated position in tier 1.
const longLp = (q: string, ep: string, wb: string) => new D(q).mul(ep).sub(wb).div(new D(q).mul(new D(1).sub(MMR1)));
const shortLp = (q: string, ep: string, wb: string) => new D(q).mul(ep).add(wb).div(new D(q).mul(new D(1).add(MMR1)));

describe('positions', () => {
  it('D1/D2: isolated BTCUSDT long and short, 1 @ 100,000 with a 10,000 wallet', () => {
    const result = estimatePage(
      snapshot({
        rows: [
          row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '90361.4' }),
          row({ symbol: 'ETHUSDT', side: 'short', mode: 'isolated', size: '10', entry: '3000', mark: '3000', margin: '1500', liq: '3000' }),
        ],
      }),
    );
    const [btc, eth] = result.positions;
    close(btc!.estimate, '90361.445783'); // §8 D1, T26
    expect(btc!.verdict).toBe('agree');
    expect(btc!.tableDate).toBe('2026-09-16');
    close(eth!.estimate, '3137.450199'); // §8 D9 short
    expect(eth!.verdict).toBe('differs');
    // (3137.45 - 3000) / 3000 = 4.58 %
    expect(eth!.differencePercent).toBe('4.58');
  });

  it('the Margin column includes unrealized PnL: a moved mark leaves the isolated estimate unchanged', () => {
    // Mark 95,000: PnL -5,000, so the page shows margin 5,000 for the same 10,000 wallet.
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '95000', margin: '5000', liq: '90361.4' })] }));
    close(result.positions[0]!.estimate, '90361.445783');
  });

  it('D2: short side', () => {
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'short', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '109561.8' })] }));
    close(result.positions[0]!.estimate, '109561.752988');
    expect(result.positions[0]!.verdict).toBe('agree');
  });

  it('a Liq. Price ten times away from the estimate: another column under its header, so no figure of the row is used', () => {
    // D2's short (estimate 109,561.75 by the reference); the page shows ten times that, on the same side
    // of the entry. The Liq. Price header sits over another column: its own column, read under another
    // header, may be the margin the estimate would take, so "cannot verify".
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'short', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '1095618' })] }));
    const p = result.positions[0]!;
    expect(p.estimate).toBe('unknown');
    expect(p.displayed).toBeNull();
    expect(p.verdict).toBe('unknown');
    expect(p.metrics).toBeUndefined();
    expect(p.unverifiedDisplayed).toBeUndefined();
    expect(p.reasons.join(' ')).toContain('ten times or more away');
    expect(p.reasons.join(' ')).toContain('may not sit under their headers');
  });

  it("the same figure beside a margin ratio that confirms the row: the estimate stands, the figure is not compared", () => {
    // D2's short: maintenance at the mark 100,000 · 0.4 % = 400 over the margin balance 10,000 = 4.00 %,
    // the figure the exchange would print from its exact inputs.
    const d2 = row({ symbol: 'BTCUSDT', side: 'short', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '1095618' });
    const result = estimatePage(snapshot({ rows: [{ ...d2, marginRatio: read(new D(400).div(10000).mul(100).toFixed(2)) }] }));
    const p = result.positions[0]!;
    close(p.estimate, '109561.752988');
    expect(p.displayed).toBeNull();
    expect(p.verdict).toBe('unknown');
    expect(p.reasons.join(' ')).toContain('ten times or more away');
  });

  it('a Liq. Price across the entry on one row puts every unconfirmed row and the order in doubt', () => {
    // Rows of tests/fixtures/binance/futures-virtualised.html with its Liq.Price and Margin headers
    // swapped: BTC's Margin cell reads 60,241.0 (refused: above the value), ETH's 3,100.00, its Liq.
    // Price 525.00; ETH's margin ratio 6.00 % (31.5 / 525) does not fit a margin of 3,100 (1.02 %).
    const btc = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.2', entry: '62500', mark: '63100', margin: '60241.0', liq: '620.00', leverage: '25' });
    const eth = row({ symbol: 'ETHUSDT', side: 'short', mode: 'isolated', size: '2.5', entry: '3200', mark: '3150', margin: '3100.00', liq: '525.00', leverage: '20' });
    const sol = row({ symbol: 'SOLUSDT', side: 'long', mode: 'isolated', size: '10', entry: '150', mark: '152', margin: '1520', leverage: '1' });
    const result = estimatePage(
      snapshot({ rows: [btc, { ...eth, marginRatio: read('6.00') }, sol], order: order({ symbol: 'SOLUSDT', price: '150', size: '1', leverage: '1', mode: 'isolated' }) }),
    );
    const [b, e, s] = result.positions;
    expect(b!.estimate).toBe('unknown');
    expect(e!.estimate).toBe('unknown');
    expect(e!.reasons.join(' ')).toContain('other side of the entry');
    // SOL's estimate depends on its own cells alone, but they sit under the same headers.
    expect(s!.estimate).toBe('unknown');
    expect(s!.reasons[0]).toContain('ETHUSDT shows 525.00');
    for (const side of ['long', 'short'] as const) {
      expect(result.order![side].estimate).toBe('unknown');
      expect(result.order![side].reasons[0]).toContain('ETHUSDT shows 525.00');
    }
  });

  it('the same rows unswapped: the margin ratio confirms ETH, and its odd figure puts nothing in doubt', () => {
    // futures-virtualised.html as served: ETH's 3,100.00 lies across the entry from the estimate
    // (8,000 + 400) / (2.5 · 1.004) = 3,346.61, but 6.00 % = 2.5 · 3,150 · 0.4 % / 525 confirms its inputs.
    const eth = row({ symbol: 'ETHUSDT', side: 'short', mode: 'isolated', size: '2.5', entry: '3200', mark: '3150', margin: '525.00', liq: '3100.00', leverage: '20' });
    const sol = row({ symbol: 'SOLUSDT', side: 'long', mode: 'isolated', size: '10', entry: '150', mark: '152', margin: '1520', leverage: '1' });
    const result = estimatePage(snapshot({ rows: [{ ...eth, marginRatio: read('6.00') }, sol] }));
    close(result.positions[0]!.estimate, shortLp('2.5', '3200', '400'));
    expect(result.positions[0]!.displayed).toBeNull();
    expect(result.positions[1]!.estimate).toBe('none');
  });

  it('cross: at the returned price the cross equity equals the total maintenance margin', () => {
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '2', entry: '100000', mark: '98000', liq: '90000' }),
      row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '20', entry: '3000', mark: '3100' }),
    ];
    const result = estimatePage(snapshot({ rows, wallet: '18500' }));
    const lp = new D(result.positions[0]!.estimate);
    // Equity: wallet + BTC PnL at LP + ETH PnL at its mark. Requirement: BTC MM at LP + ETH MM at mark.
    const equity = new D(18500).add(new D(2).mul(lp.sub(100000))).add(new D(20).mul(new D(3000).sub(3100)));
    const mm = (notional: Decimal) => (notional.lte(300000) ? notional.mul('0.004') : notional.mul('0.005').sub(300));
    const requirement = mm(lp.mul(2)).add(mm(new D(20).mul(3100)));
    expect(equity.sub(requirement).abs().lte(equity.abs().mul('1e-9'))).toBe(true);
    expect(result.positions[0]!.verdict).toBe('differs');
  });

  it('cross: the isolated positions\' wallets are taken out of the wallet balance', () => {
    const cross = row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '100000' });
    const iso = row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '10', entry: '3000', mark: '2900', margin: '500' });
    // ETH isolated wallet = 500 - 10 * (2900 - 3000) = 1,500; cross wallet = 11,500 - 1,500 = 10,000.
    const result = estimatePage(snapshot({ rows: [cross, iso], wallet: '11500' }));
    close(result.positions[0]!.estimate, longLp('1', '100000', '10000'));
  });

  it('cross: cannot verify when the list hides some positions, and says which input is missing', () => {
    const rows = [row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '100000' }), row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' })];
    const result = estimatePage(snapshot({ rows, declared: 3, wallet: '10000' }));
    expect(result.positions[0]!.estimate).toBe('unknown');
    expect(result.positions[0]!.verdict).toBe('unknown');
    expect(result.positions[0]!.reasons.join(' ')).toContain('2 of 3');
    // The isolated position does not depend on the others.
    expect(result.positions[1]!.estimate).not.toBe('unknown');
  });

  it('cross: a missing wallet balance is named, no number is produced', () => {
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'cross', size: '1', entry: '100000', mark: '100000' })] }));
    expect(result.positions[0]!.estimate).toBe('unknown');
    expect(result.positions[0]!.reasons).toEqual(['Wallet Balance: shows "--"']);
  });

  it('a size shown in USDT is refused rather than converted at a guessed price', () => {
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '100000', unit: 'quote', entry: '100000', mark: '100000', margin: '10000' })] }));
    expect(result.positions[0]!.estimate).toBe('unknown');
    expect(result.positions[0]!.reasons.join(' ')).toMatch(/size unit/);
  });

  it('an unreadable entry price makes the badge say why', () => {
    const r = { ...row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '1', mark: '100000', margin: '10000' }), entryPrice: missing('Entry Price: shows "--"') };
    const result = estimatePage(snapshot({ rows: [r] }));
    expect(result.positions[0]!.estimate).toBe('unknown');
    expect(result.positions[0]!.reasons).toEqual(['Entry Price: shows "--"']);
  });

  it('D6: a 1x long has no liquidation price, and agrees with a page that shows none', () => {
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '100000', liq: 'none' })] }));
    expect(result.positions[0]!.estimate).toBe('none');
    expect(result.positions[0]!.verdict).toBe('agree');
  });

  it('a symbol without a tier table cannot be verified', () => {
    const result = estimatePage(snapshot({ rows: [row({ symbol: 'ZZZUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100', mark: '100', margin: '10' })] }));
    expect(result.positions[0]!.estimate).toBe('unknown');
    expect(result.positions[0]!.reasons.join(' ')).toContain('no tier table for ZZZUSDT');
  });
});

describe('pre-trade', () => {
  it('D1/D2: a limit order of 1 BTC at 100,000, 10x isolated, no position', () => {
    const result = estimatePage(snapshot({ order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }) }));
    close(result.order!.long.estimate, '90361.445783');
    close(result.order!.short.estimate, '109561.752988');
  });

  it('per-side leverage (OKX long/short mode "5x 10x"): each side takes its own leverage', () => {
    // 1 BTC at 100,000 isolated: long at 5x (wallet 20,000), short at 10x (wallet 10,000), §2.3 closed forms.
    const o = { ...order({ price: '100000', size: '1', leverage: '5', mode: 'isolated' }), shortLeverage: { ok: true as const, value: '10' } };
    const result = estimatePage(snapshot({ order: o }));
    close(result.order!.long.estimate, longLp('1', '100000', '20000'));
    close(result.order!.short.estimate, shortLp('1', '100000', '10000'));
  });

  it('an unreadable short leverage refuses the short side only', () => {
    const o = { ...order({ price: '100000', size: '1', leverage: '5', mode: 'isolated' }), shortLeverage: missing('leverage: not understood') };
    const result = estimatePage(snapshot({ order: o }));
    close(result.order!.long.estimate, longLp('1', '100000', '20000'));
    expect(result.order!.short.estimate).toBe('unknown');
  });

  it('a size in USDT is the order value at the order price', () => {
    const result = estimatePage(snapshot({ order: order({ price: '100000', size: '100000', unit: 'quote', leverage: '10', mode: 'isolated' }) }));
    close(result.order!.long.estimate, '90361.445783');
  });

  it('a size given as cost (initial margin) is cost × leverage of order value', () => {
    const result = estimatePage(snapshot({ order: order({ price: '100000', size: '10000', unit: 'cost', leverage: '10', mode: 'isolated' }) }));
    close(result.order!.long.estimate, '90361.445783');
  });

  it('a market order fills at the mark price', () => {
    const result = estimatePage(snapshot({ mark: '50000', order: order({ type: 'market', size: '2', leverage: '20', mode: 'isolated' }) }));
    close(result.order!.long.estimate, longLp('2', '50000', '5000'));
    close(result.order!.short.estimate, shortLp('2', '50000', '5000'));
  });

  it('one-way: same direction adds (weighted entry, margin grows); opposite reduces, closes or flips', () => {
    const existing = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' });
    const add = estimatePage(snapshot({ rows: [existing], order: order({ price: '110000', size: '1', leverage: '10', mode: 'isolated' }) }));
    // Q 2, entry 105,000, wallet 10,000 + 11,000.
    close(add.order!.long.estimate, longLp('2', '105000', '21000'));
    // Short 1 closes the long exactly.
    expect(add.order!.short.estimate).toBe('none');
    expect(add.order!.short.reasons).toContain('this order closes the position');

    const reduce = estimatePage(snapshot({ rows: [existing], order: order({ price: '110000', size: '0.5', leverage: '10', mode: 'isolated' }) }));
    // Short 0.5 leaves a long of 0.5 at entry 100,000 with half the wallet.
    close(reduce.order!.short.estimate, longLp('0.5', '100000', '5000'));

    const flip = estimatePage(snapshot({ rows: [existing], order: order({ price: '110000', size: '3', leverage: '10', mode: 'isolated' }) }));
    // Short 3 against long 1: a short of 2 opened at 110,000 with 2 * 110,000 / 10 margin.
    close(flip.order!.short.estimate, shortLp('2', '110000', '22000'));
  });

  it('hedge: the order adds to its own leg only', () => {
    const longLeg = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' });
    const result = estimatePage(snapshot({ rows: [longLeg], order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated', positionMode: 'hedge' }) }));
    close(result.order!.short.estimate, shortLp('1', '100000', '10000'));
    close(result.order!.long.estimate, longLp('2', '100000', '20000'));
  });

  it('cannot verify without a size, and says so as a cannot-read warning', () => {
    const o = { ...order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }), size: missing('Size: empty') };
    const result = estimatePage(snapshot({ order: o }));
    expect(result.order!.long.estimate).toBe('unknown');
    expect(result.order!.long.warnings).toEqual([{ kind: 'cannot-read', side: 'long', message: 'Size: empty' }]);
  });

  it("can't tell whether a hidden row holds the symbol", () => {
    const eth = row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' });
    const result = estimatePage(snapshot({ rows: [eth], declared: 2, order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }) }));
    expect(result.order!.long.estimate).toBe('unknown');
    expect(result.order!.long.reasons.join(' ')).toContain("can't tell whether you hold BTCUSDT");
  });
});
