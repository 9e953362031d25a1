// The verdict's tolerance is one tick or 0.05 %, whichever is larger. Which tick matters where a page
// prints fewer decimals than the instrument quotes in (a rounded "100" for a 0.1-tick instrument), or
// more. At 100 the 0.05 % is 0.05.
import { describe, expect, it } from 'vitest';
import { compare } from './verdict';

describe('the tick the tolerance uses', () => {
  it('a figure printed without decimals: its implied tick (1) lets 0.6 pass; the instrument\'s (0.1) does not', () => {
    expect(compare('100.6', '100', 'long').verdict).toBe('agree');
    expect(compare('100.6', '100', 'long', { tick: '0.1', date: '2025-10-24' })).toMatchObject({ verdict: 'differs', direction: 'sooner' });
  });

  it('an instrument tick coarser than the printed decimals widens it: 0.3 apart agree with a 0.5 tick', () => {
    expect(compare('100.30', '100.00', 'long').verdict).toBe('differs');
    expect(compare('100.30', '100.00', 'long', { tick: '0.5', date: '2025-10-24' }).verdict).toBe('agree');
  });

  it('says which tick it used', () => {
    expect(compare('100.6', '100', 'long', { tick: '0.1', date: '2025-10-24' }).tickNote).toContain('0.1 (the instrument\'s, market data of 2025-10-24)');
    expect(compare('100.6', '100', 'long').tickNote).toContain('1 (taken from the decimals the exchange printed');
  });

  it('no figure to compare: no note', () => {
    expect(compare('100.6', null).tickNote).toBeUndefined();
    expect(compare('none', 'none').tickNote).toBeUndefined();
  });
});

describe('a tick that depends on the price (Hyperliquid: 5 significant figures, 6 - szDecimals decimals)', () => {
  // szDecimals 4 allows 2 decimals: at 1.23 the tick is 0.01, not the 0.0001 the page's "1.2300" implies.
  const twoDecimals = { rule: { significantFigures: 5, maxDecimals: 6 - 4 }, date: '2025-11-11' };

  it('the tick at the exchange\'s figure widens the tolerance where the rule is coarser than the printed decimals', () => {
    expect(compare('1.2345', '1.2300', 'long').verdict).toBe('differs');
    expect(compare('1.2345', '1.2300', 'long', twoDecimals).verdict).toBe('agree');
    expect(compare('1.2405', '1.2300', 'long', twoDecimals)).toMatchObject({ verdict: 'differs', direction: 'sooner' });
  });

  it('says the tick at that price, the rule and the date', () => {
    expect(compare('1.2345', '1.2300', 'long', twoDecimals).tickNote).toContain('one price tick of 0.01 (the instrument\'s tick at this price: at most 5 significant figures and 2 digits after the point, whole prices always allowed; market data of 2025-11-11)');
    // BTC (szDecimals 5) at 105942: six figures, a whole price: the tick is 1.
    expect(compare('105990', '105942', 'long', { rule: { significantFigures: 5, maxDecimals: 6 - 5 }, date: '2025-11-11' }).tickNote).toContain('one price tick of 1 (the instrument\'s tick at this price');
  });
});
