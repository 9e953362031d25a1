// Test-only: a page made from another page plus a few named text edits, the way drift.ts makes its
// variants from a fixture, but on the markup as text rather than on a parsed document: every part of
// the base page an edit does not name stays byte for byte what it is in the base.

export interface PageEdit {
  name: string;
  /** The text of the page this edit changes. It must occur exactly once, or the edit fails loudly. */
  find: string | RegExp;
  /** What stands in its place (it contains `find` when the edit inserts beside it). */
  replace: string;
}

export function countMatches(html: string, find: string | RegExp): number {
  if (typeof find === 'string') return find === '' ? 0 : html.split(find).length - 1;
  const flags = find.flags.includes('g') ? find.flags : `${find.flags}g`;
  return [...html.matchAll(new RegExp(find.source, flags))].length;
}

/** Applies the edits in order; throws when an edit's target is missing or not unique. */
export function applyEdits(base: string, edits: readonly PageEdit[]): string {
  let html = base;
  for (const edit of edits) {
    const count = countMatches(html, edit.find);
    if (count !== 1) throw new Error(`page edit "${edit.name}": its target occurs ${count} times, expected once`);
    // A function, so "$&" or "$1" in the replacement stays literal text.
    html = html.replace(edit.find, () => edit.replace);
  }
  return html;
}

export const replaceText = (name: string, find: string | RegExp, replace: string): PageEdit => ({ name, find, replace });

export const insertAfter = (name: string, anchor: string, text: string): PageEdit => ({ name, find: anchor, replace: anchor + text });

export const insertBefore = (name: string, anchor: string, text: string): PageEdit => ({ name, find: anchor, replace: text + anchor });
