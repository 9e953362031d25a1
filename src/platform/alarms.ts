// Alarms through the browser API: they wake a stopped worker, which timers cannot.
import browser from './browser';

/** Creates the alarm unless one of that name exists (re-creating would push its first run back). */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing) await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
