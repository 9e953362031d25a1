// The one check every decimal string from outside passes before it becomes a Decimal: a venue's
// answer, storage read back, a port message. decimal.js accepts "1e999999999" and the model's
// toString() then writes it out in full (issue 17: one such value exhausted the worker's memory), so
// the length and the exponent are bounded here. 64 characters and a two-digit exponent hold any
// price, size, rate or balance a venue publishes; the model refuses anything from 1e40 up anyway.
export const MAX_DECIMAL_LENGTH = 64;

const SIGNED = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d{1,2})?$/i;
const UNSIGNED = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d{1,2})?$/i;

/** A plain decimal ("-12.5", "4e-3"): at most `maxLength` characters, exponent of at most two digits. */
export function isBoundedDecimal(text: unknown, maxLength = MAX_DECIMAL_LENGTH): text is string {
  return typeof text === 'string' && text.length <= maxLength && SIGNED.test(text);
}

/** A bounded decimal without a sign; zero included. */
export function isBoundedUnsignedDecimal(text: unknown): text is string {
  return typeof text === 'string' && text.length <= MAX_DECIMAL_LENGTH && UNSIGNED.test(text);
}

/** A bounded decimal above zero. Number() is exact enough for the sign once the exponent is bounded. */
export function isBoundedPositiveDecimal(text: unknown): text is string {
  return isBoundedUnsignedDecimal(text) && Number(text) > 0;
}
