// What the trader's settings change in the overlay: its theme, privacy and default compactness.
import type { PageSettings } from '../settings/page-settings';
import type { Theme } from '../settings/settings';

export interface OverlayView {
  theme: Theme;
  /** Amounts (sizes, margins, equity, losses, notional) show as "•••"; prices and percents stay. */
  privacy: boolean;
  /** Badges start compact; the trader's toggle per badge wins. */
  compact: boolean;
}

export const DEFAULT_VIEW: OverlayView = { theme: 'auto', privacy: false, compact: true };

export function viewFromSettings(settings: PageSettings): OverlayView {
  return { theme: settings.theme, privacy: settings.privacyMode, compact: settings.compact };
}

/** The class that sets the colour variables of overlay.css (the settings check the theme on reading). */
export function themeClass(theme: Theme): string {
  return `lc theme-${theme}`;
}
