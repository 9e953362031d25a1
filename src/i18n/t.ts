// One way to get a user-facing string: t('key', ...substitutions). The strings live in
// src/i18n/messages/<area>.ts and are written to _locales/<lang>/messages.json at build time; in
// the extension the browser's i18n API looks them up (installed by each entry point from
// src/platform), in unit tests the English catalog does (tests/support).
import type { MessageKey } from './catalog';

export type Lookup = (key: string, substitutions: string[]) => string;

let lookup: Lookup = (key) => key;

// The browser's i18n API costs a round trip per call and the overlay asks for the same strings on
// every update: remember the answers. Bounded, as substitutions (figures) vary without end.
const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** Entry points and test setup call this once. */
export function useMessages(source: Lookup): void {
  lookup = source;
  cache.clear();
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const id = subs.length === 0 ? key : `${key}\u0000${subs.join('\u0000')}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const text = lookup(key, subs);
  // An unknown key gives "" from the browser: show the key rather than nothing.
  const shown = text === '' ? key : text;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, shown);
  return shown;
}
