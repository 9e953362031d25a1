// Turns a number as a page shows it ("-1,234.5 USDT", "+12.3%", "$ 60 123,4") into a plain decimal
// string, or says why it can't. It never throws and never guesses.
//
// Separator rule:
// - With a known decimal separator (from the page's locale), that character is the decimal point and
//   may appear once; ",", ".", space and apostrophe otherwise only group digits in threes.
// - Without one: if both "," and "." appear, the last one is the decimal point. If one of them appears
//   several times, it groups. If it appears once it is the decimal point, unless exactly three digits
//   follow a non-zero integer part of one to three digits ("1,234", "12.500"): that could be either
//   reading, so it is refused as ambiguous.
// - Space groups digits only when "," is the decimal point; otherwise a number split by spaces is refused.
// - The other locale's form mixed in ("1.234,56" on a "." page) is malformed: the decimal point may
//   appear once and nothing but digits may follow it. What is not caught: "736,903" on a "." page is
//   a valid grouping (real pages show "61,000"), so a page written in the other locale reads 1000x
//   off when exactly three decimals follow; only the page's locale can tell (docs/pages.md).
import { t } from '../i18n/t';
import { normalizeSpaces } from './dom/text';

export type DecimalSeparator = '.' | ',';

export interface ParsedNumber {
  /** Plain decimal notation as precise as the page wrote it ("60000.0"), "-" for negatives, never "-0". */
  value: string;
  /** The unit the page wrote beside the number, as written ("USDT", "BTC", "Cont"); null if none. */
  unit: string | null;
  /** True when the text ended in "%": value is then the percent figure itself ("1.23" for 1.23 %). */
  percent: boolean;
}

export type NumberReading =
  | { ok: true; value: ParsedNumber }
  /** placeholder: the page showed no value on purpose ("--", "N/A", ""), normalised. */
  | { ok: false; reason: string; placeholder?: string };

const MAX_LENGTH = 80;
const MAX_DIGITS = 40;

// U+2212 minus, small/full-width hyphen-minus.
const MINUS_SIGNS = /[\u2212\ufe63\uff0d]/g;
const FULLWIDTH_PLUS = /\uff0b/g;
const PLACEHOLDERS = new Set(['', '-', '--', '---', '—', '–', 'n/a', 'na', 'nan', 'null', 'undefined', '∞', '-∞']);
// sign, currency, unit before, sign, number, unit or percent after ("张": contracts on Chinese pages).
const SHAPE =
  /^([+-])?\s?(\$|US\$|USD\$)?\s?(?:([A-Za-z][A-Za-z0-9]{0,15})\s)?\s?([+-])?\s?(\$)?\s?(\d[\d.,' ]*)\s?(%|张|[A-Za-z][A-Za-z0-9]{0,15})?$/;
// Placeholder with a unit beside it: "-- USDT", "N/A BTC".
const PLACEHOLDER_WITH_UNIT = /^(--+|—|n\/a)\s?(?:[A-Za-z%]{0,16}|张)$/i;
// Abbreviations whose scale we would have to guess.
const MAGNITUDE_SUFFIX = /^(?:[KkMmBbT]|bn|mn|KK)$/;
const GROUP_OF_THREE = /^\d{3}$/;
const SHORT_INTEGER = /^\d{1,3}$/;
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const EXPONENT_LIKE = /^e\d/i;
const DIGITS = /^\d+$/;

const LEADING_ZEROS = /^0+(?=\d)/;
const ALL_ZERO = /^[0.]+$/;

/** "0060000.50" -> "60000.50"; the fraction keeps its digits so the page's precision survives. */
function canonical(digits: string, negative: boolean): string {
  const plain = digits.replace(LEADING_ZEROS, '');
  return negative && !ALL_ZERO.test(plain) ? `-${plain}` : plain;
}

function fail(reason: string): NumberReading {
  return { ok: false, reason };
}

/** The page's text as a reason quotes it (the message adds the quotation marks). */
function quote(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Digits grouped by `group` in threes ("1,234,567"), or plain digits without one; returns the digits or null. */
function ungroup(text: string, group: string | undefined): string | null {
  if (group === undefined) return DIGITS.test(text) ? text : null;
  const parts = text.split(group);
  if (!FIRST_GROUP.test(parts[0]!)) return null;
  for (let i = 1; i < parts.length; i++) if (!GROUP_OF_THREE.test(parts[i]!)) return null;
  return parts.join('');
}

/** Integer part: digits grouped by any one of the group characters (never mixed), never by the decimal separator. */
function readInteger(text: string, decimal: DecimalSeparator | null): string | null {
  const used = [',', '.', ' ', "'"].filter((c) => c !== decimal && text.includes(c));
  return used.length > 1 ? null : ungroup(text, used[0]);
}

/** The decimal separator of a number body, or null when the body has no decimal part; 'ambiguous' when it can't be told. */
function guessDecimal(body: string): DecimalSeparator | null | 'ambiguous' {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const sep: DecimalSeparator | null = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) return null;
  if (body.indexOf(sep) !== body.lastIndexOf(sep)) return null; // several: it groups
  const [intPart, fracPart] = body.split(sep) as [string, string];
  // Ambiguous: three digits after one to three before, not "0" ("0.123" is a fraction, "1 234.567" grouped).
  return fracPart.length === 3 && SHORT_INTEGER.test(intPart) && intPart !== '0' ? 'ambiguous' : sep;
}

/** Number body (digits and separators) to a plain digit string with an optional ".fraction". */
function readBody(body: string, hint: DecimalSeparator | null): string | { reason: string } {
  const decimal = hint ?? guessDecimal(body);
  if (decimal === 'ambiguous') {
    return { reason: t('page_numAmbiguous', quote(body)) };
  }
  let intPart = body;
  let fracPart = '';
  if (decimal !== null && body.includes(decimal)) {
    const parts = body.split(decimal);
    if (parts.length !== 2) return { reason: t('page_numMalformed', quote(body)) };
    [intPart, fracPart] = parts as [string, string];
    if (!DIGITS.test(fracPart)) return { reason: t('page_numMalformed', quote(body)) };
  }
  // Space groups thousands only where "," is the decimal point (fr, de, ru, pl). On a "." page (every
  // page we read) "100 250" is two numbers side by side or a mutated cell, not 100250 (issue 17).
  if (decimal !== ',' && intPart.includes(' ')) return { reason: t('page_numSpaceSplit', quote(body)) };
  const intDigits = readInteger(intPart, decimal);
  if (intDigits === null) return { reason: t('page_numMalformed', quote(body)) };
  if (intDigits.length + fracPart.length > MAX_DIGITS) return { reason: t('page_numTooManyDigits') };
  return fracPart ? `${intDigits}.${fracPart}` : intDigits;
}

// A page re-renders the same texts many times a second (sizes, entry prices): each is parsed once.
// Readings are shared between callers, which never modify them. Cleared when full, not LRU: simple.
const MEMO_SIZE = 512;
const memo = new Map<string, NumberReading>();

/**
 * Parses a number shown on a page. `decimal` is the page's decimal separator when its locale is
 * known; pass null when it isn't (ambiguous strings are then refused).
 */
export function parseNumber(text: unknown, decimal: DecimalSeparator | null = null): NumberReading {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return parseOnce(text, decimal);
  const key = `${decimal ?? ''}\u0000${text}`;
  let reading = memo.get(key);
  if (!reading) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, (reading = parseOnce(text, decimal)));
  }
  return reading;
}

function parseOnce(text: unknown, decimal: DecimalSeparator | null): NumberReading {
  if (typeof text !== 'string') return { ok: false, reason: t('page_numNoValue'), placeholder: '' };
  if (text.length > MAX_LENGTH * 4) return fail(t('page_numTooLong'));
  // Spaces the pages use inside numbers (NBSP, thin, narrow NBSP, figure, ideographic) as one plain space.
  const clean = normalizeSpaces(text).replace(MINUS_SIGNS, '-').replace(FULLWIDTH_PLUS, '+');
  if (clean.length > MAX_LENGTH) return fail(t('page_numTooLong'));
  const lower = clean.toLowerCase();
  if (PLACEHOLDERS.has(lower) || PLACEHOLDER_WITH_UNIT.test(clean)) {
    // The placeholder without its unit ("-- usdt" is "--"); no placeholder has a space.
    return { ok: false, reason: clean === '' ? t('page_numNoValue') : t('page_numPlaceholder', clean), placeholder: lower.split(' ')[0]! };
  }
  const m = SHAPE.exec(clean);
  if (!m) return fail(t('page_numNotANumber', quote(clean)));
  const [, sign1, currency1, unitBefore, sign2, currency2, rawBody, after] = m;
  if (sign1 && sign2) return fail(t('page_numTwoSigns', quote(clean)));
  if (currency1 && currency2) return fail(t('page_numMalformed', quote(clean)));
  if (unitBefore && after) return fail(t('page_numTwoUnits', quote(clean)));
  const body = rawBody!.trimEnd();
  const suffix = after ?? null;
  if (suffix !== null && MAGNITUDE_SUFFIX.test(suffix)) return fail(t('page_numAbbreviated', quote(clean)));
  if (suffix !== null && EXPONENT_LIKE.test(suffix)) return fail(t('page_numNotPlain', quote(clean)));
  // "1a0", "1x5": letters wedged between digits are garbage, not a unit glued to the number.
  if (suffix !== null && /\d/.test(suffix) && /\d$/.test(clean.slice(0, clean.length - suffix.length))) return fail(t('page_numNotANumber', quote(clean)));
  const digits = readBody(body, decimal);
  if (typeof digits !== 'string') return fail(digits.reason);
  const value = canonical(digits, (sign1 ?? sign2) === '-');
  const percent = suffix === '%';
  const unit = percent ? null : (suffix ?? unitBefore ?? (currency1 || currency2 ? '$' : null));
  return { ok: true, value: { value, unit, percent } };
}
