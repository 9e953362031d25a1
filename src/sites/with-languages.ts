// Page languages kept apart from the adapters' structure: a venue's dictionary (src/venues/<venue>/
// languages.ts) gives, for each English label text, its texts in other languages, each with its
// source. withLanguages adds them to every Labels list of the adapter that holds that English text,
// so the order, positions and market declarations stay English-and-Chinese data of one shape.

/** English label text -> texts per locale: { 'Mark Price': { ko: ['…'], ja: ['…'] } }. */
export type LanguageDictionary = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

type LabelsLike = Readonly<Record<string, readonly string[]>>;

// Locale keys as the adapters write them: en, ko, zh-CN, zh-hans, pt-BR.
const LOCALE_KEY = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;

// An object that is not an array. Adapters are plain data (objects, arrays, strings, functions):
// no class instance among them whose prototype a copy would lose.
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A Labels list: locale keys, each a list of texts, with English among them. */
function isLabels(value: Readonly<Record<string, unknown>>): value is LabelsLike {
  const entries = Object.entries(value);
  return (
    Array.isArray(value.en) &&
    entries.every(([key, texts]) => LOCALE_KEY.test(key) && Array.isArray(texts) && texts.every((t) => typeof t === 'string'))
  );
}

function extendLabels(labels: LabelsLike, dictionary: LanguageDictionary): LabelsLike {
  // A copy only once a translation is added: a list without any stays shared.
  let out: Record<string, readonly string[]> | null = null;
  for (const english of labels.en ?? []) {
    const translations = Object.hasOwn(dictionary, english) ? dictionary[english]! : {};
    for (const [locale, texts] of Object.entries(translations)) {
      for (const text of texts) {
        const known = (out ?? labels)[locale] ?? [];
        if (known.includes(text)) continue;
        out ??= { ...labels };
        out[locale] = [...known, text];
      }
    }
  }
  return out ?? labels;
}

function extend(value: unknown, dictionary: LanguageDictionary): unknown {
  if (!isRecord(value)) return value;
  if (isLabels(value)) return extendLabels(value, dictionary);
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const next = extend(inner, dictionary);
    if (next !== inner) changed = true;
    out[key] = next;
  }
  return changed ? out : value;
}

/**
 * The adapter with every Labels list extended by the dictionary's translations of its English texts.
 * The adapter given is not changed; parts without a translation are shared, functions kept as they are.
 */
export function withLanguages<T extends object>(adapter: T, dictionary: LanguageDictionary): T {
  return extend(adapter, dictionary) as T;
}
