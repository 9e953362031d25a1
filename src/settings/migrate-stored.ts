// The worker writes older stored settings back in the current shape (migrate.ts), on install or
// update, on browser start, and when an older Liqcheck in another synced browser saves them. The
// content script, which every exchange page loads under a size budget, then reads only the current
// shape and carries no migrations.
import type { KeyValueArea } from '../platform/key-value-area';
import { migrateSettings, storedVersion } from './migrate';
import { SETTINGS_KEY, SETTINGS_VERSION } from './settings';
import { isRecord } from './view-fields';

/** True for a stored value of an older version, which migrateSettings would change. */
export function isOlderSettings(stored: unknown): boolean {
  return isRecord(stored) && storedVersion(stored) < SETTINGS_VERSION;
}

/** Migrates the stored settings in place when they are older; says whether it wrote. Never throws. */
export async function migrateStoredSettings(area: KeyValueArea): Promise<boolean> {
  try {
    const stored = (await area.get([SETTINGS_KEY]))[SETTINGS_KEY];
    if (!isOlderSettings(stored)) return false;
    await area.set({ [SETTINGS_KEY]: migrateSettings(stored) });
    return true;
  } catch {
    // Storage unavailable (sync disabled by policy): nothing stored to migrate.
    return false;
  }
}
