// The settings fields a content script reads (venue on/off, theme, privacy, compact), checked one by
// one: a missing, malformed or foreign value falls back to that field's default and never throws.
// checkSettings uses the same checks, so the page and the worker read one stored value alike.
import type { Venue } from '../model/types';
import { DEFAULT_SETTINGS, VENUES, type Theme } from './settings';

const THEMES: readonly Theme[] = ['auto', 'dark', 'light'];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export interface ViewFields {
  theme: Theme;
  privacyMode: boolean;
  compact: boolean;
  venues: Record<Venue, { enabled: boolean }>;
}

/** The view fields of a (migrated) stored value. */
export function checkViewFields(raw: unknown): ViewFields {
  const d = DEFAULT_SETTINGS;
  const r = isRecord(raw) ? raw : {};
  const venues = isRecord(r.venues) ? r.venues : {};
  const enabled = (v: Venue): boolean => {
    const venue = venues[v];
    return booleanOr(isRecord(venue) ? venue.enabled : undefined, d.venues[v].enabled);
  };
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    privacyMode: booleanOr(r.privacyMode, d.privacyMode),
    compact: booleanOr(r.compact, d.compact),
    venues: Object.fromEntries(VENUES.map((v) => [v, { enabled: enabled(v) }])) as Record<Venue, { enabled: boolean }>,
  };
}
