// Browser notifications (the alerts). A basic notification needs an icon from the package.
import browser from './browser';

export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
}
