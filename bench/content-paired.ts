// The content script's cost measured in ONE browser on ONE busy page: short windows in which the
// content script is active alternate with windows in which it is dormant (the trader switched Binance
// USDⓈ-M off in the settings: no observer, no port, no overlay; src/content/venue-switch.ts). The
// switch is saved in storage.sync from the extension's options page, as that page does, and each
// window starts only once the overlay has come back with a numeric estimate (or gone) and settled.
// Same page, same browser, same machine load within a few seconds: the paired differences are far less
// noisy than fresh browsers compared with each other. What it does not measure: the dormant content
// script's own cost (a storage listener, near zero) and the extension process (a separate process).
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../src/settings/settings';
import { launch, openBusyPage, sleep, startBusyServer, waitForOrderEstimate } from './busy-page';
import { measureWindow, type MeasuredWindow } from './main-thread-window';

export interface PairedOptions {
  distRoot: string;
  /** Pairs of windows (one active, one dormant each). */
  pairs: number;
  /** Seconds per window. */
  seconds: number;
  /**
   * A/A check of the method itself: the "dormant" windows keep Binance USDⓈ-M on and switch OKX off
   * instead (a settings change the content script follows but that changes nothing on this page), so
   * the interval should contain zero.
   */
  placebo?: boolean;
}

export interface Pair {
  /** Which state ran first in this pair (alternating active-first / dormant-first: ABBA). */
  activeFirst: boolean;
  active: MeasuredWindow;
  dormant: MeasuredWindow;
}

export interface PairedResult {
  pairs: Pair[];
  /** Mean seconds from saving the switch to the overlay shown (active) or gone (dormant). */
  switchOnSeconds: number;
  switchOffSeconds: number;
  /** Wall-clock seconds of the whole measurement, launch included. */
  totalSeconds: number;
}

const OVERLAY_HOSTS = 'liqcheck-badge, liqcheck-order';
/** After the switch took effect: the overlay's first renders and the first full read are start-up, not steady state. */
const SETTLE_MS = 1000;

export async function pairedContentCost(options: PairedOptions): Promise<PairedResult> {
  const begin = performance.now();
  const server = await startBusyServer();
  const browser = await launch(server, `${options.distRoot}/chrome`, true);
  try {
    const settingsPage = await browser.context.newPage();
    await settingsPage.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    const setActive = async (active: boolean) => {
      const settings: Settings = structuredClone(DEFAULT_SETTINGS);
      settings.venues[options.placebo ? 'okx' : 'binance-usdm'].enabled = active;
      type ExtensionGlobal = { chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } } };
      await settingsPage.evaluate(([key, value]) => (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, settings] as [string, Settings]);
    };
    await setActive(true);
    const { page, cdp } = await openBusyPage(browser, { extension: true });
    await sleep(3000); // warm-up: the first estimates, JIT, the overlay's first renders

    const on: number[] = [];
    const off: number[] = [];
    let active = true;
    const switchTo = async (want: boolean) => {
      if (want === active) return;
      const start = performance.now();
      await setActive(want);
      if (want || options.placebo) await waitForOrderEstimate(page, 20_000);
      else await waitForNoOverlay(page);
      (want ? on : off).push((performance.now() - start) / 1000);
      active = want;
      await sleep(SETTLE_MS);
    };

    const pairs: Pair[] = [];
    for (let i = 0; i < options.pairs; i++) {
      // ABBA: active-dormant, dormant-active, ... so a steady drift of the machine's load cancels, and
      // a switch is needed only every other window.
      const activeFirst = i % 2 === 0;
      const windows: Partial<Record<'active' | 'dormant', MeasuredWindow>> = {};
      for (const state of activeFirst ? [true, false] : [false, true]) {
        await switchTo(state);
        windows[state ? 'active' : 'dormant'] = await measureWindow(page, cdp, browser.profileDir, options.seconds);
      }
      pairs.push({ activeFirst, active: windows.active!, dormant: windows.dormant! });
    }
    const avg = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);
    return { pairs, switchOnSeconds: avg(on), switchOffSeconds: avg(off), totalSeconds: (performance.now() - begin) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function waitForNoOverlay(page: Page): Promise<void> {
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, OVERLAY_HOSTS, { timeout: 20_000, polling: 50 });
}
