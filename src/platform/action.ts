// The toolbar button: a per-tab badge, tooltip and icon.
import browser from './browser';

const ALERT_RED = '#b3261e';
/** The manifest's action.default_title. */
const DEFAULT_TITLE = 'Liqcheck';
// From the extension's root: Chrome resolves a relative path against the worker's script
// (background/index.js), where no icons are, and setIcon then fails on every call.
const NORMAL_ICON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };
const ALERT_ICON = { 16: '/icons/toolbar-alert-16.png', 32: '/icons/toolbar-alert-32.png' };

/** Shows `text` on the tab's toolbar badge ('' clears it), with a tooltip and the alert icon while it is set. */
export async function setTabBadge(tabId: number, text: string, title?: string): Promise<void> {
  const on = text !== '';
  await browser.action.setBadgeText({ tabId, text });
  if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: ALERT_RED });
  await browser.action.setTitle({ tabId, title: on && title ? title : DEFAULT_TITLE });
  await browser.action.setIcon({ tabId, path: on ? ALERT_ICON : NORMAL_ICON });
}
