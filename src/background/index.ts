// Background worker (Chrome service worker, Firefox event page). Listeners are registered at top
// level so a wake-up event is never missed. The worker keeps no state it can't rebuild: tier tables
// live in storage.local, settings in storage.sync (cached here, reloaded on start), alert debounce
// in storage.session, and the last snapshot per port is resent by the content script on reconnect.
import { useMessages } from '../i18n/t';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import browser, { type Runtime } from '../platform/browser';
import { browserMessages } from '../platform/i18n';
import { platformFetch } from '../platform/network';
import { cachedArea } from '../platform/cached-area';
import { localArea, onStorageChanged, syncArea } from '../platform/storage';
import type { EstimatesResult } from '../protocol/estimates';
import { diffJson } from '../protocol/json-patch';
import { PORT_NAME, PROTOCOL_VERSION, type PortToContent, type SnapshotMessage, type WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { loadSettings, onSettingsChanged } from '../settings/store';
import { isOlderSettings, migrateStoredSettings } from '../settings/migrate-stored';
import { SETTINGS_KEY } from '../settings/settings';
import { applyAlerts, clearAlertBadge, listenToAlertClicks } from './alerts';
import { concurrencyGate, NewSymbolBudget } from '../market-data/fetch-budget';
import { MarketService } from '../market-data/market-service';
import { TableStore } from '../market-data/table-store';
import { OpenPorts } from './open-ports';
import { createRiskStep } from './risk/risk-step';
import { accept, answer, pageMarks, route, type AnswerSteps, type MarketFor } from './router';
import { watchHyperliquidAccounts } from './watch-accounts';
import { keptAccounts, type KeptAccount } from './page-account-match';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';

useMessages(browserMessages);

// Older stored settings are written back in the current shape, for the content script, which reads
// only that (src/settings/migrate-stored.ts): on install or update, on browser start, and when an
// older Liqcheck in another synced browser saves them.
const migrateSettingsInStorage = () => void migrateStoredSettings(syncArea);
browser.runtime.onInstalled.addListener(migrateSettingsInStorage);
browser.runtime.onStartup.addListener(migrateSettingsInStorage);
onStorageChanged('sync', (changed) => {
  if (isOlderSettings(changed[SETTINGS_KEY])) migrateSettingsInStorage();
});

const REFRESH_ALARM = 'refresh-market-data';

/** The trader's settings: defaults until storage answers, then kept current by change events. */
let settings: Settings = DEFAULT_SETTINGS;
const settingsLoaded = loadSettings().then((loaded) => {
  settings = loaded;
});

/** storage.local for the tier tables and volatility, read for every answer: from memory after the first read. */
const tablesArea = cachedArea(localArea, (callback) => void onStorageChanged('local', callback));

/** What a page may make the worker ask the venues for, tier tables and candles together (issue 17). */
const budget = new NewSymbolBudget();
const gate = concurrencyGate();

const market = new MarketService({
  budget,
  gate,
  store: new TableStore(tablesArea),
  fetch: platformFetch,
  now: () => Date.now(),
  onUpdate: (venue, symbols) => openPorts.symbolsChanged(venue, symbols),
});

const marketFor: MarketFor = (snapshot) => market.lookupFor(snapshot);

/** Funding erosion and touch probabilities; volatility from public candles, cached in storage.local. */
const risk = createRiskStep({
  budget,
  gate,
  area: tablesArea,
  fetch: platformFetch,
  now: () => Date.now(),
  // New candles: re-answer the tabs showing that symbol.
  onUpdate: (venue, symbol) => openPorts.symbolsChanged(venue, [symbol]),
});

function tabOf(port: Runtime.Port): number | undefined {
  return port.sender?.tab?.id;
}

/**
 * The watched Hyperliquid addresses and their kept states, for pages that show a wallet: read from
 * storage.local once and kept until the list or a state changes (a busy page asks several times a second).
 */
let keptNow: Promise<readonly KeptAccount[]> | undefined;
const keptAccountsNow = (): Promise<readonly KeptAccount[]> =>
  (keptNow ??= keptAccounts(localArea).catch(() => {
    keptNow = undefined;
    return [];
  }));

/** The steps after the estimate for a tab: risk tools, then alerts (which need the tab for the badge). */
function stepsFor(tabId: number | undefined): AnswerSteps {
  return {
    settings,
    accounts: keptAccountsNow,
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
    openPorts.closed(port);
    lastAnswers.delete(port);
  }
}

/**
 * The last snapshot each open tab sent, answered when it arrives and again (the same seq: the content
 * script takes it as a newer answer) when a fetch brings a new table or the settings change.
 */
const openPorts = new OpenPorts<Runtime.Port>(async (port, message: SnapshotMessage) => {
  await settingsLoaded;
  post(port, await answer(message, marketFor, stepsFor(tabOf(port))));
});

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== PORT_NAME) {
    port.disconnect();
    return;
  }
  port.onDisconnect.addListener(() => {
    openPorts.closed(port);
    lastAnswers.delete(port);
    const tabId = tabOf(port);
    if (tabId !== undefined) void clearAlertBadge(tabId).catch(() => undefined);
  });
  port.onMessage.addListener((raw: unknown) => {
    const accepted = accept(raw, openPorts.last(port));
    if (!accepted.ok) return post(port, accepted.answer);
    openPorts.received(port, accepted.message);
  });
});

// One-off messages (popup, tests) go through the same router, with the settings but no alerts.
browser.runtime.onMessage.addListener((raw: unknown) => settingsLoaded.then(() => route(raw, marketFor, stepsFor(undefined))));

listenToAlertClicks();

// A new watch list or a watched address's new API state (the poll, once a minute): the pages showing a wallet are answered again.
onStorageChanged('local', (changed) => {
  if (!Object.keys(changed).some((key) => key === WATCH_KEY || key.startsWith(stateKey('')))) return;
  keptNow = undefined;
  openPorts.walletStatesChanged();
});

onSettingsChanged((changed) => {
  settings = changed;
  // New thresholds, fees or venues apply to what is on screen now, not at the next page change.
  openPorts.reanswerAll();
});

onAlarm((name) => {
  if (name === REFRESH_ALARM) void market.refreshAll();
});
void ensureAlarm(REFRESH_ALARM, 24 * 60).catch(() => undefined);

// Hyperliquid accounts the trader watches by address (options): polled once a minute.
watchHyperliquidAccounts(market);
