// The content script's read of the settings: the venue switches and the overlay's look, from every
// current stored shape; an older one once the worker migrated it (src/settings/migrate.ts, version 0).
import { describe, expect, it } from 'vitest';
import { migrateSettings } from './migrate';
import { pageSettingsFrom } from './page-settings';
import { settingsFrom } from './settings-store';

const ALL_ON = { 'binance-usdm': { enabled: true }, 'binance-coinm': { enabled: true }, bybit: { enabled: true }, okx: { enabled: true }, hyperliquid: { enabled: true }, bitget: { enabled: true } };

describe('pageSettingsFrom', () => {
  it('reads a version 1 value: one venue off, dark, privacy on, expanded', () => {
    const stored = { version: 1, venues: { okx: { enabled: false, takerFeePercent: '0.05' } }, theme: 'dark', privacyMode: true, compact: false, alertPercent: '3' };
    expect(pageSettingsFrom(stored)).toEqual({ theme: 'dark', privacyMode: true, compact: false, venues: { ...ALL_ON, okx: { enabled: false } } });
  });

  it('reads a version 0 value once migrated (the worker writes it back: migrate-stored.ts)', () => {
    const stored = { disabledVenues: ['bybit'], darkMode: false, compact: true, privacyMode: false, nearEntryPercent: 5 };
    expect(pageSettingsFrom(migrateSettings(stored))).toEqual({ theme: 'light', privacyMode: false, compact: true, venues: { ...ALL_ON, bybit: { enabled: false } } });
  });

  it('falls back field by field on foreign values, and on nothing at all', () => {
    const defaults = { theme: 'auto', privacyMode: false, compact: true, venues: ALL_ON };
    expect(pageSettingsFrom(undefined)).toEqual(defaults);
    expect(pageSettingsFrom('<script>')).toEqual(defaults);
    expect(pageSettingsFrom({ version: 1, theme: 'neon', privacyMode: 'yes', venues: { okx: 'off', bybit: { enabled: 0 } } })).toEqual(defaults);
  });

  it('reads the same view as the full settings read of one stored value', () => {
    const stored = { version: 1, venues: { hyperliquid: { enabled: false } }, theme: 'light', privacyMode: true, compact: 'no' };
    const full = settingsFrom(stored);
    const page = pageSettingsFrom(stored);
    expect([page.theme, page.privacyMode, page.compact, page.venues.hyperliquid.enabled]).toEqual([full.theme, full.privacyMode, full.compact, false]);
  });
});
