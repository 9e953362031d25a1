// What a cell shows, as the page watcher can see it change: its text and the few attributes it
// observes. One definition for every part of the content script that compares a cell with itself.

// Tab switches (Limit/Market) often change only a class or aria-selected: watch those few attributes.
export const OBSERVED_ATTRIBUTES = ['class', 'aria-selected', 'hidden'];

/** An element's text and the attributes the watcher observes (a side shown by a class, a tab chosen). */
export function shownContent(el: Element): string {
  // Built by concatenation: this runs for cells a busy page re-renders on every tick.
  let content = el.textContent ?? '';
  for (const name of OBSERVED_ATTRIBUTES) content += '\u0000' + (el.getAttribute(name) ?? '\u0000');
  return content;
}
