// Looks strings up in the catalog itself, the way the browser's i18n API does from _locales: used
// by unit tests and by anything running outside the extension (Node scripts).
import type { Lookup } from './t';
import type { Locale, Messages } from './message';

export function catalogLookup(messages: Messages, locale: Locale): Lookup {
  return (key, substitutions) => {
    const message = messages[key];
    if (!message) return '';
    // $1..$9 as chrome.i18n.getMessage substitutes them; "$$" is a literal dollar.
    return message[locale].replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
  };
}
