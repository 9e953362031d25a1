// Background worker (Chrome service worker, Firefox event page). Listeners are registered at top
// level so a wake-up event is never missed. The worker keeps no state it can't rebuild: tier tables
// live in storage.local, settings in storage.sync (cached here, reloaded on start), alert debounce
// in storage.session, and the last snapshot per port is resent by the content script on reconnect.
import { useMessages } from '../i18n/t';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import browser, { type Runtime } from '../platform/browser';
import { browserMessages } from '../platform/i18n';
import { platformFetch } from '../platform/network';
import { localArea } from '../platform/storage';
import type { EstimatesResult } from '../protocol/estimates';
import { diffJson } from '../protocol/json-patch';
import { PORT_NAME, PROTOCOL_VERSION, type PortToContent, type SnapshotMessage, type WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { loadSettings, onSettingsChanged } from '../settings/store';
import { applyAlerts, clearAlertBadge, listenToAlertClicks } from './alerts';
import { MarketService, symbolsOf } from '../market-data/market-service';
import { TableStore } from '../market-data/table-store';
import { createRiskStep } from './risk/risk-step';
import { accept, answer, pageMarks, route, type AnswerSteps, type MarketFor } from './router';

useMessages(browserMessages);

const REFRESH_ALARM = 'refresh-market-data';

/** The last snapshot each open tab sent: re-estimated when a fetch brings a new table or the settings change. */
const lastSnapshots = new Map<Runtime.Port, SnapshotMessage>();

/** The trader's settings: defaults until storage answers, then kept current by change events. */
let settings: Settings = DEFAULT_SETTINGS;
const settingsLoaded = loadSettings().then((loaded) => {
  settings = loaded;
});

const market = new MarketService({
  store: new TableStore(localArea),
  fetch: platformFetch,
  now: () => Date.now(),
  onUpdate: (venue, symbols) => {
    for (const [port, message] of lastSnapshots) {
      const snapshot = message.snapshot;
      if (snapshot.venue !== venue || !symbolsOf(snapshot).some((s) => symbols.includes(s))) continue;
      reanswer(port, message);
    }
  },
});

const marketFor: MarketFor = (snapshot) => market.lookupFor(snapshot);

/** Funding erosion and touch probabilities; volatility from public candles, cached in storage.local. */
const risk = createRiskStep({
  area: localArea,
  fetch: platformFetch,
  now: () => Date.now(),
  // New candles: re-answer the tabs showing that symbol.
  onUpdate: (venue, symbol) => {
    for (const [port, message] of lastSnapshots) {
      if (message.snapshot.venue === venue && symbolsOf(message.snapshot).includes(symbol)) reanswer(port, message);
    }
  },
});

function tabOf(port: Runtime.Port): number | undefined {
  return port.sender?.tab?.id;
}

/** The steps after the estimate for a tab: risk tools, then alerts (which need the tab for the badge). */
function stepsFor(tabId: number | undefined): AnswerSteps {
  return {
    settings,
    after: async (result: EstimatesResult, snapshot: PageSnapshot, current: Settings) => {
      const withRisk = await risk(result, snapshot).catch(() => result);
      if (tabId === undefined) return withRisk;
      return applyAlerts(tabId, withRisk, current, { venue: snapshot.venue, marks: pageMarks(snapshot, withRisk) });
    },
  };
}

/** The last answer posted on each port: the next one goes as its changes to it. */
const lastAnswers = new Map<Runtime.Port, EstimatesResult>();

function post(port: Runtime.Port, reply: WorkerToContent): void {
  const last = lastAnswers.get(port);
  const message: PortToContent =
    reply.type === 'estimates' && last ? { type: 'estimates-patch', v: PROTOCOL_VERSION, seq: reply.seq, patch: diffJson(last, reply.result) } : reply;
  try {
    port.postMessage(message);
    if (reply.type === 'estimates') lastAnswers.set(port, reply.result);
  } catch {
    // The tab went away between question and answer; nothing to tell.
    lastSnapshots.delete(port);
    lastAnswers.delete(port);
  }
}

/** Answers a port's snapshot again; the same seq: the content script takes it as a newer answer. */
function reanswer(port: Runtime.Port, message: SnapshotMessage): void {
  void answer(message, marketFor, stepsFor(tabOf(port))).then((reply) => post(port, reply));
}

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== PORT_NAME) {
    port.disconnect();
    return;
  }
  port.onDisconnect.addListener(() => {
    lastSnapshots.delete(port);
    lastAnswers.delete(port);
    const tabId = tabOf(port);
    if (tabId !== undefined) void clearAlertBadge(tabId).catch(() => undefined);
  });
  port.onMessage.addListener((raw: unknown) => {
    const accepted = accept(raw, lastSnapshots.get(port));
    if (!accepted.ok) return post(port, accepted.answer);
    lastSnapshots.set(port, accepted.message);
    void settingsLoaded.then(() => reanswer(port, accepted.message));
  });
});

// One-off messages (popup, tests) go through the same router, with the settings but no alerts.
browser.runtime.onMessage.addListener((raw: unknown) => settingsLoaded.then(() => route(raw, marketFor, stepsFor(undefined))));

listenToAlertClicks();

onSettingsChanged((changed) => {
  settings = changed;
  // New thresholds, fees or venues apply to what is on screen now, not at the next page change.
  for (const [port, message] of lastSnapshots) reanswer(port, message);
});

onAlarm((name) => {
  if (name === REFRESH_ALARM) void market.refreshAll();
});
void ensureAlarm(REFRESH_ALARM, 24 * 60).catch(() => undefined);
