import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, type DecimalSeparator } from './parse-number';

function value(text: string, decimal: DecimalSeparator | null = null) {
  const r = parseNumber(text, decimal);
  return r.ok ? r.value : null;
}

function reason(text: unknown, decimal: DecimalSeparator | null = null): string {
  const r = parseNumber(text, decimal);
  return r.ok ? `parsed as ${r.value.value}` : r.reason;
}

describe('parseNumber: what pages show', () => {
  it.each([
    ['60,123.4', '.', '60123.4', null],
    ['1,234,567.89', '.', '1234567.89', null],
    ['57,228.9 USDT', '.', '57228.9', 'USDT'],
    ['0.500 BTC', '.', '0.500', 'BTC'],
    ['-4.000 ETH', '.', '-4.000', 'ETH'],
    ['\u22124.000 ETH', '.', '-4.000', 'ETH'],
    ['+500.00 USDT', '.', '500.00', 'USDT'],
    ['+$2,771.75', '.', '2771.75', '$'],
    ['$\u00a01,474.08', '.', '1474.08', '$'],
    ['12 Cont', '.', '12', 'Cont'],
    ['600 张', '.', '600', '张'],
    ['-1,050张', '.', '-1050', '张'],
    ['USDT 1,000', '.', '1000', 'USDT'],
    ['20x', '.', '20', 'x'],
    ['60\u202f123,4', ',', '60123.4', null],
    ['1.234.567,8', ',', '1234567.8', null],
    ["1'234.5", '.', '1234.5', null],
    ['0060.10', '.', '60.10', null],
    ['-0.00', '.', '0.00', null],
  ] as const)('%j (decimal %s) -> %s %s', (text, decimal, expected, unit) => {
    const v = value(text, decimal);
    expect(v?.value).toBe(expected);
    expect(v?.unit).toBe(unit);
    expect(v?.percent).toBe(false);
  });

  it('takes no other CJK word for a unit', () => {
    expect(reason('600 个')).toMatch(/not a number/);
    expect(reason('600 张张')).toMatch(/not a number/);
  });

  it('reads a percentage as the percent figure', () => {
    expect(value('6.10%', '.')).toEqual({ value: '6.10', unit: null, percent: true });
    expect(value('+33.33 %', '.')).toEqual({ value: '33.33', unit: null, percent: true });
  });

  it('reports placeholders, distinguishing what was shown', () => {
    for (const [text, shown] of [['--', '--'], ['-- USDT', '--'], ['N/A', 'n/a'], ['', ''], ['  ', ''], ['—', '—'], ['-- 张', '--']] as const) {
      const r = parseNumber(text, '.');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.placeholder).toBe(shown);
    }
    expect(parseNumber(undefined).ok).toBe(false);
    expect(parseNumber(null).ok).toBe(false);
  });

  it('refuses garbage, abbreviations, exponents and malformed groups', () => {
    expect(reason('abc')).toMatch(/not a number/);
    expect(reason('1.2K', '.')).toMatch(/abbreviated/);
    expect(reason('3M', '.')).toMatch(/abbreviated/);
    expect(reason('1e5', '.')).toMatch(/not a plain number/);
    expect(reason('Infinity')).toMatch(/not a number/);
    expect(reason('NaN')).toMatch(/shows/);
    expect(reason('1,23', '.')).toMatch(/malformed/);
    expect(reason('1..2', '.')).toMatch(/malformed/);
    expect(reason('0,5', '.')).toMatch(/malformed/);
    expect(reason('1,234 567', '.')).toMatch(/spaces inside/);
    expect(reason('--5', '.')).toMatch(/two signs|not a number/);
    expect(reason('5 BTC USDT', '.')).toMatch(/not a number|two units/);
    expect(reason('<img src=x onerror=alert(1)>')).toMatch(/not a number/);
    expect(reason('9'.repeat(60))).toMatch(/too many digits/);
    expect(reason('1'.repeat(100000))).toMatch(/too long/);
  });

  it('without a known locale, refuses what could be read two ways', () => {
    expect(reason('1,234')).toMatch(/thousands group or a decimal/);
    expect(reason('12.500')).toMatch(/thousands group or a decimal/);
    // ...and reads what can't.
    expect(value('1,234,567')?.value).toBe('1234567');
    expect(value('1,234.5')?.value).toBe('1234.5');
    expect(value('1.234,5')?.value).toBe('1234.5');
    expect(value('0,123')?.value).toBe('0.123');
    expect(value('1,5')?.value).toBe('1.5');
    expect(value('12345,678')?.value).toBe('12345.678');
    // With the locale known the same text has one reading.
    expect(value('1,234', '.')?.value).toBe('1234');
    expect(value('1,234', ',')?.value).toBe('1.234');
  });
});

// Independent formatter: groups the integer digits in threes by hand.
function format(d: Decimal, decimal: DecimalSeparator, group: string, decimals: number): string {
  const fixed = d.abs().toFixed(decimals);
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${d.isNegative() && !d.isZero() ? '\u2212' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

describe('parseNumber: properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), fc.stringMatching(/^[-+$0-9.,' %A-Z\u2212\u00a0]{0,30}$/)), fc.constantFrom('.', ',', null), (text, decimal) => {
        const r = parseNumber(text, decimal as DecimalSeparator | null);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(() => new Decimal(r.value.value)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('round-trips a formatted decimal, in both number formats', () => {
    const decimals = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }));
    fc.assert(
      fc.property(decimals, fc.constantFrom(['.', ','], [',', '.'], ['.', "'"], [',', '\u202f'], [',', ' ']), ([units, scale], [dec, group]) => {
        const d = new Decimal(units.toString()).div(new Decimal(10).pow(scale));
        const text = `${format(d, dec as DecimalSeparator, group!, scale)} USDT`;
        const r = parseNumber(text, dec as DecimalSeparator);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(new Decimal(r.value.value).eq(d)).toBe(true);
          expect(r.value.unit).toBe('USDT');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads an ambiguous "d,ddd" or "d.ddd" without a locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), (a, b, sep) => {
        const text = `${a}${sep}${String(b).padStart(3, '0')}`;
        expect(parseNumber(text, null).ok).toBe(false);
      }),
    );
  });

  it('the other locale\'s form mixed into a page is refused, not read (issue 17, finding 7)', () => {
    expect(reason('1.234,56', '.')).toMatch(/malformed/);
    expect(reason('1,234.56', ',')).toMatch(/malformed/);
    expect(reason('61.000,5 USDT', '.')).toMatch(/malformed/);
  });
});

describe('parseNumber: spaces inside a number (issue 17, finding 7)', () => {
  it.each([
    ['100 250', '.'],
    ['100 250', null],
    ['1\u202f234.5', '.'],
    ['1 234 567.89 USDT', '.'],
    ['1\u00a0234.5', null],
  ] as [string, DecimalSeparator | null][])('"%s" on a %s page is refused: two numbers side by side or a ","-locale group', (text, decimal) => {
    expect(reason(text, decimal)).toMatch(/spaces inside "/);
  });

  it.each([
    ['100 250,5', ',', '100250.5'],
    ['1 234 567', ',', '1234567'],
    ['1\u202f234,5', null, '1234.5'],
  ] as [string, DecimalSeparator | null, string][])('"%s" on a %s page is a ","-locale group: read as %s', (text, decimal, expected) => {
    expect(value(text, decimal)?.value).toBe(expected);
  });
});
