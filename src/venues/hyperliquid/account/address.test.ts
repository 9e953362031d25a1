// The watch list as typed: only 0x + 40 hex digits pass; one bad entry refuses the list, with the entry named.
import { describe, expect, it } from 'vitest';
import { isAddress, MAX_WATCHED, parseWatchList } from './address';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const B = '0x5e9ee1089755c3435139848e47e6635505d5a13a';

describe('Hyperliquid addresses', () => {
  it.each([A, A.toUpperCase().replace('0X', '0x'), B])('accepts %s', (a) => expect(isAddress(a)).toBe(true));

  it.each([
    ['too short', A.slice(0, 41)],
    ['too long', `${A}0`],
    ['no 0x', A.slice(2)],
    ['0X', A.replace('0x', '0X')],
    ['not hex', `0x${'g'.repeat(40)}`],
    ['spaces inside', `${A.slice(0, 20)} ${A.slice(20)}`],
    ['an ENS name', 'vitalik.eth'],
  ])('refuses %s', (_why, text) => {
    const parsed = parseWatchList(`${B}\n${text}`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/is not a Hyperliquid address/);
  });

  it('one per line, commas too; lowercased, repeats dropped, empty lines ignored', () => {
    expect(parseWatchList(`\n${A.toUpperCase().replace('0X', '0x')}\n\n${B}, ${A}\n`)).toEqual({ ok: true, addresses: [A, B] });
    expect(parseWatchList('  ')).toEqual({ ok: true, addresses: [] });
  });

  it(`at most ${MAX_WATCHED}`, () => {
    const many = Array.from({ length: MAX_WATCHED + 1 }, (_, i) => `0x${i.toString(16).padStart(40, '0')}`);
    expect(parseWatchList(many.slice(0, MAX_WATCHED).join('\n')).ok).toBe(true);
    expect(parseWatchList(many.join('\n'))).toEqual({ ok: false, error: `At most ${MAX_WATCHED} addresses. Nothing was saved or sent.` });
  });
});
