// The trader's settings in storage.sync: what the worker, the content script, the popup and the
// options page call.
import { onStorageChanged, syncArea } from '../platform/storage';
import type { Settings } from './settings';
import { settingsStore } from './settings-store';

const store = settingsStore(syncArea, (callback) => onStorageChanged('sync', callback));

/** The saved settings, migrated, with defaults for anything missing or invalid. */
export const loadSettings = (): Promise<Settings> => store.load();

export const saveSettings = (settings: Settings): Promise<void> => store.save(settings);

/** Calls back with the new settings whenever any context saves them; returns the unsubscribe. */
export const onSettingsChanged = (callback: (settings: Settings) => void): (() => void) => store.onChanged(callback);
