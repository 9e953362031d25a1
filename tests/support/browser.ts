// Launches Debian's Chromium with an unpacked extension, for E2E tests and the demo.
// Playwright's own browsers can't be downloaded here, and branded Chrome ignores --load-extension.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { hostAndPort, readNetlog, requesterFor } from './netlog';
import { logRequest, NETWORK_LOG_ENV, type Attribution } from './network-log';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from './recording-proxy';

/**
 * Debian's Chromium binary itself, not its launcher script /usr/bin/chromium: the script exports
 * Debian's Google API keys, adds flags from /etc/chromium.d (remote extensions on, its own
 * --load-extension) and, where /dev/shm is listed twice, prints "[: …: unexpected operator".
 * A privacy test launches the browser with its own flags only.
 */
export const chromiumPath = process.env.LIQCHECK_CHROMIUM ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface LaunchOptions {
  /** The unpacked extension: relative to the repository root, or absolute. */
  dist?: string;
  /** Hostnames whose port 443 is routed to 127.0.0.1:port (the test server). */
  hosts?: string[];
  port?: number;
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for the extension's service worker, in ms. */
  workerTimeout?: number;
  /** false: the same browser without the extension (the benchmarks' baseline). Default true. */
  extension?: boolean;
  /** Where this browser's requests are logged and attributed; default the suite's log (network-guard.ts). */
  networkLog?: string;
}

export type WorkerStatus = 'running' | 'starting' | 'stopping' | 'stopped' | 'none';

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser sent to the network, through the recording proxy (tunnelled or refused). */
  proxied: ProxiedRequest[];
  /** The temporary profile (--user-data-dir): tells this browser's processes apart from others'. */
  profileDir: string;
  /**
   * Stops the extension's service worker, as Chrome does when it is idle, and resolves once Chrome
   * reports it stopped. The next event (a message, a port) starts a fresh instance, so by the time
   * this resolves a page that keeps sending may already have started the next one.
   */
  stopWorker(): Promise<void>;
  /** What Chrome reports about the worker. Playwright's own list keeps stopped workers. */
  workerStatus(): Promise<WorkerStatus>;
  /**
   * Playwright's handle on the extension's worker. It follows restarts (evaluate() runs in the
   * current instance), but only evaluate while workerStatus() is 'running'.
   */
  worker(): Worker | undefined;
  close(): Promise<void>;
}

/** A closed port on this machine: where Chromium's own Google services are sent, so they never leave it. */
const NOWHERE = 'http://127.0.0.1:9';

export function hostResolverRules(hosts: readonly string[], port: number): string {
  // Every other name fails to resolve: tests never reach the real exchanges, and fail fast if a page
  // or the extension tries to.
  return [...hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { hosts = [], port, headless = true, args = [], workerTimeout = 30_000, extension = true, networkLog = process.env[NETWORK_LOG_ENV] } = options;
  if (hosts.length > 0 && port === undefined) throw new Error('launchWithExtension: hosts need the server port');
  const dist = options.dist ?? `${process.env.LIQCHECK_DIST_ROOT ?? 'dist'}/chrome`;
  const extensionDir = isAbsolute(dist) ? dist : resolve(repoRoot, dist);
  // Every request goes through the recording proxy: the served hosts are tunnelled to the test server,
  // everything else is refused, and all of it is logged for the suite's privacy check (network-guard.ts).
  const proxy = await startRecordingProxy({ served: new Set(hosts.map((h) => h.toLowerCase())), targetPort: port ?? 0, browser: 'chromium', logFile: networkLog });
  const profileDir = await mkdtemp(join(tmpdir(), 'liqcheck-profile-'));
  await writeQuietPreferences(profileDir);
  // Where requests are logged (the suite: network-guard.ts), Chromium's own network log tells who made each.
  const netlog = networkLog ? join(profileDir, 'netlog.json') : undefined;

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless,
      ignoreHTTPSErrors: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        // --disable-component-update stops the scheduled checks, not on-demand ones: Chromium 156
        // asks update.googleapis.com for the on-device model manifest (component id
        // ceofaddefefcbblgcgnibnonglccbfja) within seconds of every start. Its update server is
        // pointed at a closed port here, like the Google services below.
        `--component-updater=url-source=${NOWHERE}/component-updater`,
        '--disable-sync',
        '--no-first-run',
        '--ignore-certificate-errors',
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        // Chromium's own traffic, off rather than allowlisted: Safe Browsing, field trials, domain
        // reliability, hints, translation, media router, metrics, default-browser and crash reports.
        '--safebrowsing-disable-auto-update',
        '--disable-client-side-phishing-detection',
        '--disable-domain-reliability',
        '--disable-field-trial-config',
        '--disable-features=PreconnectToSearch,OptimizationHints,OptimizationGuideModelDownloading,Translate,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,SafeBrowsingEnhancedProtection,InterestFeedContentSuggestions,NetworkTimeServiceQuerying',
        '--metrics-recording-only',
        '--no-default-browser-check',
        '--no-pings',
        '--disable-breakpad',
        // What no switch turns off (the Google account check, GCM check-in, the search engine's
        // omnibox requests) is pointed at a closed port on this machine instead (measured with
        // --log-net-log: accounts.google.com/ListAccounts, android.clients.google.com/checkin,
        // www.google.com/async/folae and www.google.com/ on every start without these).
        ...['gaia-url', 'google-base-url', 'google-apis-url', 'lso-url'].map((s) => `--${s}=${NOWHERE}/`),
        ...['gcm-checkin-url', 'gcm-registration-url', 'gcm-mcs-endpoint'].map((s) => `--${s}=${NOWHERE}/${s}`),
        ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
        // The proxy itself is reached by IP, which the catch-all rule would otherwise refuse.
        `--host-resolver-rules=${hostResolverRules(hosts, port ?? 0)}, EXCLUDE 127.0.0.1`,
        ...(netlog ? [`--log-net-log=${netlog}`] : []),
        ...args,
      ],
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    await proxy.close();
    throw error;
  }

  // Which of the extension's requests came from its worker and which from its pages, as far as
  // Playwright saw them; the network log (complete) decides whether the extension made it at all.
  const extensionRequests = new Map<string, Set<ExtensionPart>>();
  if (netlog) context.on('request', (request) => noteExtensionRequest(extensionRequests, request));
  const attribute = () => attributeRequests(proxy, netlog, extensionRequests, networkLog);

  if (!extension) return withProxy(withoutExtension(context, profileDir, attribute), proxy);

  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const runningWorker = () => context.serviceWorkers().find(isExtensionWorker);

  let first: Worker;
  try {
    first = runningWorker() ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: workerTimeout }));
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
    await proxy.close();
    throw new Error(`no extension service worker within ${workerTimeout} ms from ${extensionDir}: ${String(error)}`);
  }
  const extensionId = new URL(first.url()).host;

  const worker = () => context.serviceWorkers().find(isExtensionWorker);

  // The ServiceWorker CDP domain is only reachable from a session on an extension page.
  const withServiceWorkerDomain = async <T>(use: (session: CDPSession, statuses: Map<string, WorkerStatus>, reported: WorkerStatus[]) => Promise<T>): Promise<T> => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      const session = await context.newCDPSession(page);
      const statuses = new Map<string, WorkerStatus>(); // versionId -> latest running status
      const reported: WorkerStatus[] = []; // every status reported, in order
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) {
          if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
          statuses.set(version.versionId, version.runningStatus);
          reported.push(version.runningStatus);
        }
      });
      await session.send('ServiceWorker.enable');
      const result = await use(session, statuses, reported);
      await session.detach();
      return result;
    } finally {
      await page.close();
    }
  };

  const summarize = (statuses: Map<string, WorkerStatus>): WorkerStatus => {
    const all = [...statuses.values()];
    for (const status of ['running', 'starting', 'stopping', 'stopped'] as const) if (all.includes(status)) return status;
    return 'none';
  };

  const workerStatus = () =>
    withServiceWorkerDomain(async (_session, statuses) => {
      // Chrome reports the existing versions right after ServiceWorker.enable.
      await waitUntil(() => statuses.size > 0, 5_000).catch(() => undefined);
      return summarize(statuses);
    });

  const stopWorker = () =>
    withServiceWorkerDomain(async (session, statuses, reported) => {
      const from = reported.length;
      await session.send('ServiceWorker.stopAllWorkers');
      // Any 'stopped' since the command counts: a page that keeps sending wakes the worker again
      // within milliseconds (measured: stopped, then starting 12 ms later), before a poll of the
      // current status sees it stopped.
      await waitUntil(() => reported.slice(from).includes('stopped') || (statuses.size > 0 && summarize(statuses) === 'stopped'), workerTimeout).catch(() => {
        throw new Error(`the service worker did not stop within ${workerTimeout} ms (status: ${summarize(statuses)})`);
      });
    });

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    attribute();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  return withProxy({ context, extensionId, profileDir, stopWorker, workerStatus, worker, close }, proxy);
}

/** The browser's close also stops its proxy. */
function withProxy(launched: Omit<LaunchedBrowser, 'proxied'>, proxy: RecordingProxy): LaunchedBrowser {
  return {
    ...launched,
    proxied: proxy.requests,
    close: async () => {
      await launched.close();
      await proxy.close();
    },
  };
}

/** A browser launched with `extension: false`: no worker to stop or ask about. */
function withoutExtension(context: BrowserContext, profileDir: string, attribute: () => void): Omit<LaunchedBrowser, 'proxied'> {
  const noWorker = () => Promise.reject(new Error('launched with extension: false'));
  const close = async () => {
    await context.close().catch(() => undefined);
    attribute();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, extensionId: '', profileDir, stopWorker: noWorker, workerStatus: () => Promise.resolve('none'), worker: () => undefined, close };
}

/**
 * Once the browser has closed (and finished its network log): who made the requests it sent to each
 * host and port, into the suite's log, where the network guard joins them to the proxy's lines.
 */
function attributeRequests(proxy: RecordingProxy, netlog: string | undefined, extensionRequests: Map<string, Set<ExtensionPart>>, logFile: string | undefined): void {
  if (!netlog) return;
  const requests = readNetlog(netlog);
  for (const { host, port } of proxy.destinations()) {
    const by = requesterFor(requests, host, port);
    const parts = [...(extensionRequests.get(`${host}:${port}`) ?? [])].sort();
    const refined: Attribution['by'] = by === 'extension' && parts.length > 0 ? `extension (${parts.join(', ')})` : (by ?? 'unknown');
    logRequest({ kind: 'attribution', session: proxy.session, host, port, by: refined }, logFile);
  }
}

type ExtensionPart = 'worker' | 'page';

function noteExtensionRequest(seen: Map<string, Set<ExtensionPart>>, request: Request): void {
  const destination = hostAndPort(request.url());
  if (!destination) return;
  let part: ExtensionPart | undefined;
  if (request.serviceWorker()?.url().startsWith('chrome-extension://')) part = 'worker';
  else {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // A worker's request has no frame.
    }
    if (frameUrl.startsWith('chrome-extension://')) part = 'page';
  }
  if (!part) return;
  const key = `${destination.host}:${destination.port}`;
  seen.set(key, (seen.get(key) ?? new Set()).add(part));
}

/**
 * No default search engine and no network prediction: otherwise Chromium preconnects to
 * www.google.com on every start (measured with --log-net-log; PreconnectToSearch is also disabled).
 */
async function writeQuietPreferences(profileDir: string): Promise<void> {
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ default_search_provider: { enabled: false }, net: { network_prediction_options: 2 } }));
}

/** Polls `condition` every 20 ms until it holds; throws after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface PageError {
  kind: 'pageerror' | 'console';
  text: string;
  /** Where the console message came from, e.g. "https://www.binance.com/x.js:12". */
  location?: string;
}

/**
 * Records uncaught exceptions and console errors of a page, from now on, into the returned live
 * array: `expect(errors).toEqual([])`.
 */
export function collectPageErrors(page: Page): PageError[] {
  const errors: PageError[] = [];
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: error.stack ?? String(error) }));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push({ kind: 'console', text: message.text(), location: url ? `${url}:${lineNumber}` : undefined });
  });
  return errors;
}

/**
 * From an extension page (the popup): the id of the exchange tab, the one tab whose content script
 * answers the popup's tab-status question (the profile also has a blank tab). Undefined if none does.
 */
export function exchangeTabId(extensionPage: Page): Promise<number | undefined> {
  return extensionPage.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    for (const tab of await tabs.query({})) {
      if (tab.id !== undefined && (await tabs.sendMessage(tab.id, { type: 'tab-status' }).catch(() => null))) return tab.id;
    }
    return undefined;
  });
}
