// Formats decimal strings for display without going through a JS float: Intl.NumberFormat takes
// the string itself (exact decimal input, ES2023), so "1.005" rounds to "1.01" and long prices keep
// every digit. Every function takes an absent figure (null, undefined) too and, as for anything that is not
// a plain decimal, returns null, so the caller never shows an invented number.

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
/** A plain decimal whose whole part is not zero: 1 or more in size. */
const AT_LEAST_ONE = /^[+-]?0*[1-9]/;
const MAX_FRACTION_DIGITS = 20;

/** A figure to show: a decimal string from the worker, or absent (null or undefined). */
type Figure = string | null | undefined;

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats with a cached formatter; none shows a minus sign on a number that rounds to zero. */
function format(value: string, locale: string | undefined, options: Intl.NumberFormatOptions): string {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { ...options, signDisplay: 'negative' });
    formatters.set(key, f);
  }
  return f.format(value as Intl.StringNumericLiteral);
}

export function isPlainDecimal(value: Figure): value is string {
  return value != null && PLAIN_DECIMAL.test(value);
}

/** Number of digits after the point of a plain decimal string ("60123.50" -> 2), else undefined. */
export function fractionDigitsOf(value: Figure): number | undefined {
  if (!isPlainDecimal(value)) return undefined;
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

/** A sensible precision for a price with no reference figure: 2 at or above 1, else 4 significant digits. */
export function defaultFractionDigits(value: Figure): number {
  if (!isPlainDecimal(value) || AT_LEAST_ONE.test(value)) return 2;
  // Below 1: the zeros after the point, then 4 digits; a zero gets 2.
  const leadingZeros = (value.split('.')[1] ?? '').search(/[1-9]/);
  return leadingZeros < 0 ? 2 : Math.min(leadingZeros + 4, MAX_FRACTION_DIGITS);
}

/**
 * Formats a plain decimal string with grouping and exactly `fractionDigits` decimals (a whole number,
 * at most 20 used) in the given locale (undefined: the browser's).
 */
export function formatDecimal(value: Figure, fractionDigits: number, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  const digits = Math.min(fractionDigits, MAX_FRACTION_DIGITS);
  return format(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A price: as many decimals as `reference` (the exchange's own figure) has, else a default. */
export function formatPrice(value: Figure, reference?: Figure, locale?: string): string | null {
  return formatDecimal(value, fractionDigitsOf(reference) ?? defaultFractionDigits(value), locale);
}

/** A signed percentage: up to 2 decimals at or above 1, else 2 significant digits. */
export function formatPercent(value: Figure, locale?: string): string | null {
  if (!isPlainDecimal(value)) return null;
  return format(value, locale, AT_LEAST_ONE.test(value) ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 2 });
}

/** The size of a percentage, sign dropped, with formatPercent's precision. */
export function formatPercentMagnitude(value: Figure, locale?: string): string | null {
  return isPlainDecimal(value) ? formatPercent(value.replace(/^[+-]/, ''), locale) : null;
}

/** A fraction (0.0123) as its percentage (1.23), by moving the point in the string: no float. */
export function fractionToPercent(value: Figure): string | null {
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
export function formatAmount(value: Figure, asset: string | undefined, locale?: string): string | null {
  const digits =
    asset === undefined ? defaultFractionDigits(value) : STABLE_ASSETS.has(asset.toUpperCase()) ? 2 : Math.max(4, defaultFractionDigits(value));
  return formatDecimal(value, digits, locale);
}

/** A plain number with at most `maxFractionDigits` decimals and no padding (hours, leverage, sizes). */
export function formatNumber(value: Figure, maxFractionDigits: number, locale?: string): string | null {
  return isPlainDecimal(value) ? format(value, locale, { maximumFractionDigits: maxFractionDigits }) : null;
}
