// The worker gives the model the tick the exchange printed its liquidation price to, so that on OKX
// (isolated) the estimate is OKX's own figure, one tick toward the mark from the rule's value
// (docs/model.md, "The venues' own rounding"), and the verdict compares like with like.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 50 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

// BTC-USDT-SWAP (bundled: ctVal 0.01 BTC, tier 1 MMR 0.4 %), 4 contracts = 0.04 BTC long at 45,075.3
// with 601.004 USDT isolated margin; OKX's regular taker rate 0.05 %. The rule (reference §3.2):
// LP = (EP - M/Q) / (1 - m - f).
const rule = new D('45075.3').minus(new D('601.004').div('0.04')).div(new D(1).minus('0.004').minus('0.0005'));

function okxRow(liq: string | null) {
  return row({ symbol: 'BTC-USDT-SWAP', side: 'long', mode: 'isolated', size: '4', unit: 'contracts', entry: '45075.3', mark: '45068', margin: '601.004', liq });
}

describe('OKX isolated row: the estimate is OKX\'s figure at the tick the page printed', () => {
  it('liq printed as 30186.1 (tick 0.1): the estimate is the rule\'s price + 0.1, and agrees', () => {
    const [result] = estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows: [okxRow('30186.1')] }), market).positions;
    expect(result?.estimate).toBeTypeOf('string');
    expect(new D(result!.estimate).minus(rule.plus('0.1')).abs().lt('1e-20')).toBe(true);
    expect(result?.verdict).toBe('agree');
    // The rule's own price is named in the assumptions.
    expect(result?.assumptions.join(' ')).toContain(rule.toSignificantDigits(10).toString());
  });

  it('no figure on the page: no tick, the rule\'s price', () => {
    const [result] = estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows: [okxRow(null)] }), market).positions;
    expect(new D(result!.estimate).minus(rule).abs().lt('1e-20')).toBe(true);
  });
});

describe('a venue without a known rounding rule is not moved by the printed tick', () => {
  it('Binance USDⓈ-M isolated: the estimate is the rule\'s price (reference §2.3: (EP - M/Q) / (1 - MMR))', () => {
    const binance = row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '60000', mark: '60000', margin: '6000', liq: '54216.8' });
    const [result] = estimatePage(snapshot({ rows: [binance] }), market).positions;
    const expected = new D(60000).minus(6000).div(new D(1).minus('0.004'));
    expect(new D(result!.estimate).minus(expected).abs().lt('1e-20')).toBe(true);
  });
});
