// Short message names in the built bundles: the content script, which every exchange page loads and
// which has a 30 KB gzip budget, holds about 200 message keys such as "page_sizeDuplicateLong"; as
// one- or two-letter names they weigh about 770 B less gzip. The source keeps the readable keys (unit
// tests look them up in the catalog); only the build rewrites them, and _locales holds each shortened
// message under both names, so a key the rewrite misses (or builds at run time) still resolves.
import type { Plugin } from 'vite';
import { catalog } from '../src/i18n/catalog';

/** The areas whose keys the content script holds (the overlay's words and the page reader's reasons). */
export const SHORT_AREAS = ['overlay', 'page'] as const;

/** "a".."z", "aa".."zz", …: lower case only, as Chrome compares message names without case. */
export function shortName(index: number): string {
  let name = '';
  let n = index;
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/** Each shortened key and its short name, in catalog order. No long key lacks a "_", no short one has it. */
export function shortNames(keys: readonly string[] = Object.keys(catalog)): Map<string, string> {
  const shortened = keys.filter((key) => SHORT_AREAS.some((area) => key.startsWith(`${area}_`)));
  return new Map(shortened.map((key, i) => [key, shortName(i)]));
}

/** Every quoted string that is exactly a shortened key, in any quotes, becomes its short name. */
export function shortenKeys(code: string, names: ReadonlyMap<string, string>): string {
  return code.replace(/(["'`])([A-Za-z]+_[A-Za-z0-9_]+)\1/g, (whole, quote: string, key: string) => {
    const name = names.get(key);
    return name === undefined ? whole : `${quote}${name}${quote}`;
  });
}

export function shortKeysPlugin(): Plugin {
  const names = shortNames();
  return {
    name: 'liqcheck-short-keys',
    apply: 'build',
    renderChunk(code) {
      return { code: shortenKeys(code, names), map: null };
    },
  };
}
