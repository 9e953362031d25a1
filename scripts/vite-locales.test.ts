// The catalog is complete in both locales and survives the trip into _locales: what the browser
// makes of the generated messages.json is what the catalog lookup (unit tests, Node) gives.
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/i18n/catalog';
import { catalogLookup } from '../src/i18n/catalog-lookup';
import { LOCALES, type Messages } from '../src/i18n/message';
import { chromeMessages, type ChromeMessage } from './vite-locales';

const dollars = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

/**
 * chrome.i18n.getMessage as documented (developer.chrome.com/docs/extensions/reference/api/i18n,
 * "Placeholders"): $NAME$ (case-insensitive) takes its placeholder's content, in which $1..$9 are
 * the substitutions; elsewhere "$$" is a literal "$".
 */
function browserGetMessage(messages: Record<string, ChromeMessage>, key: string, substitutions: string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders[name.toLowerCase()];
    if (content === undefined) return whole;
    return content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

describe('the catalog', () => {
  const entries = Object.entries(catalog as Messages);

  it('has strings', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s: key valid for Chrome, non-empty en and zh_CN with the same substitutions', (key, message) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(key.startsWith('@@')).toBe(false);
    expect(message.en.trim()).not.toBe('');
    expect(message.zh_CN.trim()).not.toBe('');
    expect(dollars(message.zh_CN)).toEqual(dollars(message.en));
  });

  it('keys are unique ignoring case (the browsers look them up case-insensitively)', () => {
    const lower = entries.map(([k]) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});

describe('chromeMessages', () => {
  it('writes $n as a named placeholder and leaves $$ alone', () => {
    const out = chromeMessages({ x_a: { en: 'Mark $1 is $2 % ($$ $1)', zh_CN: '标记 $1 $2', description: 'd' } }, 'en');
    expect(out).toEqual({
      x_a: { message: 'Mark $P1$ is $P2$ % ($$ $P1$)', description: 'd', placeholders: { p1: { content: '$1' }, p2: { content: '$2' } } },
    });
  });

  it.each(LOCALES)('round-trips every %s message: the browser reading the JSON gives what the catalog lookup gives', (locale) => {
    const generated = JSON.parse(JSON.stringify(chromeMessages(catalog, locale))) as Record<string, ChromeMessage>;
    const lookup = catalogLookup(catalog, locale);
    const substitutions = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
    for (const key of Object.keys(catalog)) {
      expect(browserGetMessage(generated, key, substitutions), key).toBe(lookup(key, substitutions));
    }
    expect(Object.keys(generated).sort()).toEqual(Object.keys(catalog).sort());
  });

  it('round-trips a literal dollar and a substitution that itself holds "$1"', () => {
    const messages = { x_b: { en: 'pay $$$1 now', zh_CN: '付 $$$1' } };
    const generated = chromeMessages(messages, 'en');
    expect(browserGetMessage(generated, 'x_b', ['$2'])).toBe(catalogLookup(messages, 'en')('x_b', ['$2']));
    expect(browserGetMessage(generated, 'x_b', ['5'])).toBe('pay $5 now');
  });
});
