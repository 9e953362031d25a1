// Load, save and follow the settings in any key-value area (storage.sync in the extension, memory in
// tests). Whatever is stored comes back migrated and valid; nothing here throws on bad data.
import type { KeyValueArea } from '../platform/key-value-area';
import { migrateSettings } from './migrate';
import { checkSettings } from './settings-check';
import { SETTINGS_KEY, type Settings } from './settings';

/** A stored value, as valid current settings. */
export function settingsFrom(stored: unknown): Settings {
  return checkSettings(migrateSettings(stored));
}

export interface StoredSettings<T> {
  load(): Promise<T>;
  onChanged(callback: (settings: T) => void): () => void;
}

export interface SettingsStore extends StoredSettings<Settings> {
  save(settings: Settings): Promise<void>;
}

type Subscribe = (callback: (newValues: Record<string, unknown>) => void) => () => void;

/**
 * The stored settings read as `from` makes them (the full settings, or the content script's part of
 * them: page-settings.ts). `subscribe` calls back with the new values of changed keys of the same area.
 */
export function storedSettings<T>(area: KeyValueArea, subscribe: Subscribe, from: (stored: unknown) => T): StoredSettings<T> {
  return {
    async load() {
      try {
        const stored = await area.get([SETTINGS_KEY]);
        return from(stored[SETTINGS_KEY]);
      } catch {
        // Storage unavailable (e.g. sync disabled by policy): the defaults still work.
        return from(undefined);
      }
    },
    onChanged(callback) {
      return subscribe((newValues) => {
        if (SETTINGS_KEY in newValues) callback(from(newValues[SETTINGS_KEY]));
      });
    },
  };
}

export function settingsStore(area: KeyValueArea, subscribe: Subscribe): SettingsStore {
  return {
    ...storedSettings(area, subscribe, settingsFrom),
    async save(settings) {
      await area.set({ [SETTINGS_KEY]: checkSettings(settings) });
    },
  };
}
