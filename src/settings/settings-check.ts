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
import { DEFAULT_SETTINGS, SETTINGS_VERSION, VENUES, type Settings, type Theme, type VenueSettings } from './settings';

const THEMES: readonly Theme[] = ['auto', 'dark', 'light'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decimalOr(value: unknown, rule: DecimalRule, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const checked = checkDecimal(value, rule);
  return checked.ok ? checked.value : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function venueSettings(value: unknown, fallback: VenueSettings): VenueSettings {
  if (!isRecord(value)) return { ...fallback };
  const result: VenueSettings = { enabled: booleanOr(value.enabled, fallback.enabled) };
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
  const cooldown = typeof r.alertCooldownMinutes === 'number' && Number.isInteger(r.alertCooldownMinutes) ? checkDecimal(String(r.alertCooldownMinutes), COOLDOWN_MINUTES_RULE) : undefined;
  return {
    version: SETTINGS_VERSION,
    nearEntryPercent: decimalOr(r.nearEntryPercent, NEAR_ENTRY_RULE, d.nearEntryPercent),
    highLeverage: decimalOr(r.highLeverage, HIGH_LEVERAGE_RULE, d.highLeverage),
    alertPercent: decimalOr(r.alertPercent, ALERT_PERCENT_RULE, d.alertPercent),
    alertsEnabled: booleanOr(r.alertsEnabled, d.alertsEnabled),
    alertCooldownMinutes: cooldown?.ok ? Number(cooldown.value) : d.alertCooldownMinutes,
    venues: Object.fromEntries(VENUES.map((v) => [v, venueSettings(venuesRaw[v], d.venues[v])])) as Record<Venue, VenueSettings>,
    privacyMode: booleanOr(r.privacyMode, d.privacyMode),
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    compact: booleanOr(r.compact, d.compact),
  };
}
