// "Copy page layout" asks the tab by injecting a script into it, only on that click, rather than
// keeping the code in the content script every venue page loads (its size budget). The script's
// last expression is its answer (src/inject/page-layout.ts).
import browser from '../platform/browser';
import { isPageLayoutAnswer, type PageLayoutAnswer } from '../protocol/page-layout';

/**
 * The built path of src/inject/page-layout.ts (vite.config.ts's additionalInputs). From the root:
 * Firefox resolves a relative path against the calling page (popup/inject/…), Chrome against the root.
 */
export const LAYOUT_SCRIPT = '/inject/page-layout.js';

/**
 * The tab's masked page layout; null when the page is no venue's trading page. Throws when the
 * browser won't inject (a page without host permission, a browser page) or the script failed.
 */
export async function injectLayout(tabId: number): Promise<PageLayoutAnswer | null> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [LAYOUT_SCRIPT] });
  const result: unknown = frame?.result;
  if (result === null) return null;
  if (isPageLayoutAnswer(result)) return result;
  // Firefox reports a script's own failure here (typically an Error); Chrome gives no result.
  const error = frame?.error;
  throw new Error(error instanceof Error ? error.message : error !== undefined ? String(error) : 'the script gave no answer');
}
