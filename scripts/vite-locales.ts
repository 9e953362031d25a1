// Writes _locales/<locale>/messages.json into the build from the one catalog (src/i18n/catalog.ts).
// The catalog writes substitutions as $1..$9; Chrome and Firefox substitute only through named
// placeholders, so "$1" becomes "$P1$" with "placeholders": { "p1": { "content": "$1" } }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalog } from '../src/i18n/catalog';
import { LOCALES, type Locale, type Messages } from '../src/i18n/message';
import { shortNames } from './vite-short-keys';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/** One locale's messages.json, in the browsers' format. */
export function chromeMessages(messages: Messages, locale: Locale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, source] of Object.entries(messages)) {
    const used = new Set<string>();
    // "$$" stays "$$" (a literal dollar for the browser too); "$n" becomes the placeholder "$Pn$".
    const message = source[locale].replace(/\$(\$|[1-9])/g, (whole, which: string) => {
      if (which === '$') return whole;
      used.add(which);
      return `$P${which}$`;
    });
    const entry: ChromeMessage = { message };
    if (source.description) entry.description = source.description;
    if (used.size > 0) entry.placeholders = Object.fromEntries([...used].sort().map((n) => [`p${n}`, { content: `$${n}` }]));
    out[key] = entry;
  }
  return out;
}

/** chromeMessages plus each shortened key (vite-short-keys.ts) once more under its short name. */
export function chromeMessagesWithShortNames(messages: Messages, locale: Locale, names: ReadonlyMap<string, string>): Record<string, ChromeMessage> {
  const out = chromeMessages(messages, locale);
  for (const [key, name] of names) if (out[key]) out[name] = out[key];
  return out;
}

export function localesPlugin(outDir: string): Plugin {
  const names = shortNames();
  return {
    name: 'liqcheck-locales',
    apply: 'build',
    closeBundle() {
      for (const locale of LOCALES) {
        const dir = resolve(outDir, '_locales', locale);
        mkdirSync(dir, { recursive: true });
        writeFileSync(resolve(dir, 'messages.json'), `${JSON.stringify(chromeMessagesWithShortNames(catalog, locale, names), null, 2)}\n`);
      }
    },
  };
}
