// The order panel's fold, kept in a key-value area (storage.sync in the extension) under its own key.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { FOLD_KEY, foldStore } from './fold-store';
import { SETTINGS_KEY } from './settings';

describe('foldStore', () => {
  it('open until folded; the fold is kept beside the settings, not inside them', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { version: 1 } });
    const store = foldStore(area);
    expect(await store.load()).toBe(false);
    store.save(true);
    await expect.poll(() => area.data.get(FOLD_KEY)).toBe(true);
    expect(await foldStore(area).load()).toBe(true);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ version: 1 });
  });

  it('anything but true stored, or storage failing: open, and no throw', async () => {
    expect(await foldStore(memoryArea({ [FOLD_KEY]: 'yes' })).load()).toBe(false);
    const broken = { get: () => Promise.reject(new Error('sync disabled')), set: () => Promise.reject(new Error('quota')) };
    expect(await foldStore(broken).load()).toBe(false);
    expect(() => foldStore(broken).save(true)).not.toThrow();
  });
});
