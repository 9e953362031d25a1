// The toolbar button: a per-tab badge.
import browser from './browser';

const ALERT_RED = '#b3261e';
/** The manifest's action.default_title. */
const DEFAULT_TITLE = 'Liqcheck';

/** Shows `text` on the tab's toolbar badge ('' clears it), with a tooltip while it is set. */
export async function setTabBadge(tabId: number, text: string, title?: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text !== '') await browser.action.setBadgeBackgroundColor({ tabId, color: ALERT_RED });
  await browser.action.setTitle({ tabId, title: text !== '' && title ? title : DEFAULT_TITLE });
}
