// Label texts per locale, compiled once into a form that compares fast and forgives spacing,
// case and a trailing colon ("Liq.Price", "Liq. Price:", "LIQ. PRICE" are one label).

/** Label texts by locale: { en: ['Liq. Price'], 'zh-CN': ['强平价格'] }. */
export type Labels = Readonly<Record<string, readonly string[]>>;

export interface LabelMatcher {
  /** Keys of every label, all locales. */
  keys: ReadonlySet<string>;
  /** The same keys, longest first, for prefix matching run-together text. */
  ordered: readonly string[];
  /** The keys without their qualifiers (see headerCore), for column headers that no key names. */
  cores: ReadonlySet<string>;
}

const NOT_KEY = /[\s\u00a0\u2009\u202f\u3000]+/g;
const TRAILING_COLON = /[:：]+$/;
const LEADING_COLON = /^[:：]/;

/** The comparison key of a label text. */
export function labelKey(text: string): string {
  return text.replace(NOT_KEY, '').replace(TRAILING_COLON, '').toLowerCase();
}

/** The matcher of `labels`; none given, a matcher of no label. */
export function compileLabels(labels: Labels = {}): LabelMatcher {
  const keys = new Set<string>();
  for (const list of Object.values(labels)) for (const text of list) keys.add(labelKey(text));
  keys.delete('');
  const cores = new Set([...keys].map(headerCore));
  cores.delete('');
  return { keys, ordered: [...keys].sort((a, b) => b.length - a.length), cores };
}

// A column header may qualify the name of its figure without changing it: a bracketed note after it
// ("PNL (ROE %)", "未实现盈亏 (回报率)", "Size (BTC)") or "average"/"estimated" before it ("Avg. entry
// price", "Est. liq. price"). Pages written apart from each other, and a venue's own redesigns, vary
// these more than the names themselves.
const BRACKETED_NOTE = /[(（][^()（）]*[)）]$/;
const QUALIFIER = /^(avg\.?|average|est\.?|estimated)(?=[a-z])/;

/** A label key without its qualifiers: "Avg. entry price" and "Entry price (USDT)" are "entryprice". */
export function headerCore(key: string): string {
  return key.replace(BRACKETED_NOTE, '').replace(QUALIFIER, '');
}

/**
 * How well a column header names a label: 2 when its text is one of the labels, 1 when the two agree
 * once qualifiers are set aside, 0 when they don't. A header that names one field outright is never
 * taken for another by its core (see mapColumns).
 */
export function headerMatch(text: string, matcher: LabelMatcher): 0 | 1 | 2 {
  const key = labelKey(text);
  if (matcher.keys.has(key)) return 2;
  return matcher.cores.has(headerCore(key)) ? 1 : 0;
}

export function isLabel(text: string, matcher: LabelMatcher): boolean {
  return matcher.keys.has(labelKey(text));
}

// What may follow a label directly when label and value ran together: a digit, a sign, "$", or a placeholder.
const VALUE_START = /^[:：]?\s*([-+−$0-9]|N\/A)/i;

/**
 * For run-together text such as "Available6,996.26 USDT": the value after a known label, or null
 * when the text does not start with one of the labels followed by something value-like.
 */
export function valueAfterLabel(text: string, matcher: LabelMatcher): string | null {
  const lower = text.toLowerCase();
  for (const key of matcher.ordered) {
    // Walk the text, skipping spaces, to find where the key ends in the original string.
    let i = 0;
    let k = 0;
    while (i < lower.length && k < key.length) {
      const c = lower[i]!;
      if (c === ' ' || c === '\u00a0') { i++; continue; }
      if (c !== key[k]) break;
      i++;
      k++;
    }
    if (k < key.length) continue;
    const rest = text.slice(i);
    if (VALUE_START.test(rest)) return rest.replace(LEADING_COLON, '').trim();
  }
  return null;
}
