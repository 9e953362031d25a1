// One measurement window on the busy page: the page's main-thread time from CDP Performance.getMetrics
// (thread CPU time: the page's own scripts and the content script's isolated world alike), the page
// updates the driver ran, and /proc CPU of the browser's processes, over `seconds` of wall clock.
import type { CDPSession, Page } from 'playwright-core';
import { busyTicks, metrics, sleep } from './busy-page';
import { processCpu } from './process-cpu';

export const KEYS = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
export type Key = (typeof KEYS)[number];

export interface MeasuredWindow {
  /** Wall-clock seconds. */
  seconds: number;
  /** Seconds of main-thread time per wall-clock second, per metric. */
  share: Record<Key, number>;
  updatesPerSecond: number;
  /** CPU seconds per wall second of every process of this browser, and of its extension process (Linux). */
  browserShare: number | null;
  extensionShare: number | null;
}

export async function measureWindow(page: Page, cdp: CDPSession, profileDir: string, seconds: number): Promise<MeasuredWindow> {
  const before = await metrics(cdp);
  const ticksBefore = await busyTicks(page);
  const cpuBefore = processCpu(profileDir);
  const start = performance.now();
  await sleep(seconds * 1000);
  const after = await metrics(cdp);
  const cpuAfter = processCpu(profileDir);
  const wall = (performance.now() - start) / 1000;
  const ticks = (await busyTicks(page)) - ticksBefore;
  const share = Object.fromEntries(KEYS.map((k) => [k, ((after[k] ?? 0) - (before[k] ?? 0)) / wall])) as MeasuredWindow['share'];
  const cpu = cpuBefore && cpuAfter ? { browser: (cpuAfter.browser - cpuBefore.browser) / wall, extension: (cpuAfter.extension - cpuBefore.extension) / wall } : null;
  return { seconds: wall, share, updatesPerSecond: ticks / wall, browserShare: cpu?.browser ?? null, extensionShare: cpu?.extension ?? null };
}

/**
 * A window's main-thread share per page update, times the nominal 50 updates a second: on a loaded
 * machine the page runs slower than 50/s, differently in each window, and both the page's and the
 * content script's work follow the update rate.
 */
export const at50 = (w: MeasuredWindow, key: Key) => (w.share[key] / w.updatesPerSecond) * 50;
