// The worker's write-back of older settings: what the content script then reads is what the full
// migration makes of the old value, and a current or newer value is never rewritten.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { migrateStoredSettings } from './migrate-stored';
import { pageSettingsFrom } from './page-settings';
import { SETTINGS_KEY } from './settings';
import { settingsFrom } from './settings-store';

const ALL_ON = { 'binance-usdm': { enabled: true }, 'binance-coinm': { enabled: true }, bybit: { enabled: true }, okx: { enabled: true }, hyperliquid: { enabled: true }, bitget: { enabled: true } };

describe('migrateStoredSettings', () => {
  it('writes a version 0 value back as version 1: the page then reads bybit off and the light theme', async () => {
    const v0 = { disabledVenues: ['bybit'], darkMode: false, compact: true, privacyMode: false, nearEntryPercent: 5, takerFees: { okx: 0.05 } };
    const area = memoryArea({ [SETTINGS_KEY]: v0 });
    expect(await migrateStoredSettings(area)).toBe(true);
    const stored = area.data.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(stored.version).toBe(1);
    expect(pageSettingsFrom(stored)).toEqual({ theme: 'light', privacyMode: false, compact: true, venues: { ...ALL_ON, bybit: { enabled: false } } });
    // The worker's own read is unchanged by the write-back.
    expect(settingsFrom(stored)).toEqual(settingsFrom(v0));
    expect(settingsFrom(stored).nearEntryPercent).toBe('5');
    expect(settingsFrom(stored).venues.okx.takerFeePercent).toBe('0.05');
    expect(await migrateStoredSettings(area)).toBe(false);
  });

  it('leaves current, newer, missing and foreign values alone', async () => {
    for (const value of [{ version: 1, theme: 'dark' }, { version: 2, theme: 'neon' }, undefined, '<script>', ['x']]) {
      const area = memoryArea(value === undefined ? {} : { [SETTINGS_KEY]: value });
      expect(await migrateStoredSettings(area)).toBe(false);
      expect(area.data.get(SETTINGS_KEY)).toEqual(value);
    }
  });

  it('does not throw when storage refuses', async () => {
    const broken = { get: () => Promise.reject(new Error('sync disabled')), set: () => Promise.reject(new Error('sync disabled')) };
    expect(await migrateStoredSettings(broken)).toBe(false);
  });
});
