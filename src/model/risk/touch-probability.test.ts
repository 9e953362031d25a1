import { describe, expect, it } from 'vitest';
import { floatTouchProbability } from './testing/float-touch';
import { touchProbability } from './touch-probability';

const expected = floatTouchProbability;

describe('touchProbability', () => {
  it.each([
    [100000, 90000, 0.6, 24],
    [100000, 90000, 0.6, 1],
    [3000, 3150, 0.9, 24],
    [100, 99, 0.5, 1],
  ])('S %s, L %s, σ %s, %s h: 2·Φ(−|ln(L/S)|/(σ√T))', (s, l, sigma, hours) => {
    const r = touchProbability(String(s), String(l), String(sigma), hours);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.abs(Number(r.probability) - expected(s, l, sigma, hours))).toBeLessThan(1e-10);
  });

  it('a distance of exactly one σ√T: 2·Φ(−1) = 0.317310507862914', () => {
    // σ√T = 1 with T = 8760 h (one year) and σ = 1; L = S·e^(−1) given to 30 digits.
    const r = touchProbability('1', '0.367879441171442321595523770161', '1', 8760);
    expect(r.ok && Math.abs(Number(r.probability) - 0.317310507862914)).toBeLessThan(1e-12);
  });

  it('more time or more volatility: more likely', () => {
    const p = (sigma: string, h: number) => Number((touchProbability('100', '90', sigma, h) as { probability: string }).probability);
    expect(p('0.6', 24)).toBeGreaterThan(p('0.6', 1));
    expect(p('0.9', 24)).toBeGreaterThan(p('0.6', 24));
  });

  it('edge cases: at the price 1, zero volatility 0, bad input refused', () => {
    expect(touchProbability('100', '100', '0.5', 1)).toEqual({ ok: true, probability: '1' });
    expect(touchProbability('100', '90', '0', 1)).toEqual({ ok: true, probability: '0' });
    expect(touchProbability('100', '0', '0.5', 1)).toEqual({ ok: false, reason: 'bad-input' });
    expect(touchProbability('N/A', '90', '0.5', 1)).toEqual({ ok: false, reason: 'bad-input' });
    expect(touchProbability('100', '90', '-1', 1)).toEqual({ ok: false, reason: 'bad-input' });
  });
});
