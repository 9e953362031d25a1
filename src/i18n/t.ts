// One way to get a user-facing string: t('key', ...substitutions). The strings live in
// src/i18n/messages/<area>.ts and are written to _locales/<lang>/messages.json at build time; in
// the extension the browser's i18n API looks them up (installed by each entry point from
// src/platform), in unit tests the English catalog does (tests/support).
import type { MessageKey } from './catalog';

export type Lookup = (key: string, substitutions: string[]) => string;

let lookup: Lookup = (key) => key;

/** Entry points and test setup call this once. */
export function useMessages(source: Lookup): void {
  lookup = source;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = lookup(key, substitutions.map(String));
  // An unknown key gives "" from the browser: show the key rather than nothing.
  return text === '' ? key : text;
}
