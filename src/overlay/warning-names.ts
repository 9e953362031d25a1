// Warnings named for screen reader announcements that must not change with each tick: by the short
// names the worker writes into each warning (src/background/warning-names.ts).
import type { Warning } from '../protocol/estimates';
import { t } from '../i18n/t';

/** "high leverage; higher tier"; a warning without a name is named by its kind's id. */
export function warningNames(warnings: readonly Warning[]): string {
  if (warnings.length === 0) return t('overlay_announceNoWarnings');
  return [...new Set(warnings.map((w) => w.name ?? w.kind))].join(t('overlay_listSeparator'));
}
