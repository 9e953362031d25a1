// What a content script needs of the trader's settings: whether its venue is on, and how the overlay
// looks. Read with the same migrations and the same field checks as the full settings (view-fields.ts),
// but without the thresholds' decimal rules, which only the worker, the popup and the options page
// use: the content script is loaded by every exchange page and has a size budget. Nor with the
// migrations: the worker writes an older stored value back in the current shape (migrate-stored.ts).
import { DEFAULT_SETTINGS } from './settings';
import { checkViewFields, type ViewFields } from './view-fields';

/** Every full Settings is one too: the worker's tests and the page's read the same fields. */
export type PageSettings = ViewFields;

/** A stored (current-version) value, as the page-side settings (defaults for anything missing or invalid). */
export function pageSettingsFrom(stored: unknown): PageSettings {
  return checkViewFields(stored);
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = checkViewFields(DEFAULT_SETTINGS);
