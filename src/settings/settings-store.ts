// Load, save and follow the settings in any key-value area (storage.sync in the extension, memory in
// tests). Whatever is stored comes back migrated and valid; nothing here throws on bad data.
import type { KeyValueArea } from '../platform/key-value-area';
import { migrateSettings } from './migrate';
import { checkSettings } from './settings-check';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';

/** A stored value, as valid current settings. */
export function settingsFrom(stored: unknown): Settings {
  return checkSettings(migrateSettings(stored));
}

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  onChanged(callback: (settings: Settings) => void): () => void;
}

/** `subscribe` calls back with the new values of changed keys of the same area. */
export function settingsStore(area: KeyValueArea, subscribe: (callback: (newValues: Record<string, unknown>) => void) => () => void): SettingsStore {
  return {
    async load() {
      try {
        const stored = await area.get([SETTINGS_KEY]);
        return settingsFrom(stored[SETTINGS_KEY]);
      } catch {
        // Storage unavailable (e.g. sync disabled by policy): the defaults still work.
        return structuredClone(DEFAULT_SETTINGS);
      }
    },
    async save(settings) {
      await area.set({ [SETTINGS_KEY]: checkSettings(settings) });
    },
    onChanged(callback) {
      return subscribe((newValues) => {
        if (SETTINGS_KEY in newValues) callback(settingsFrom(newValues[SETTINGS_KEY]));
      });
    },
  };
}
