// storage.local through the browser API, behind the small interface the worker's store needs.
import browser from './browser';
import type { KeyValueArea } from './key-value-area';

export type { KeyValueArea };

export const localArea: KeyValueArea = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
};
