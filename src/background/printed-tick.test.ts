// The worker does not take the price tick from the exchange's printed figure: Liqcheck's estimate must
// not depend on the figure it is checked against. Until market data carries each instrument's tick,
// an OKX row shows the rule's price, and the verdict's tolerance (never less than one printed tick)
// covers OKX's one-tick step (docs/model.md, "The venues' own rounding").
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { row, snapshot } from './testing/make-snapshot';

const D = Decimal.clone({ precision: 50 });
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

// BTC-USDT-SWAP (bundled: ctVal 0.01 BTC, tier 1 MMR 0.4 %), 4 contracts = 0.04 BTC long at 45,075.3
// with 601.004 USDT isolated margin; OKX's regular taker rate 0.05 %. The rule (reference §3.2):
// LP = (EP - M/Q) / (1 - m - f) = 30,186.037…; OKX prints that + 0.1.
const rule = new D('45075.3').minus(new D('601.004').div('0.04')).div(new D(1).minus('0.004').minus('0.0005'));

function okxRow(liq: string | null) {
  return row({ symbol: 'BTC-USDT-SWAP', side: 'long', mode: 'isolated', size: '4', unit: 'contracts', entry: '45075.3', mark: '45068', margin: '601.004', liq });
}

describe('OKX isolated row: the estimate is the same whatever the page printed', () => {
  it.each<[string, string | null, string]>([
    ['OKX\'s figure at its tick', '30186.1', 'agree'],
    ['the figure without decimals', '30186', 'agree'],
    ['no figure', null, 'unknown'],
  ])('%s (%s): the rule\'s price, verdict %s', (_case, liq, verdict) => {
    const [result] = estimatePage(snapshot({ venue: 'okx', symbol: 'BTC-USDT-SWAP', rows: [okxRow(liq)] }), market).positions;
    expect(new D(result!.estimate).minus(rule).abs().lt('1e-20')).toBe(true);
    expect(result?.verdict).toBe(verdict);
  });
});
