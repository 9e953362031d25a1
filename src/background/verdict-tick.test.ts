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
