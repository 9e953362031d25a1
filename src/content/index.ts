// Content script: runs on the venue's trading page. Reads the page through the site adapter, sends
// the latest snapshot to the worker over one port, and renders the answer in the overlay. With the
// venue switched off in the settings it stays dormant (no observer, no port, no overlay) until the
// venue is switched on again.
import { useMessages } from '../i18n/t';
import { OverlayHosts } from '../overlay/mount';
import { viewFromSettings, type OverlayView } from '../overlay/overlay-view';
import { browserMessages } from '../platform/i18n';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { loadSettings, onSettingsChanged } from '../settings/store';
import { adapterFor, readPageAndAnchors, watchRoots, type SiteAdapter } from '../sites';
import type { EstimatesResult } from '../protocol/estimates';
import type { WorkerToContent } from '../protocol/messages';
import { readStatus } from '../protocol/read-status';
import type { PageSnapshot } from '../protocol/snapshot';
import { isTabStatusRequest, type TabStatusAnswer } from '../protocol/tab-status';
import browser from '../platform/browser';
import { FrameScheduler } from './frame-scheduler';
import { watchPage } from './page-watcher';
import { followVenueSwitch, type Running } from './venue-switch';
import { extensionAlive, PortClient } from './port-client';

/** Without a fresh answer for this long, the overlay stops presenting its numbers as current. */
const STALE_AFTER_MS = 5000;
/** An unanswered snapshot is sent again (the worker may have been stopped) after this long. */
const RESEND_AFTER_MS = 1500;

function start(adapter: SiteAdapter, view: OverlayView): Running {
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const overlay = new OverlayHosts({ view });
  let result: EstimatesResult | null = null;
  let lastSent = '';
  let sentSeq = 0;
  let sentAt = 0;
  let answeredSeq = 0;
  let resent = false;
  let latest: PageSnapshot | null = null;

  const teardown = () => {
    if (signal.aborted) return;
    lifetime.abort();
    scheduler.cancel();
    overlay.destroy();
  };

  const port = new PortClient({
    signal,
    onInvalidated: teardown,
    onMessage: (message: WorkerToContent) => {
      // Answers may overtake each other only in theory; the newest one wins. The same seq again is
      // the worker re-estimating that snapshot with newer market data (a fetched tier table).
      if (message.type === 'estimates' && message.seq >= answeredSeq) {
        result = message.result;
        answeredSeq = message.seq;
        scheduler.schedule();
      }
    },
  });

  const frame = () => {
    if (!extensionAlive()) return teardown();
    const url = new URL(location.href);
    const read = readPageAndAnchors(adapter, document, url);
    const snapshot = read?.snapshot ?? null;
    latest = snapshot;
    const now = Date.now();
    if (snapshot) {
      const serialised = JSON.stringify(snapshot);
      if (serialised !== lastSent) {
        lastSent = serialised;
        sentSeq = port.send(snapshot);
        sentAt = now;
        resent = false;
      } else if (answeredSeq < sentSeq && !resent && now - sentAt > RESEND_AFTER_MS) {
        port.resend();
        resent = true;
      }
    }
    const waiting = answeredSeq < sentSeq;
    const anchors = read?.anchors ?? { positions: new Map<string, Element>(), order: null };
    overlay.update(anchors, { result, pending: waiting && result?.symbol !== snapshot?.symbol, stale: waiting && now - sentAt > STALE_AFTER_MS });
  };

  const scheduler = new FrameScheduler(frame);
  // The popup asks what this page read got; only that message is answered here.
  const onMessage = (raw: unknown) => {
    if (!isTabStatusRequest(raw)) return undefined;
    const answer: TabStatusAnswer = { type: 'tab-status', venue: adapter.venue, symbol: latest?.symbol ?? '', parts: latest ? readStatus(latest) : [], snapshot: latest };
    return Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  watchPage({ roots: () => watchRoots(adapter, document), isOwnNode: (node) => overlay.isOwnNode(node), onChange: () => scheduler.schedule(), signal });
  // The stale marker and the resend need time to pass even when the page is quiet.
  const tick = setInterval(() => {
    if (answeredSeq < sentSeq) scheduler.schedule();
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(tick), { once: true });
  scheduler.schedule();
  return { stop: teardown, update: (settings) => overlay.setView(viewFromSettings(settings)), stopped: () => signal.aborted };
}

async function main(): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter) return;
  useMessages(browserMessages);
  await followVenueSwitch({
    venue: adapter.venue,
    load: () => loadSettings().catch(() => DEFAULT_SETTINGS),
    subscribe: onSettingsChanged,
    start: (settings) => start(adapter, viewFromSettings(settings)),
  });
}

main().catch(() => {
  // Never throw into the page.
});
