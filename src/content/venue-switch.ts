// Runs the content script's work only while the trader has the venue switched on: started when the
// settings say on, stopped (observers, port, overlay gone) when they say off, started afresh when
// they say on again. Other settings changes reach the running work as they come.
import type { Venue } from '../model/types';
import type { PageSettings } from '../settings/page-settings';

export interface Running {
  stop(): void;
  /** The settings changed while running (theme, privacy, compact...). */
  update(settings: PageSettings): void;
  /** True once the work ended by itself (the extension was reloaded or removed). */
  stopped(): boolean;
}

export interface VenueSwitchOptions {
  venue: Venue;
  load(): Promise<PageSettings>;
  subscribe(callback: (settings: PageSettings) => void): () => void;
  start(settings: PageSettings): Running;
}

export function venueEnabled(settings: PageSettings, venue: Venue): boolean {
  return settings.venues?.[venue]?.enabled !== false;
}

/** Resolves once the first settings are applied; returns the unsubscribe. */
export async function followVenueSwitch(options: VenueSwitchOptions): Promise<() => void> {
  let running: Running | null = null;
  let unsubscribe = () => {};
  let orphan = false;
  const apply = (settings: PageSettings) => {
    try {
      switchTo(settings);
    } catch {
      // Never throw into the page (this runs in a storage listener too).
    }
  };
  const switchTo = (settings: PageSettings) => {
    if (orphan) return;
    if (running?.stopped()) {
      // The extension went away under us: this script stays off for good.
      orphan = true;
      unsubscribe();
      return;
    }
    if (!venueEnabled(settings, options.venue)) {
      running?.stop();
      running = null;
    } else if (running) {
      running.update(settings);
    } else {
      running = options.start(settings);
    }
  };
  let pending: PageSettings | null = null;
  let loaded = false;
  // Subscribe first so a change saved while loading is not lost; it wins over the loaded value.
  unsubscribe = options.subscribe((settings) => {
    if (loaded) apply(settings);
    else pending = settings;
  });
  const first = await options.load();
  loaded = true;
  apply(pending ?? first);
  return () => {
    orphan = true;
    unsubscribe();
    running?.stop();
    running = null;
  };
}
