// The content script, one bundle per venue (src/content/entries/<venue>.ts, each with its adapter
// only, so a page loads the reader of its own venue and no other): runs on the venue's trading page. Reads the page through the site adapter, sends
// the latest snapshot to the worker over one port, and renders the answer in the overlay. With the
// venue switched off in the settings it stays dormant (no observer, no port, no overlay) until the
// venue is switched on again.
import { useMessages } from '../i18n/t';
import { OverlayHosts } from '../overlay/mount';
import { viewFromSettings, type OverlayView } from '../overlay/overlay-view';
import { browserMessages } from '../platform/i18n';
import { syncArea } from '../platform/storage';
import { foldStore } from '../settings/fold-store';
import { DEFAULT_PAGE_SETTINGS } from '../settings/page-settings';
import { loadPageSettings, onPageSettingsChanged } from '../settings/page-store';
import { makeSight } from '../sites/dom/sight';
import { readChangedPanels, watchRoots, type PageReading } from '../sites/read-page';
import type { SiteAdapter } from '../sites/types';
import type { EstimatesResult } from '../protocol/estimates';
import type { WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';
import { isTabStatusRequest, type TabStatusAnswer } from '../protocol/tab-status';
import { contentApi } from '../platform/content-api';
import { ChangedNodes } from './changed-nodes';
import { FastLane } from './fast-lane';
import { unreadFigure } from './unread-figure';
import { FrameScheduler } from './frame-scheduler';
import { ReadPace, STREAM_PER_SECOND } from './read-pace';
import { watchPage } from './page-watcher';
import { followVenueSwitch, type Running } from './venue-switch';
import { extensionAlive, PortClient } from './port-client';

/** Without a fresh answer for this long, the overlay stops presenting its numbers as current. */
const STALE_AFTER_MS = 5000;
/** An unanswered snapshot is sent again (the worker may have been stopped) after this long. */
const RESEND_AFTER_MS = 1500;
/**
 * After a key, a pointer press or an input, changes in the order form are the trader's for this long:
 * read at once. Otherwise they are the page's (Max and Cost following the price) and keep its pace.
 */
const TRADER_ACTS_FOR_MS = 1000;
/**
 * However quiet the observers say the page is, every panel, label and row is looked for afresh at
 * least this often; in between, a reading goes straight to where the last one found them (read-page's
 * relocate). Added or moved nodes, a new URL and a resized window mark everything at once anyway
 * (page-watcher.ts): this is the safety net for what no observer sees, a change of style from outside
 * the watched panels. On a streaming page a full reading took two to three times a partial one, and
 * at 3 s the full readings were about half of the readings' time (bench/results.md, 2026-12-07).
 */
const FULL_READ_EVERY_MS = 10_000;

function start(adapter: SiteAdapter, view: OverlayView): Running {
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  // A badge changed by the page is built again in the next frame.
  const overlay = new OverlayHosts({ view, onTampered: () => scheduler.schedule(), fold: foldStore(syncArea) });
  // What the trader sees, asked of the engine (boxes included); the overlay's own hosts are never read.
  const sight = () => makeSight({ layout: true, own: (el) => overlay.isOwnNode(el) });
  let result: EstimatesResult | null = null;
  /** The snapshot last handed to the port, and its sequence number. */
  let lastSent: PageSnapshot | null = null;
  let sentSeq = 0;
  /** When the oldest unanswered snapshot went out (the stale clock), and when it was last (re)sent. */
  let waitingSince = 0;
  let sentAt = 0;
  let answeredSeq = 0;
  let latest: PageSnapshot | null = null;
  let reading: PageReading | null = null;
  let url = new URL(location.href);
  /** What changed since the last read. */
  const changes = new ChangedNodes();
  let fullReadAt = 0;
  /** The snapshot in flight was sent again once: again only with a newer one (each wakes the worker). */
  let resent = false;
  let inFrame = false;
  const pace = new ReadPace();
  /** The page's own changes to an input of an estimate, read in the next frame (fast-lane.ts). */
  const lane = new FastLane();
  let deferred: ReturnType<typeof setTimeout> | undefined;
  let actedAt = -Infinity;
  const acting = (now: number) => now - actedAt < TRADER_ACTS_FOR_MS;
  const teardown = () => {
    if (signal.aborted) return;
    lifetime.abort();
    scheduler.cancel();
    clearTimeout(deferred);
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
        // An answer to an older snapshot still counts as fresh news: the clock restarts at the newest send.
        if (answeredSeq < sentSeq) waitingSince = sentAt;
        // Shown at once; what the page changed meanwhile is read in the next frame, where the layout
        // the reading asks for is the one the frame needs anyway (in this task it would be one more).
        paint(Date.now());
        // A reading that could not go while this one was in flight goes now. Changes the page made
        // meanwhile have their frame or their timer already.
        if (latest !== lastSent) scheduler.schedule();
      }
    },
  });

  /** Reads the page and sends what changed. */
  const read = (now: number, urgent: boolean, changed: (elements: readonly Element[]) => boolean) => {
    if (location.href !== url.href) url = new URL(location.href);
    // Nothing reported since the last reading (a frame for the worker's answer), or only cells
    // re-rendered as they were (dropped by the frame): it still holds.
    const relocate = changes.everything;
    if (changes.any) reading = readChangedPanels(adapter, document, url, reading, { changed, relocate }, sight);
    changes.clear();
    // The panels were looked for afresh: so are the containers watched, and the safety net waits anew.
    if (relocate) {
      watch.refresh();
      fullReadAt = now;
    }
    const snapshot = reading?.snapshot ?? null;
    latest = snapshot;
    const inFlight = answeredSeq < sentSeq;
    const newer = snapshot !== null && snapshot !== lastSent;
    // One snapshot in flight (two when the second carries the trader's input): the next goes when
    // one is answered, and it is the newest one. The page's own updates queue up no further.
    if (newer && (!inFlight || (urgent && sentSeq - answeredSeq < 2))) {
      send(snapshot, now);
      if (!inFlight) waitingSince = now;
    } else if (inFlight && now - sentAt > RESEND_AFTER_MS && (newer || !resent)) {
      // No answer for a while: a newer snapshot goes out like any other; with none, the one in flight
      // is sent once more over a fresh port (the worker may have been stopped).
      if (newer) send(snapshot, now);
      else {
        port.resend();
        resent = true;
        sentAt = now;
      }
    }
  };

  const send = (snapshot: PageSnapshot, now: number) => {
    lastSent = snapshot;
    sentSeq = port.send(snapshot);
    sentAt = now;
    resent = false;
  };

  /** The page's own updates come too fast: read them in `ms` (changes gather meanwhile). */
  const defer = (ms: number) => {
    deferred ??= setTimeout(() => {
      deferred = undefined;
      scheduler.schedule();
    }, ms);
  };

  const frame = () => {
    if (!extensionAlive()) return teardown();
    const now = Date.now();
    inFrame = true;
    watch.flush();
    inFrame = false;
    const form = reading?.anchors.order;
    // A value set in one of the form's inputs (typed, or by the page's script) is an order's input.
    if (form && changes.noteInputValues(form)) lane.note('input');
    lane.endBatch(now);
    const roles = reading?.roles;
    // The order form is read again only for what its reading reads: not for its Max following the price.
    const changed = (elements: readonly Element[]) =>
      changes.touch(elements, watch.covers, roles && form && elements.length === 1 && elements[0] === form ? (node) => unreadFigure(node, roles) : undefined);
    // The trader's own input (a change in the order form, or one the observers can't place, while the
    // trader acts) is read at once and does not queue behind the page's updates, nor behind the full
    // read, which keeps the pace. So is the page's own change to an input of an estimate (the fast lane).
    const urgent = form && acting(now) ? changed([form]) : false;
    const fast = lane.take(now);
    if (now - fullReadAt >= FULL_READ_EVERY_MS) changes.markEverything();
    const pageOnly = changes.any && !urgent && !fast;
    const wait = pageOnly ? pace.wait(now) : 0;
    if (wait > 0) defer(wait);
    else {
      // Cells re-rendered as they were are no change: they spend no reading and no pace.
      changes.dropUnchanged();
      // A fast reading counts against the pace too: in all, the page is read no more often than before.
      if (changes.any && !urgent) pace.take(now);
      read(now, urgent || fast, changed);
    }
    paint(now);
  };

  /** Brings the overlay in line with the last reading and the last answer. */
  const paint = (now: number) => {
    const waiting = answeredSeq < sentSeq;
    const anchors = reading?.anchors ?? { positions: new Map<string, Element>(), order: null };
    overlay.update(anchors, { result, pending: waiting && result?.symbol !== reading?.snapshot.symbol, stale: waiting && now - waitingSince > STALE_AFTER_MS, unconfirmed: reading?.snapshot.unconfirmed === true });
  };

  const scheduler = new FrameScheduler(frame);
  // The popup asks what this page read got; only that is answered here ("Copy page layout" injects
  // its own script: src/inject/page-layout.ts).
  const onMessage = (raw: unknown) => {
    if (!isTabStatusRequest(raw)) return undefined;
    const answer: TabStatusAnswer = { type: 'tab-status', venue: adapter.venue, symbol: latest?.symbol ?? '', snapshot: latest };
    return Promise.resolve(answer);
  };
  contentApi.addMessageListener(onMessage);
  signal.addEventListener('abort', () => contentApi.removeMessageListener(onMessage), { once: true });
  const watch = watchPage({
    roots: () => watchRoots(adapter, document, reading),
    isOwnNode: (node) => overlay.isOwnNode(node),
    onChange: (node) => {
      changes.add(node);
      if (node) lane.note(reading?.roles.of(node), node);
      if (inFrame) return;
      // The trader's input (or an unknown change) calls for a frame at once. The page's own update
      // does too unless its reading has to wait for the pace: then it waits in a timer, not a frame.
      const now = Date.now();
      if (!node || (acting(now) && reading?.anchors.order?.contains(node))) scheduler.schedule();
      else if (deferred === undefined) {
        const wait = pace.wait(now);
        if (wait > 0) defer(wait);
        else scheduler.schedule();
      }
    },
    // A node reported already is reported again only when it is in a cell the lane looks at.
    reported: (node) => changes.has(node) && reading?.roles.of(node) === undefined,
    onBatch: () => pace.arrive(Date.now()),
    // The batch changed an input of an estimate, and not only with the price: read in the next frame.
    onBatchEnd: () => {
      if (lane.endBatch(Date.now())) scheduler.schedule();
    },
    onTraderAct: () => {
      actedAt = Date.now();
    },
    // The cells a streaming page re-renders on every commit are looked at as often as it is read.
    busyEveryMs: 1000 / STREAM_PER_SECOND,
    // Their commits no longer reach onBatch: the pace is told the page streams, and the lane that a
    // batch without the mark may not be one without a tick.
    onStreaming: (streaming) => {
      pace.knownStreaming = streaming;
      lane.pricesUnobserved = streaming;
    },
    signal,
  });
  // The stale marker and the resend need time to pass even when the page is quiet.
  const tick = setInterval(() => {
    if (answeredSeq < sentSeq) scheduler.schedule();
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(tick), { once: true });
  scheduler.schedule();
  return { stop: teardown, update: (settings) => overlay.setView(viewFromSettings(settings)), stopped: () => signal.aborted };
}

/** Runs the content script for this venue's adapter, when the page is one of its trading pages. */
export function runOnVenuePage(adapter: SiteAdapter): void {
  main(adapter).catch(() => {
    // Never throw into the page.
  });
}

async function main(adapter: SiteAdapter): Promise<void> {
  if (!adapter.page(new URL(location.href))) return;
  useMessages(browserMessages);
  await followVenueSwitch({
    venue: adapter.venue,
    load: () => loadPageSettings().catch(() => DEFAULT_PAGE_SETTINGS),
    subscribe: onPageSettingsChanged,
    start: (settings) => start(adapter, viewFromSettings(settings)),
  });
}
