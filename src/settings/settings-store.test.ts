import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from './settings';
import { settingsFrom, settingsStore } from './settings-store';

function storeOver(initial: Record<string, unknown> = {}) {
  const area = memoryArea(initial);
  const listeners = new Set<(v: Record<string, unknown>) => void>();
  const store = settingsStore(
    {
      get: area.get,
      set: async (items) => {
        await area.set(items);
        for (const l of listeners) l(items);
      },
    },
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  );
  return { area, store };
}

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await storeOver().store.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips saved settings and tells subscribers', async () => {
    const { area, store } = storeOver();
    const seen: Settings[] = [];
    const stop = store.onChanged((s) => seen.push(s));
    const changed: Settings = { ...structuredClone(DEFAULT_SETTINGS), alertPercent: '3.5', theme: 'dark' };
    changed.venues.okx = { enabled: false, takerFeePercent: '0.05' };
    await store.save(changed);
    expect(await store.load()).toEqual(changed);
    expect(seen).toEqual([changed]);
    expect((area.data.get(SETTINGS_KEY) as Settings).version).toBe(SETTINGS_VERSION);
    stop();
    await store.save(DEFAULT_SETTINGS);
    expect(seen).toHaveLength(1);
  });

  it('replaces each bad or foreign field by its default and keeps the good ones', async () => {
    const stored = {
      version: 1,
      nearEntryPercent: 'abc',
      highLeverage: '-5',
      alertPercent: '1.25',
      alertsEnabled: 'yes',
      alertCooldownMinutes: 2.5,
      venues: { bybit: { enabled: false, takerFeePercent: '40' }, okx: 'off', nasdaq: { enabled: true } },
      privacyMode: true,
      theme: 'purple',
      compact: null,
      evil: '<script>',
    };
    const s = await storeOver({ [SETTINGS_KEY]: stored }).store.load();
    expect(s.nearEntryPercent).toBe('5');
    expect(s.highLeverage).toBe('20');
    expect(s.alertPercent).toBe('1.25');
    expect(s.alertsEnabled).toBe(true);
    expect(s.alertCooldownMinutes).toBe(15);
    expect(s.venues.bybit).toEqual({ enabled: false });
    expect(s.venues.okx).toEqual({ enabled: true });
    expect(Object.keys(s.venues)).not.toContain('nasdaq');
    expect(s.privacyMode).toBe(true);
    expect(s.theme).toBe('auto');
    expect(s.compact).toBe(true);
    expect(s).not.toHaveProperty('evil');
  });

  it('never throws and always gives valid settings, whatever storage holds', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const s = settingsFrom(stored);
        expect(s.version).toBe(SETTINGS_VERSION);
        expect(Number(s.alertPercent)).toBeGreaterThan(0);
        expect(['auto', 'dark', 'light']).toContain(s.theme);
        expect(Object.keys(s.venues).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.venues).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the defaults when storage fails', async () => {
    const store = settingsStore({ get: () => Promise.reject(new Error('sync disabled')), set: async () => undefined }, () => () => undefined);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });
});
