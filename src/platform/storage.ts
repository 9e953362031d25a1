// storage.local, storage.sync and storage.session through the browser API, behind the small
// interface the worker's store needs, and a change listener for one area.
import { nativeStorage } from './content-api';
import type { KeyValueArea, PrunableArea } from './key-value-area';

export type { KeyValueArea };

export const localArea: PrunableArea = {
  get: (keys) => nativeStorage().local.get(keys),
  set: (items) => nativeStorage().local.set(items),
  remove: (keys) => nativeStorage().local.remove(keys),
};

/** The trader's settings: follow them across the browsers they sign in to. */
export const syncArea: KeyValueArea = {
  get: (keys) => nativeStorage().sync.get(keys),
  set: (items) => nativeStorage().sync.set(items),
};

/**
 * Memory that lasts as long as the browser session, across worker restarts (alert debounce state).
 * Falls back to storage.local where storage.session is missing.
 */
export const sessionArea: KeyValueArea = {
  get: (keys) => (nativeStorage().session ?? nativeStorage().local).get(keys),
  set: (items) => (nativeStorage().session ?? nativeStorage().local).set(items),
};

export type StorageAreaName = 'local' | 'sync' | 'session';

/** Calls back with the new value of each changed key of that area (undefined: removed); returns the unsubscribe. */
export function onStorageChanged(area: StorageAreaName, callback: (newValues: Record<string, unknown>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area) return;
    callback(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
  };
  nativeStorage().onChanged.addListener(listener);
  return () => nativeStorage().onChanged.removeListener(listener);
}
