// Hyperliquid's perp price rule (docs, "Tick and lot size"): at most 5 significant figures and at most
// 6 - szDecimals decimals; whole prices are always allowed. The expected ticks are the docs' rule
// worked by hand, and the rule is also checked against an independent reading of it on price strings:
// every multiple of the tick near the price is a valid price, and a tenth of the tick is not.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isPriceRule, tickAtPrice } from './price-rule';

const rule = (szDecimals: number) => ({ significantFigures: 5, maxDecimals: 6 - szDecimals });

/** The docs' rule read on the written price: a whole number, or <= 5 significant figures and <= 6 - szDecimals decimals. */
function validPrice(price: string, szDecimals: number): boolean {
  const [whole = '', fraction = ''] = price.split('.');
  const decimals = fraction.replace(/0+$/, '');
  if (decimals === '') return true;
  const digits = (whole + decimals).replace(/^0+/, '');
  return decimals.length <= 6 - szDecimals && digits.length <= 5;
}

describe('the tick at a price', () => {
  it.each<[string, number, string]>([
    // BTC (szDecimals 5) at 105942: 6 figures, but whole prices are allowed, so 1.
    ['105942', 5, '1'],
    // 5 figures at 10000 and up: 1.
    ['99999.5', 5, '1'],
    ['60123.4', 5, '1'],
    // 4 figures before the point leave one decimal, which szDecimals 5 allows.
    ['3456.7', 5, '0.1'],
    ['3456.7', 4, '0.1'],
    // 0.012345 with szDecimals 0: 5 figures are 0.000001, and 6 decimals are allowed.
    ['0.012345', 0, '0.000001'],
    // 1.2345: 5 figures are 0.0001.
    ['1.2345', 0, '0.0001'],
    ['1.2345', 2, '0.0001'],
    // szDecimals 3 allows 3 decimals: the decimals bind before the figures do.
    ['1.2345', 3, '0.001'],
    ['0.5', 6, '1'],
  ])('%s with szDecimals %i: %s', (price, sz, tick) => {
    expect(tickAtPrice(rule(sz), price).toString()).toBe(new Decimal(tick).toString());
  });

  it('the tick is the finest step the rule allows near the price (every szDecimals 0-6, prices over ten decades)', () => {
    for (let sz = 0; sz <= 6; sz++) {
      for (const price of ['0.00012345', '0.0012345', '0.012345', '0.12345', '1.2345', '12.345', '123.45', '1234.5', '12345', '123456', '9.9999', '1000.1']) {
        const tick = tickAtPrice(rule(sz), price);
        const onGrid = new Decimal(price).toNearest(tick.toString(), Decimal.ROUND_DOWN);
        // The grid point at or below the price and the one below it (one above may cross into the next decade).
        for (const step of [0, -1]) expect(validPrice(onGrid.plus(tick.mul(step).toString()).toFixed(), sz), `${price} + ${step} ticks, szDecimals ${sz}`).toBe(true);
        // A tenth of the tick off the grid is not a valid price (the tick is the finest).
        expect(validPrice(onGrid.plus(tick.div(10).toString()).toFixed(), sz), `${price} + a tenth of ${tick.toString()}, szDecimals ${sz}`).toBe(false);
      }
    }
  });

  it('a price that is no positive decimal falls back to the finest decimal step', () => {
    expect(tickAtPrice(rule(5), 'abc').toString()).toBe('0.1');
    expect(tickAtPrice(rule(0), '0').toString()).toBe('0.000001');
  });
});

describe('a rule read from outside (storage, an answer)', () => {
  it.each<[unknown, boolean]>([
    [{ significantFigures: 5, maxDecimals: 1 }, true],
    [{ significantFigures: 5, maxDecimals: 0 }, true],
    [{ significantFigures: 0, maxDecimals: 1 }, false],
    [{ significantFigures: 5, maxDecimals: -1 }, false],
    [{ significantFigures: 5, maxDecimals: 1.5 }, false],
    [{ significantFigures: 5, maxDecimals: 99 }, false],
    [{ significantFigures: '5', maxDecimals: 1 }, false],
    [{ significantFigures: 5, maxDecimals: 1, extra: 1 }, false],
    [null, false],
  ])('%o: %s', (value, ok) => {
    expect(isPriceRule(value)).toBe(ok);
  });
});
