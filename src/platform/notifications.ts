// Browser notifications (the alerts). A basic notification needs an icon from the package.
import browser from './browser';

export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

/** Brings a tab and its window to the front (no "tabs" permission needed for this). */
export async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
