// Formats decimal strings for display without going through a JS float: Intl.NumberFormat takes
// the string itself (exact decimal input, ES2023), so "1.005" rounds to "1.01" and long prices keep
// every digit.

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const MAX_FRACTION_DIGITS = 20;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function isPlainDecimal(value: string): boolean {
  return PLAIN_DECIMAL.test(value);
}

/** Number of digits after the point of a plain decimal string ("60123.50" -> 2), else undefined. */
export function fractionDigitsOf(value: string): number | undefined {
  if (!isPlainDecimal(value)) return undefined;
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

/** A sensible precision for a price with no reference figure: 2 at or above 1, else 4 significant digits. */
export function defaultFractionDigits(value: string): number {
  if (!isPlainDecimal(value)) return 2;
  const unsigned = value.replace(/^[+-]/, '');
  const [whole = '0', fraction = ''] = unsigned.split('.');
  if (/[1-9]/.test(whole) || !/[1-9]/.test(fraction)) return 2;
  const leadingZeros = fraction.search(/[1-9]/);
  return Math.min(leadingZeros + 4, MAX_FRACTION_DIGITS);
}

/**
 * Formats a plain decimal string with grouping and exactly `fractionDigits` decimals in the given
 * locale (undefined: the browser's). Returns null for anything that is not a plain decimal, so the
 * caller never shows an invented number.
 */
export function formatDecimal(value: string, fractionDigits: number, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  const digits = Math.max(0, Math.min(Math.trunc(fractionDigits), MAX_FRACTION_DIGITS));
  return formatter(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(value as Intl.StringNumericLiteral);
}

/** A price: as many decimals as `reference` (the exchange's own figure) has, else a default. */
export function formatPrice(value: string, reference?: string | null, locale?: string): string | null {
  const digits = (reference != null ? fractionDigitsOf(reference) : undefined) ?? defaultFractionDigits(value);
  return formatDecimal(value, digits, locale);
}

/** A signed percentage: up to 2 decimals at or above 1, else 2 significant digits. */
export function formatPercent(value: string, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  const [whole = '0'] = value.replace(/^[+-]/, '').split('.');
  const options: Intl.NumberFormatOptions = /[1-9]/.test(whole)
    ? { maximumFractionDigits: 2, signDisplay: 'negative' }
    : { maximumSignificantDigits: 2, signDisplay: 'negative' };
  return formatter(locale, options).format(value as Intl.StringNumericLiteral);
}

/** The size of a percentage, sign dropped, with formatPercent's precision. */
export function formatPercentMagnitude(value: string, locale?: string): string | null {
  return isPlainDecimal(value) ? formatPercent(value.replace(/^[+-]/, ''), locale) : null;
}

/** A fraction (0.0123) as its percentage (1.23), by moving the point in the string: no float. */
export function fractionToPercent(value: string): string | null {
  if (!isPlainDecimal(value)) return null;
  const sign = value.startsWith('-') ? '-' : '';
  const [whole = '0', fraction = ''] = value.replace(/^[+-]/, '').split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.$/, '');
  return `${sign}${shifted.replace(/^0+(?=\d)/, '')}`;
}

const STABLE_ASSETS = new Set(['USDT', 'USDC', 'USD', 'BUSD', 'FDUSD', 'USDE']);

/**
 * An amount of an asset: 2 decimals for dollars, 4 for coins at or above 1, 4 significant digits
 * below; an amount of an unnamed asset (a coin or dollars) like a price: 2 decimals, or 4 significant.
 */
export function formatAmount(value: string, asset: string | undefined, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  const digits =
    asset === undefined ? defaultFractionDigits(value) : STABLE_ASSETS.has(asset.toUpperCase()) ? 2 : Math.max(4, defaultFractionDigits(value));
  return formatDecimal(value, digits, locale);
}

/** A plain number with at most `maxFractionDigits` decimals and no padding (hours, leverage, sizes). */
export function formatNumber(value: string, maxFractionDigits: number, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  return formatter(locale, { maximumFractionDigits: maxFractionDigits, signDisplay: 'negative' }).format(value as Intl.StringNumericLiteral);
}
