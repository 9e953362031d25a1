// Versioned migrations of the stored settings. Each step takes the shape of version n to the shape
// of version n + 1; checkSettings then validates field by field, so a step only renames and
// converts, and never has to be defensive about every field.
//
// Version 0 (no `version` field; the first drafts of the settings kept thresholds as numbers):
//   { nearEntryPercent: 5, highLeverage: 20, alertPercent: 2, alertsEnabled: true,
//     disabledVenues: ['okx'], takerFees: { bybit: 0.055 }, darkMode: true | false | undefined,
//     compact: true, privacyMode: false }
// Version 1: Settings in ./settings.ts (decimal strings, venues as records, theme).
import { SETTINGS_VERSION, VENUES } from './settings';
import { isRecord } from './view-fields';

type Stored = Record<string, unknown>;

/** A number as the decimal string it reads as (JS prints the shortest round-trip form); other values unchanged. */
function numberToDecimal(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

function v0ToV1(old: Stored): Stored {
  const disabled = Array.isArray(old.disabledVenues) ? old.disabledVenues : [];
  const fees = isRecord(old.takerFees) ? old.takerFees : {};
  const venues = Object.fromEntries(
    VENUES.map((venue) => {
      const fee = numberToDecimal(fees[venue]);
      return [venue, { enabled: !disabled.includes(venue), ...(typeof fee === 'string' ? { takerFeePercent: fee } : {}) }];
    }),
  );
  const { disabledVenues: _d, takerFees: _f, darkMode, ...rest } = old;
  return {
    ...rest,
    version: 1,
    nearEntryPercent: numberToDecimal(old.nearEntryPercent),
    highLeverage: numberToDecimal(old.highLeverage),
    alertPercent: numberToDecimal(old.alertPercent),
    venues,
    theme: darkMode === true ? 'dark' : darkMode === false ? 'light' : 'auto',
  };
}

/** MIGRATIONS[n] takes version n to version n + 1. */
const MIGRATIONS: ((old: Stored) => Stored)[] = [v0ToV1];

/** The version a stored value claims: 0 without a version field. */
export function storedVersion(stored: Stored): number {
  const v = stored.version;
  return v === undefined ? 0 : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings a stored value up to SETTINGS_VERSION. A newer version (saved by a newer Liqcheck in
 * another synced browser) is left as it is: checkSettings keeps what it understands.
 */
export function migrateSettings(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  let current = stored;
  for (let version = storedVersion(current); version < SETTINGS_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
  }
  return current;
}
