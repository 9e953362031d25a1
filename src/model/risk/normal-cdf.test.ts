import { describe, expect, it } from 'vitest';
import { erfc, normalCdf } from './normal-cdf';

// Published values (Abramowitz & Stegun table 26.1 and standard tables, to more digits than tested).
const KNOWN: [number, string][] = [
  [0, '0.5'],
  [-1, '0.158655253931457051414767454367962077522087033273395609012605'],
  [-2, '0.0227501319481792072002826371665'],
  [-3, '0.00134989803163009452665181476'],
  [1.96, '0.975002104851780'],
  [-5, '2.86651571879193911673752e-7'],
];

/** Φ by Simpson's rule on the density, in plain floats: an independent computation. */
function simpsonCdf(x: number): number {
  const n = 20000;
  const h = Math.abs(x) / n;
  const f = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(0) + f(Math.abs(x));
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  const half = (sum * h) / 3;
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

describe('normalCdf', () => {
  it.each(KNOWN)('Φ(%s) matches the table to 1e-12', (x, expected) => {
    expect(normalCdf(x).minus(expected).abs().toNumber()).toBeLessThan(1e-12);
  });

  it('is relatively exact deep in the tail (Φ(−8) = 6.22096057427178e-16)', () => {
    expect(normalCdf(-8).div('6.22096057427178e-16').minus(1).abs().toNumber()).toBeLessThan(1e-12);
  });

  it('matches Simpson integration of the density from −6 to 6', () => {
    for (let x = -6; x <= 6; x += 0.37) expect(Math.abs(normalCdf(x).toNumber() - simpsonCdf(x))).toBeLessThan(1e-12);
  });

  it('the series and the continued fraction agree where they meet (x = 3)', () => {
    // erfc just below and above the switch: continuity to 1e-24.
    const below = erfc('2.999999999999999999999999999999');
    const above = erfc(3);
    expect(below.minus(above).abs().toNumber()).toBeLessThan(1e-24);
  });

  it('Φ(x) + Φ(−x) = 1', () => {
    for (const x of [0.1, 0.5, 2.5, 3.5, 7]) expect(normalCdf(x).add(normalCdf(-x)).minus(1).abs().toNumber()).toBeLessThan(1e-24);
  });
});
