// Turns whatever storage holds into valid Settings, field by field: a missing, malformed or foreign
// value falls back to that field's default and never throws. Runs after the migrations.
import type { Venue } from '../model/types';
import {
  ALERT_PERCENT_RULE,
  checkDecimal,
  COOLDOWN_MINUTES_RULE,
  HIGH_LEVERAGE_RULE,
  NEAR_ENTRY_RULE,
  TAKER_FEE_RULE,
  type DecimalRule,
} from './field-rules';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, VENUES, type Settings, type VenueSettings } from './settings';
import { booleanOr, checkViewFields, isRecord } from './view-fields';

function decimalOr(value: unknown, rule: DecimalRule, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const checked = checkDecimal(value, rule);
  return checked.ok ? checked.value : fallback;
}

function venueSettings(value: unknown, enabled: boolean): VenueSettings {
  const result: VenueSettings = { enabled };
  if (!isRecord(value)) return result;
  if (typeof value.takerFeePercent === 'string') {
    const fee = checkDecimal(value.takerFeePercent, TAKER_FEE_RULE);
    if (fee.ok) result.takerFeePercent = fee.value;
  }
  return result;
}

/** Valid settings from a (migrated) stored value; unknown keys are dropped. */
export function checkSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const r = isRecord(raw) ? raw : {};
  const venuesRaw = isRecord(r.venues) ? r.venues : {};
  const view = checkViewFields(r);
  const cooldown = typeof r.alertCooldownMinutes === 'number' && Number.isInteger(r.alertCooldownMinutes) ? checkDecimal(String(r.alertCooldownMinutes), COOLDOWN_MINUTES_RULE) : undefined;
  return {
    version: SETTINGS_VERSION,
    nearEntryPercent: decimalOr(r.nearEntryPercent, NEAR_ENTRY_RULE, d.nearEntryPercent),
    highLeverage: decimalOr(r.highLeverage, HIGH_LEVERAGE_RULE, d.highLeverage),
    alertPercent: decimalOr(r.alertPercent, ALERT_PERCENT_RULE, d.alertPercent),
    alertsEnabled: booleanOr(r.alertsEnabled, d.alertsEnabled),
    alertCooldownMinutes: cooldown?.ok ? Number(cooldown.value) : d.alertCooldownMinutes,
    venues: Object.fromEntries(VENUES.map((v) => [v, venueSettings(venuesRaw[v], view.venues[v].enabled)])) as Record<Venue, VenueSettings>,
    privacyMode: view.privacyMode,
    theme: view.theme,
    compact: view.compact,
  };
}
