// The shared contract arithmetic against the reference documents' own figures: exchange-printed
// values (Hyperliquid's clearinghouseState example, hyperliquid-and-others.md §1.9; OKX's [O5]
// example, bybit-okx-bitget.md §5.2 OK-1), the worked examples of bybit-okx-bitget.md §2.3-§2.4 and
// §5.1, the tier units of §3.3 and §5.3, and sums worked out here by hand. Nothing is copied from
// the code's output.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dm } from './decimal';
import { ModelInputError } from './model-input-error';
import { contractCount, pnlSlopeInX, tierCountOf, tierMeasure, unrealisedPnl, valueAt } from './position-math';
import { rulebookFor } from './venues';

const D = Decimal.clone({ precision: 40 });
const near = (a: Decimal, b: Decimal.Value, relative = '1e-30') => {
  const want = new D(b);
  expect(new D(a).sub(want).abs().lte(want.abs().mul(relative).add('1e-35')), `${a.toString()} vs ${want.toString()}`).toBe(true);
};

describe('valueAt: linear Q·P in the quote, inverse N·CV/P in the coin', () => {
  it('linear: Hyperliquid ETH 0.0335 at mark 2985.9 is the API positionValue 100.02765 (§1.9)', () => {
    expect(valueAt({ contract: 'linear', size: '0.0335' }, '2985.9').toString()).toBe('100.02765');
  });

  it('linear, a short leg: Hyperliquid BTC szi −0.00785 at mark 26961.2 is positionValue 211.64542 (§1.9)', () => {
    // The value does not depend on the side: the model's size is the absolute size.
    expect(valueAt({ contract: 'linear', size: '0.00785' }, '26961.2').toString()).toBe('211.64542');
  });

  it('linear: Bybit 0.5 BTC at mark 50,500 is 25,250, IM at 10x 2,525 as the page prints (BY-8)', () => {
    const value = valueAt({ contract: 'linear', size: '0.5' }, '50500');
    expect(value.toString()).toBe('25250');
    expect(value.div(10).toString()).toBe('2525');
  });

  it('inverse: 60,000 USD of BTCUSD at 50,000 is PV 1.2 BTC, whether 60,000 contracts of 1 USD or 600 of 100 (§2.4 [B3-old])', () => {
    expect(valueAt({ contract: 'inverse', size: '60000', contractValue: '1' }, '50000').toString()).toBe('1.2');
    expect(valueAt({ contract: 'inverse', size: '600', contractValue: '100' }, '50000').toString()).toBe('1.2');
  });

  it('inverse: OKX BTC-USD-SWAP 10,000 USD at 50,000 is 0.2 BTC, margin at 10x 0.02 BTC (OK-4)', () => {
    const value = valueAt({ contract: 'inverse', size: '100', contractValue: '100' }, '50000');
    expect(value.toString()).toBe('0.2');
    expect(value.div(10).toString()).toBe('0.02');
  });

  it('inverse: the value falls as the price rises, F/P: 10,000 USD at 40,000 is 0.25 BTC, at 80,000 0.125 BTC', () => {
    expect(valueAt({ contract: 'inverse', size: '100', contractValue: '100' }, '40000').toString()).toBe('0.25');
    expect(valueAt({ contract: 'inverse', size: '100', contractValue: '100' }, '80000').toString()).toBe('0.125');
  });

  it('takes decimals and strings alike', () => {
    expect(valueAt({ contract: 'linear', size: new Dm('0.0335') }, new Dm('2985.9')).toString()).toBe('100.02765');
  });

  it('an inverse position without a contract value is refused, naming the field', () => {
    let thrown: unknown;
    try {
      valueAt({ contract: 'inverse', size: '1' }, '50000');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelInputError);
    expect((thrown as ModelInputError).field).toBe('contractValue');
  });
});

describe('unrealisedPnl: linear s·Q·(P − EP), inverse s·N·CV·(1/EP − 1/P)', () => {
  it('linear long: Hyperliquid ETH 0.0335 from 2986.3 at mark 2985.9 is the API unrealizedPnl −0.0134 (§1.9)', () => {
    expect(unrealisedPnl({ contract: 'linear', side: 'long', size: '0.0335', entryPrice: '2986.3' }, '2985.9').toString()).toBe('-0.0134');
  });

  it('linear long at its liquidation price: Bybit BY-1, 1 BTC from 10,000 at 50x (M 200, MM 50) loses M − MM = 150 at 9,850', () => {
    expect(unrealisedPnl({ contract: 'linear', side: 'long', size: '1', entryPrice: '10000' }, '9850').toString()).toBe('-150');
  });

  it('linear short at its liquidation price: Bybit BY-2, 1 BTC from 8,000 at 40x (M 200, MM 40) loses M − MM = 160 at 8,160', () => {
    expect(unrealisedPnl({ contract: 'linear', side: 'short', size: '1', entryPrice: '8000' }, '8160').toString()).toBe('-160');
  });

  it('linear short: Hyperliquid BTC 0.00785 short from 26951.0 at mark 26961.2 loses 0.00785 × 10.2 = 0.08007', () => {
    expect(unrealisedPnl({ contract: 'linear', side: 'short', size: '0.00785', entryPrice: '26951.0' }, '26961.2').toString()).toBe('-0.08007');
  });

  it('inverse long: OKX ETH-USD 1 contract of 10 USD from 2566.31 at mark 2565.656 is the API upl −0.0000009932766034 (OK-1)', () => {
    // The mark is the one the docs' upl implies, given to 7 digits: agreement to 10 digits.
    near(unrealisedPnl({ contract: 'inverse', side: 'long', size: '1', contractValue: '10', entryPrice: '2566.31' }, '2565.656'), '-0.0000009932766034', '1e-9');
  });

  it('inverse long at its liquidation price: Bybit [B3-old], 60,000 USD from 50,000 (IM 0.12, MM 0.006 BTC) loses IM − MM = 0.114 BTC at F/(PV + IM − MM)', () => {
    const lp = new D(60000).div(new D('1.2').add('0.12').sub('0.006'));
    near(lp, '45662.100456621004566', '1e-20'); // BY-11, as the reference prints it
    near(unrealisedPnl({ contract: 'inverse', side: 'long', size: '60000', contractValue: '1', entryPrice: '50000' }, lp), '-0.114');
  });

  it('inverse short: 10,000 USD short from 50,000 gains 10,000 × (1/40,000 − 1/50,000) = 0.05 BTC at 40,000; loses 10,000 × (1/50,000 − 1/62,500) = 0.04 at 62,500', () => {
    const short = { contract: 'inverse', side: 'short', size: '100', contractValue: '100', entryPrice: '50000' } as const;
    expect(unrealisedPnl(short, '40000').toString()).toBe('0.05');
    expect(unrealisedPnl(short, '62500').toString()).toBe('-0.04');
  });

  it('long and short of the same size mirror each other, linear and inverse; nothing at the entry price', () => {
    for (const position of [
      { contract: 'linear', size: '0.7', entryPrice: '2000' },
      { contract: 'inverse', size: '35', contractValue: '10', entryPrice: '2000' },
    ] as const) {
      for (const price of ['1500', '2000', '2750.25']) {
        const long = unrealisedPnl({ ...position, side: 'long' }, price);
        const short = unrealisedPnl({ ...position, side: 'short' }, price);
        expect(long.add(short).isZero()).toBe(true);
      }
      expect(unrealisedPnl({ ...position, side: 'long' }, '2000').isZero()).toBe(true);
    }
  });

  it('an inverse position without a contract value is refused', () => {
    expect(() => unrealisedPnl({ contract: 'inverse', side: 'long', size: '1', entryPrice: '50000' }, '40000')).toThrow(ModelInputError);
  });
});

describe('pnlSlopeInX: the PnL per unit of x (P linear, 1/P inverse)', () => {
  it('linear: +Q long, −Q short; the PnL moves by exactly that per unit of price', () => {
    expect(pnlSlopeInX({ contract: 'linear', side: 'long', size: '0.0335' }).toString()).toBe('0.0335');
    expect(pnlSlopeInX({ contract: 'linear', side: 'short', size: '0.0335' }).toString()).toBe('-0.0335');
    // Hyperliquid §1.9: from 2986.3 to 2985.9 (−0.4) the long's PnL is −0.0134 = 0.0335 × −0.4.
    expect(new D('0.0335').mul('-0.4').toString()).toBe('-0.0134');
  });

  it('inverse: −N·CV long, +N·CV short; the PnL moves by that times the change in 1/P', () => {
    const long = { contract: 'inverse', side: 'long', size: '100', contractValue: '100', entryPrice: '50000' } as const;
    expect(pnlSlopeInX(long).toString()).toBe('-10000');
    expect(pnlSlopeInX({ ...long, side: 'short' }).toString()).toBe('10000');
    // From 50,000 (x = 0.00002) to 40,000 (x = 0.000025): −10,000 × 0.000005 = −0.05 BTC for the long.
    expect(new D(-10000).mul('0.000005').toString()).toBe('-0.05');
    expect(unrealisedPnl(long, '40000').toString()).toBe('-0.05');
  });
});

describe('tierMeasure: what the venue\'s tier table counts', () => {
  it('each venue\'s rulebook says what its tiers count: contracts on OKX alone, the value elsewhere (§3.3)', () => {
    for (const venue of ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget'] as const) {
      expect(tierCountOf(rulebookFor(venue)), venue).toBe(venue === 'okx' ? 'contracts' : 'value');
    }
  });

  it('quote notional (Binance USDⓈ-M, Bybit linear, Bitget, Hyperliquid): Bitget 3 BTC at mark 110,000 is 330,000 USDT, above the 200,000 tier-1 bound (BG-3)', () => {
    const measure = tierMeasure('value', { contract: 'linear', size: '3' }, '110000');
    expect(measure.toString()).toBe('330000');
    expect(measure.gt(200000)).toBe(true);
  });

  it('quote notional moves with the price: Bybit 23 BTC at 100,000 is PV 2,300,000, tier 2 of BY-9; at 80,000 1,840,000, tier 1', () => {
    expect(tierMeasure('value', { contract: 'linear', size: '23' }, '100000').toString()).toBe('2300000');
    expect(tierMeasure('value', { contract: 'linear', size: '23' }, '80000').toString()).toBe('1840000');
  });

  it('coin notional (Binance COIN-M, inverse): 600 contracts of 100 USD at 50,000 are 1.2 BTC (§2.4); at 60,000, 1 BTC', () => {
    expect(tierMeasure('value', { contract: 'inverse', size: '600', contractValue: '100' }, '50000').toString()).toBe('1.2');
    expect(tierMeasure('value', { contract: 'inverse', size: '600', contractValue: '100' }, '60000').toString()).toBe('1');
  });

  it('contracts (OKX linear): 10 BTC at ctVal 0.01 are the 1,000 contracts of tier 1, whatever the price (§3.3)', () => {
    const position = { contract: 'linear', size: '10', contractSize: '0.01' } as const;
    expect(tierMeasure('contracts', position, '50000').toString()).toBe('1000');
    expect(tierMeasure('contracts', position, '120000').toString()).toBe('1000');
    expect(contractCount(position).toString()).toBe('1000');
  });

  it('contracts (OKX inverse): the size already is contracts, 100 of BTC-USD-SWAP (OK-4), whatever the price', () => {
    const position = { contract: 'inverse', size: '100', contractValue: '100' } as const;
    expect(tierMeasure('contracts', position, '50000').toString()).toBe('100');
    expect(tierMeasure('contracts', position, '25000').toString()).toBe('100');
  });

  it('contracts of a linear position without a contract size: the size as given', () => {
    expect(tierMeasure('contracts', { contract: 'linear', size: '7' }, '50000').toString()).toBe('7');
  });
});
