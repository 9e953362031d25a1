// applyAlerts over the browser: notifications, the toolbar badge and session storage.
import { setTabBadge } from '../../platform/action';
import { uiLanguage } from '../../platform/i18n';
import { showNotification } from '../../platform/notifications';
import { sessionArea } from '../../platform/storage';
import { alertsWith, type ApplyAlerts } from './alerts';

export type { AlertPage, ApplyAlerts } from './alerts';

export const applyAlerts: ApplyAlerts = alertsWith({
  area: sessionArea,
  notify: showNotification,
  setBadge: setTabBadge,
  now: () => Date.now(),
  locale: uiLanguage(),
});
