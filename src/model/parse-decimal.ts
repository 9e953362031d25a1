import { Dm } from './decimal';
import { ModelInputError } from './model-input-error';

// Plain decimal notation with an optional exponent. No hex/binary/octal, no NaN/Infinity.
const DECIMAL_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Far beyond any real price, size or balance; keeps every product finite.
const LIMIT = new Dm('1e40');
const SMALLEST = LIMIT.pow(-1);

export type Sign = 'any' | 'positive' | 'non-negative';

/** Reads a decimal string at the model boundary; throws ModelInputError naming the field. */
export function parseDecimal(field: string, value: unknown, sign: Sign = 'any'): Dm {
  if (typeof value !== 'string') {
    throw new ModelInputError(field, `expected a decimal string, got ${value === null ? 'null' : typeof value}`);
  }
  const text = value.trim();
  if (!DECIMAL_PATTERN.test(text)) throw new ModelInputError(field, `not a decimal number: "${value.slice(0, 40)}"`);
  const d = new Dm(text);
  if (!d.isFinite() || d.abs().gte(LIMIT) || (!d.isZero() && d.abs().lt(SMALLEST))) {
    throw new ModelInputError(field, 'out of range');
  }
  if (sign === 'positive' && !d.gt(0)) throw new ModelInputError(field, 'must be greater than zero');
  if (sign === 'non-negative' && d.isNegative() && !d.isZero()) throw new ModelInputError(field, 'must not be negative');
  return d.isZero() ? new Dm(0) : d;
}

/** Like parseDecimal, for optional fields: undefined stays undefined. */
export function parseOptionalDecimal(field: string, value: unknown, sign: Sign = 'any'): Dm | undefined {
  return value === undefined ? undefined : parseDecimal(field, value, sign);
}
