import { t } from '../i18n/t';
import { Dm } from './decimal';
import { isBoundedDecimal } from './decimal-text';
import { ModelInputError } from './model-input-error';

// Far beyond any real price, size or balance; keeps every product finite.
// Compared by the decimal exponent: |d| >= 1e40 is e >= 40, |d| < 1e-40 is e < -40.
const LIMIT_EXPONENT = 40;
// Longer than the 64 a venue or a message may send: the model's own results (40 significant digits,
// down to 1e-40 written out) run to 83 characters and come back as inputs, as do figures computed
// elsewhere at a higher precision. Still bounded: no string of thousands of digits is parsed.
const MODEL_MAX_LENGTH = 128;

export type Sign = 'any' | 'positive' | 'non-negative';

// The same strings come back on every estimate (sizes, prices, every tier of every table): each is
// read once. A decimal is immutable, so handing out the same one again changes nothing. Only
// strings that parse are kept; the map is emptied when it grows past its limit.
const parsed = new Map<string, Dm>();
const PARSED_LIMIT = 1024;

/**
 * Reads a decimal string at the model boundary; throws ModelInputError naming the field. remember:
 * false for strings that change on almost every call (other positions' marks): keeping them would
 * only give the garbage collector more to copy.
 */
export function parseDecimal(field: string, value: unknown, sign: Sign = 'any', remember = true): Dm {
  if (typeof value !== 'string') {
    throw new ModelInputError(field, t('model_errNotString', value === null ? 'null' : typeof value));
  }
  let d = parsed.get(value);
  if (d === undefined) {
    d = parseText(field, value);
    if (remember) {
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      parsed.set(value, d);
    }
  }
  if (sign === 'positive' && (d.isNegative() || d.isZero())) throw new ModelInputError(field, t('model_errNotPositive'));
  if (sign === 'non-negative' && d.isNegative() && !d.isZero()) throw new ModelInputError(field, t('model_errNegative'));
  return d;
}

function parseText(field: string, value: string): Dm {
  const text = value.trim();
  // Plain decimal notation, bounded in length and exponent (decimal-text.ts); a leading "+" is allowed here.
  if (!isBoundedDecimal(text.startsWith('+') ? text.slice(1) : text, MODEL_MAX_LENGTH)) throw new ModelInputError(field, t('model_errNotDecimal', value.slice(0, 40)));
  const d = new Dm(text);
  if (!d.isFinite() || d.e >= LIMIT_EXPONENT || (!d.isZero() && d.e < -LIMIT_EXPONENT)) {
    throw new ModelInputError(field, t('model_errOutOfRange'));
  }
  return d.isZero() ? new Dm(0) : d;
}

/** Like parseDecimal, for optional fields: undefined stays undefined. */
export function parseOptionalDecimal(field: string, value: unknown, sign: Sign = 'any'): Dm | undefined {
  return value === undefined ? undefined : parseDecimal(field, value, sign);
}
