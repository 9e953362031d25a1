// Property tests of parseNumber against hostile and fuzzed page text (issue 7): locales, unicode
// minus signs, non-breaking and thin spaces, K/M suffixes, exponents, garbage and 10,000-character
// strings. Well-formed strings are built here from a decimal chosen by the test (the oracle is that
// decimal); everything else must never come back as a number.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, type DecimalSeparator } from './parse-number';

const RUNS = 3000;
/** Space as a thousands separator is a ","-decimal form (fr, de, ru, pl): with "." it is refused (issue 17). */
const SPACE_GROUPS = [' ', '\u00a0', '\u202f', '\u2009'];

/** How a page may write one number: the test's own formatter, independent of the parser. */
interface Style {
  decimal: DecimalSeparator;
  group: string | null;
  minus: string;
  plus: boolean;
  dollar: 'none' | 'before-sign' | 'after-sign';
  space: string;
  unit: 'none' | 'after' | 'before' | 'percent';
  unitText: string;
}

const styles: fc.Arbitrary<Style> = fc.record({
  decimal: fc.constantFrom<DecimalSeparator>('.', ','),
  group: fc.constantFrom(null, ',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'"),
  minus: fc.constantFrom('-', '\u2212', '\ufe63', '\uff0d'),
  plus: fc.boolean(),
  dollar: fc.constantFrom('none', 'before-sign', 'after-sign'),
  space: fc.constantFrom('', ' ', '\u00a0', '\u202f'),
  unit: fc.constantFrom('none', 'after', 'before', 'percent'),
  unitText: fc.constantFrom('USDT', 'BTC', 'USD', 'Cont', 'ETH', 'USDC'),
}).filter((s) => s.group !== s.decimal && !(s.unit === 'before' && s.dollar !== 'none') && !(s.decimal === '.' && SPACE_GROUPS.includes(s.group ?? '')));

const amounts = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 10 }))
  .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale));

function groupThrees(int: string, group: string | null): string {
  if (group === null) return int;
  const out: string[] = [];
  for (let end = int.length; end > 0; end -= 3) out.unshift(int.slice(Math.max(0, end - 3), end));
  return out.join(group);
}

/** `fixed` is a plain decimal ("-1234.50"); the text is how a page in `style` would show it. */
function show(fixed: string, s: Style): string {
  const negative = fixed.startsWith('-');
  const [int, frac] = fixed.replace('-', '').split('.') as [string, string | undefined];
  const body = groupThrees(int, s.group) + (frac !== undefined ? s.decimal + frac : '');
  const sign = negative ? s.minus : s.plus ? '+' : '';
  const money = s.dollar === 'before-sign' ? `$${sign}` : s.dollar === 'after-sign' ? `${sign}$` : sign;
  if (s.unit === 'before') return `${s.unitText} ${money}${body}`;
  const after = s.unit === 'after' ? `${s.space === '' ? ' ' : s.space}${s.unitText}` : s.unit === 'percent' ? `${s.space}%` : '';
  return `${money}${body}${after}`;
}

/** The digits of a text, leading zeros dropped: what a reading must keep, whatever the format. */
function digitsOf(text: string): string {
  return text.replace(/\D/g, '').replace(/^0+/, '');
}

describe('parseNumber: digits split by spaces (issue 17, finding 7)', () => {
  it('a number of four digits or more grouped by spaces is never read on a "." page or without a locale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 15n }), fc.constantFrom(...SPACE_GROUPS), fc.constantFrom<'.' | null>('.', null), fc.constantFrom('', '.5', '.25'), (int, group, decimal, frac) => {
        const text = groupThrees(int.toString(), group) + frac;
        const r = parseNumber(text, decimal);
        expect(r.ok, text).toBe(false);
        if (!r.ok) expect(r.reason).toMatch(/spaces inside/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseNumber: well-formed page numbers (oracle: the decimal the test formatted)', () => {
  it('reads every format exactly, with the locale known', () => {
    fc.assert(
      fc.property(amounts, styles, (fixed, style) => {
        const text = show(fixed, style);
        const r = parseNumber(text, style.decimal);
        expect(r.ok, text).toBe(true);
        if (!r.ok) return;
        expect(new Decimal(r.value.value).eq(fixed), `${text} -> ${r.value.value}`).toBe(true);
        // The page's precision survives ("60000.50" stays two places).
        expect(r.value.value.split('.')[1]?.length ?? 0).toBe(fixed.split('.')[1]?.length ?? 0);
        expect(r.value.percent).toBe(style.unit === 'percent');
        const unit = style.unit === 'after' || style.unit === 'before' ? style.unitText : style.unit === 'percent' ? null : style.dollar !== 'none' ? '$' : null;
        expect(r.value.unit).toBe(unit);
      }),
      { numRuns: RUNS },
    );
  });

  it('without a locale, reads what has one reading and refuses what has two, never the wrong one', () => {
    fc.assert(
      fc.property(amounts, styles, (fixed, style) => {
        const text = show(fixed, style);
        const r = parseNumber(text, null);
        if (r.ok) expect(new Decimal(r.value.value).eq(fixed), `${text} -> ${r.value.value}`).toBe(true);
        else expect(r.reason, text).toMatch(/thousands group or a decimal|malformed|spaces inside/);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the other locale\'s format as the other number or not at all', () => {
    // A page whose locale we got wrong: "1.234,5" read with "." as the decimal point.
    fc.assert(
      fc.property(amounts, styles, (fixed, style) => {
        const text = show(fixed, style);
        const other: DecimalSeparator = style.decimal === '.' ? ',' : '.';
        const r = parseNumber(text, other);
        // Whatever it reads keeps exactly the digits shown: no digit invented or dropped.
        if (r.ok) expect(digitsOf(r.value.value)).toBe(digitsOf(fixed));
      }),
      { numRuns: RUNS },
    );
  });
});

/** A digit string with some non-digit garbage put strictly between two of its digits. */
const garbageChars = fc.constantFrom('a', 'x', 'e', 'E', 'K', '#', '*', '/', '_', ':', ';', '?', '!', '<', '>', '&', '=', '~', '^', '(', ')', '"', '\u00d7', '\u4e00', '\u0000', '\ud83d\ude00', '..', ',,', '+', '-');

describe('parseNumber: never a number from garbage', () => {
  it('never throws on any text, of any length and alphabet', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.stringMatching(/^[-+$0-9.,' %A-Za-z\u2212\u00a0\u202f\u3000eE]{0,60}$/),
    );
    fc.assert(
      fc.property(texts, fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        const r = parseNumber(text, decimal);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) {
          expect(r.value.value).toMatch(/^-?\d+(\.\d+)?$/);
          expect(digitsOf(r.value.value).length).toBeLessThanOrEqual(40);
        } else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('never reads a number from text without a digit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }).filter((t) => !/\d/.test(t)), fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        expect(parseNumber(text, decimal).ok, text).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps exactly the digits shown, and the sign, for any text made of digits, separators, signs and spaces', () => {
    const alphabet = fc.constantFrom(...'0123456789'.split(''), '.', ',', ' ', '\u00a0', '\u202f', "'", '-', '\u2212', '+', '$', '%');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        const r = parseNumber(text, decimal);
        if (!r.ok) return;
        expect(digitsOf(r.value.value), text).toBe(digitsOf(text));
        const negative = /[-\u2212]/.test(text) && digitsOf(text) !== '';
        if (r.value.value.startsWith('-')) expect(negative, text).toBe(true);
        if (negative && !/^[0.]*$/.test(r.value.value.replace('-', ''))) expect(r.value.value.startsWith('-'), text).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a well-formed number with garbage put between two of its digits', () => {
    const withGarbage = fc.tuple(fc.bigInt({ min: 10n, max: 10n ** 15n }), garbageChars, fc.nat()).map(([n, junk, at]) => {
      const digits = n.toString();
      const cut = 1 + (at % (digits.length - 1));
      return `${digits.slice(0, cut)}${junk}${digits.slice(cut)}`;
    });
    fc.assert(
      fc.property(withGarbage, fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        const r = parseNumber(text, decimal);
        // "12..34" or "1,,234": a doubled separator is garbage too.
        expect(r.ok, `${text} -> ${r.ok ? r.value.value : ''}`).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses K/M/B abbreviations and exponents, which would need a guessed scale', () => {
    const suffix = fc.constantFrom('K', 'k', 'M', 'm', 'B', 'b', 'T', 'bn', 'mn', 'KK');
    const abbreviated = fc.tuple(amounts, styles, fc.constantFrom('', ' ', '\u00a0'), suffix).map(([fixed, style, space, s]) => `${show(fixed, { ...style, unit: 'none' })}${space}${s}`);
    const exponent = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 400 }))
      .map(([m, e, sign, x]) => `${m}${e}${sign}${x}`);
    fc.assert(
      fc.property(fc.oneof(abbreviated, exponent), fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        const r = parseNumber(text, decimal);
        expect(r.ok, `${text} -> ${r.ok ? r.value.value : ''}`).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses 10,000-character strings, even of digits or a number padded with spaces', () => {
    const long = fc.oneof(
      fc.constantFrom('0', '1', '9', ',', ' ', '\u00a0').map((c) => c.repeat(10_000)),
      fc.tuple(amounts, styles).map(([fixed, style]) => `${' '.repeat(5000)}${show(fixed, style)}${'\u00a0'.repeat(5000)}`),
      fc.string({ minLength: 10_000, maxLength: 10_000 }),
      fc.bigInt({ min: 1n, max: 9n }).map((d) => `${d}${'0'.repeat(9_999)}`),
    );
    fc.assert(
      fc.property(long, fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        expect(text.length).toBeGreaterThanOrEqual(10_000);
        expect(parseNumber(text, decimal).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses markup and script text', () => {
    const markup = fc.tuple(amounts, fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)'), fc.boolean())
      .map(([fixed, html, before]) => (before ? `${html}${fixed}` : `${fixed}${html}`));
    fc.assert(
      fc.property(markup, fc.constantFrom<DecimalSeparator | null>('.', ',', null), (text, decimal) => {
        expect(parseNumber(text, decimal).ok, text).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
