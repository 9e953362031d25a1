// applyAlerts over the browser: notifications, the toolbar badge and session storage.
import { setTabBadge } from '../../platform/action';
import { uiLanguage } from '../../platform/i18n';
import { clearNotification, focusTab, onNotificationClicked, showNotification } from '../../platform/notifications';
import { sessionArea } from '../../platform/storage';
import { alertsWith, tabOfNotification, type ApplyAlerts } from './alerts';

export type { AlertPage, ApplyAlerts } from './alerts';

const alerts = alertsWith({
  area: sessionArea,
  notify: showNotification,
  setBadge: setTabBadge,
  now: () => Date.now(),
  locale: uiLanguage(),
});

export const applyAlerts: ApplyAlerts = alerts.apply;

/** The tab's page went away (port closed): clear its badge. */
export const clearAlertBadge = (tabId: number): Promise<void> => alerts.clearTab(tabId);

/** A click on an alert brings its exchange tab forward. Called once at the worker's top level. */
export function listenToAlertClicks(): void {
  onNotificationClicked((id) => {
    const tabId = tabOfNotification(id);
    if (tabId === undefined) return;
    void focusTab(tabId).catch(() => undefined);
    void clearNotification(id).catch(() => undefined);
  });
}
