// The content script's part of the settings in storage.sync (page-settings.ts), in its own module so
// that a content script does not bundle the full settings' checks (store.ts builds that store on load).
import { onStorageChanged, syncArea } from '../platform/storage';
import { pageSettingsFrom, type PageSettings } from './page-settings';
import { storedSettings } from './settings-store';

const pageStore = storedSettings(syncArea, (callback) => onStorageChanged('sync', callback), pageSettingsFrom);

/** The saved settings' venue switches and overlay look, migrated, with defaults for anything invalid. */
export const loadPageSettings = (): Promise<PageSettings> => pageStore.load();

/** Calls back whenever any context saves the settings; returns the unsubscribe. */
export const onPageSettingsChanged = (callback: (settings: PageSettings) => void): (() => void) => pageStore.onChanged(callback);
