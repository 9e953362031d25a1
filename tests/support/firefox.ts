// Launches Debian's Firefox ESR with the built extension (dist/firefox) installed temporarily, driven
// by puppeteer-core over WebDriver BiDi, for the Firefox E2E smoke test.
//
// Why this shape (docs/browser-engineering.md §5, Firefox):
// - Playwright's Firefox needs Playwright's patched build (a download); puppeteer-core drives stock
//   Firefox over BiDi, and BiDi's webExtension.install loads an unsigned MV3 build temporarily.
// - Firefox has no --host-resolver-rules. Instead every request goes through a local CONNECT proxy
//   (the network.proxy.* prefs) that tunnels the listed hosts' port 443 to the test server and refuses
//   everything else: no fixed port 443 (tests may run beside each other), and no request reaches a
//   real exchange or Mozilla's services. The proxy logs every request for the suite's privacy check
//   (recording-proxy.ts, network-log.ts).
// - The test certificate is self-signed: acceptInsecureCerts (BiDi session capability) makes Firefox
//   accept it for pages and for the extension's own fetches.
// - MV3 host permissions: Firefox grants the manifest's host_permissions at install only while the
//   pref extensions.originControls.grantByDefault is true (the desktop default). Measured with Firefox
//   ESR 140 and a temporary install: true -> permissions.contains() is true and the content scripts
//   run; false -> not granted, no content script runs, no badge. It is set explicitly so a changed
//   default can't silently turn the smoke test into a test of nothing.
// - Extension pages: ESR 153's WebDriver BiDi refuses browsingContext.navigate to any URL that is
//   not http(s), file, blob or about:blank ("Navigation to moz-extension://… is not allowed in this
//   context"; ESR 140 allowed it; the check is isWebdriverSafeNavigationURL in Firefox's remote
//   agent) unless the agent runs with system access: MOZ_REMOTE_ALLOW_SYSTEM_ACCESS in the environment, the form of
//   --remote-allow-system-access that ESR 140 (which does not know it) ignores.
// - Notifications: ESR 153 hands them to the desktop's notification service (libnotify over D-Bus);
//   on a machine without one each is closed within a second, so notifications.getAll() is empty.
//   alerts.useSystemBackend false keeps them in Firefox's own alert service, as on ESR 140.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from './browser';
import { startRecordingProxy, type ProxiedRequest } from './recording-proxy';

export type { ProxiedRequest };

export const firefoxPath = process.env.LIQCHECK_FIREFOX ?? '/usr/bin/firefox-esr';

/** The gecko id in manifest.json (browser_specific_settings.gecko.id). */
export const EXTENSION_ID = 'liqcheck@liqcheck.dev';
/**
 * Firefox gives each install a random internal UUID for moz-extension:// URLs; the pref
 * extensions.webextensions.uuids pins it, so tests can open the extension's own pages.
 */
export const EXTENSION_UUID = '6c1f2a10-7b7e-4c4e-9d2a-11c0ffee0001';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxLaunchOptions {
  /** The unpacked extension: relative to the repository root, or absolute. Default dist/firefox. */
  dist?: string;
  /** Hostnames whose port 443 is tunnelled to 127.0.0.1:port (the test server). */
  hosts?: string[];
  port?: number;
  headless?: boolean;
  /** More Firefox prefs, over the ones set here. */
  prefs?: Record<string, unknown>;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** What installExtension answered: the gecko id. */
  extensionId: string;
  /** Every request Firefox sent through the proxy, allowed or refused. */
  proxied: ProxiedRequest[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const { hosts = [], port, headless = true, prefs = {} } = options;
  if (hosts.length > 0 && port === undefined) throw new Error('launchFirefoxWithExtension: hosts need the server port');
  if (!existsSync(firefoxPath)) throw new Error(`no Firefox at ${firefoxPath}: apt-get install firefox-esr (.ci/run does), or set LIQCHECK_FIREFOX`);
  const dist = options.dist ?? `${process.env.LIQCHECK_DIST_ROOT ?? 'dist'}/firefox`;
  const extensionDir = isAbsolute(dist) ? dist : resolve(repoRoot, dist);

  const proxy = await startRecordingProxy({ served: new Set(hosts.map((h) => h.toLowerCase())), targetPort: port ?? 0, browser: 'firefox' });
  const profileDir = await mkdtemp(join(tmpdir(), 'liqcheck-firefox-'));
  const cleanUp = async () => {
    await proxy.close();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless,
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      // Firefox honours services.settings.server (below) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
        'extensions.originControls.grantByDefault': true,
        'alerts.useSystemBackend': false,
        // Firefox's own traffic, off rather than allowlisted (seen through the proxy without these:
        // detectportal.firefox.com, firefox.settings.services.mozilla.com).
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'captivedetect.canonicalURL': '',
        'services.settings.server': 'http://127.0.0.1:9/v1',
        'app.update.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'toolkit.telemetry.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'extensions.getAddons.cache.enabled': false,
        'extensions.update.enabled': false,
        'browser.region.network.url': '',
        'network.trr.mode': 5,
        ...prefs,
      },
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await cleanUp();
    throw new Error(`Firefox refused to install ${extensionDir}: ${String(error)}`);
  }

  let closed = false;
  return {
    browser,
    extensionId,
    proxied: proxy.requests,
    newPage: () => browser.newPage(),
    close: async () => {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      await cleanUp();
    },
  };
}

/**
 * Opens one of the extension's own pages (e.g. '/popup/index.html') in `page`, where `browser.*` is
 * the extension API. puppeteer's goto never sees a moz-extension:// navigation finish over BiDi (the
 * page does load), so this starts it and waits for the document instead.
 */
export async function openExtensionPage(page: Page, path: string, timeoutMs = 30_000): Promise<void> {
  const url = `${extensionOrigin}${path}`;
  void page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(`location.href + ' ' + document.readyState + ' ' + typeof browser`)
      .catch(() => 'navigating');
    if (state === `${url} complete object`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open within ${timeoutMs} ms (last: ${String(state)})`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Whether the extension's event page is loaded (not suspended), asked from an extension page opened
 * with openExtensionPage. extension.getViews() lists the background page only while it lives, and
 * asking does not wake it. Firefox suspends it after extensions.background.idle.timeout ms without
 * events (default 30 s), even while a content script holds a port open.
 */
export async function eventPageLoaded(extensionPage: Page): Promise<boolean> {
  const paths = (await extensionPage.evaluate(`browser.extension.getViews().map((view) => view.location.pathname)`)) as string[];
  return paths.includes('/_generated_background_page.html');
}

export interface FirefoxPageError {
  kind: 'pageerror' | 'console';
  text: string;
}

/**
 * Records uncaught exceptions and console errors of a page, from now on, into the returned live array.
 * Over BiDi this includes the extension's content scripts in that page (checked with a probe
 * extension: its console.error, top-level throw and throw in a timer all arrive); the event page's
 * own errors do not.
 */
export function collectFirefoxPageErrors(page: Page): FirefoxPageError[] {
  const errors: FirefoxPageError[] = [];
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ kind: 'console', text: message.text() });
  });
  return errors;
}
