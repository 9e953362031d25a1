import { describe, expect, it } from 'vitest';
import { migrateSettings, storedVersion } from './migrate';
import { SETTINGS_KEY } from './settings';
import { settingsFrom } from './settings-store';

describe('settings migrations', () => {
  it('takes a version-0 shape (numbers, a disabled list, darkMode) to the current settings', () => {
    const v0 = {
      nearEntryPercent: 3,
      highLeverage: 25,
      alertPercent: 1.5,
      alertsEnabled: false,
      disabledVenues: ['okx', 'bitget', 'nasdaq'],
      takerFees: { bybit: 0.055, 'binance-usdm': 0.04, okx: 'x' },
      darkMode: true,
      compact: false,
      privacyMode: true,
    };
    expect(storedVersion(v0)).toBe(0);
    const s = settingsFrom(v0);
    expect(s).toEqual({
      version: 1,
      nearEntryPercent: '3',
      highLeverage: '25',
      alertPercent: '1.5',
      alertsEnabled: false,
      alertCooldownMinutes: 15,
      venues: {
        'binance-usdm': { enabled: true, takerFeePercent: '0.04' },
        'binance-coinm': { enabled: true },
        bybit: { enabled: true, takerFeePercent: '0.055' },
        okx: { enabled: false },
        hyperliquid: { enabled: true },
        bitget: { enabled: false },
      },
      privacyMode: true,
      theme: 'dark',
      compact: false,
    });
  });

  it('maps darkMode false to light and no darkMode to auto', () => {
    expect(settingsFrom({ darkMode: false }).theme).toBe('light');
    expect(settingsFrom({}).theme).toBe('auto');
  });

  it('leaves a current or newer version to the field checks', () => {
    const newer = { version: 7, alertPercent: '4', somethingNew: 1 };
    expect(migrateSettings(newer)).toBe(newer);
    expect(settingsFrom(newer).alertPercent).toBe('4');
    expect(migrateSettings('nonsense')).toBe('nonsense');
    expect(SETTINGS_KEY).toBe('liqcheck.settings');
  });
});
