// Background worker (Chrome service worker, Firefox event page). Listeners are registered at top
// level so a wake-up event is never missed. The worker keeps no state it can't rebuild: tier tables
// live in storage.local, and the last snapshot per port is resent by the content script on reconnect.
import { ensureAlarm, onAlarm } from '../platform/alarms';
import browser, { type Runtime } from '../platform/browser';
import { platformFetch } from '../platform/network';
import { localArea } from '../platform/storage';
import { PORT_NAME, type SnapshotMessage } from '../protocol/messages';
import { MarketService, symbolsOf } from './market/market-service';
import { TableStore } from './market/table-store';
import { accept, answer, route, type MarketFor } from './router';

const REFRESH_ALARM = 'refresh-market-data';

/** The last snapshot each open tab sent: re-estimated when a fetch brings a new table. */
const lastSnapshots = new Map<Runtime.Port, SnapshotMessage>();

const market = new MarketService({
  store: new TableStore(localArea),
  fetch: platformFetch,
  now: () => Date.now(),
  onUpdate: (venue, symbols) => {
    for (const [port, message] of lastSnapshots) {
      const snapshot = message.snapshot;
      if (snapshot.venue !== venue || !symbolsOf(snapshot).some((s) => symbols.includes(s))) continue;
      // The same seq: the content script takes it as a newer answer to the snapshot it last sent.
      void answer(message, marketFor).then((reply) => post(port, reply));
    }
  },
});

const marketFor: MarketFor = (snapshot) => market.lookupFor(snapshot);

function post(port: Runtime.Port, reply: unknown): void {
  try {
    port.postMessage(reply);
  } catch {
    // The tab went away between question and answer; nothing to tell.
    lastSnapshots.delete(port);
  }
}

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== PORT_NAME) {
    port.disconnect();
    return;
  }
  port.onDisconnect.addListener(() => lastSnapshots.delete(port));
  port.onMessage.addListener((raw: unknown) => {
    const accepted = accept(raw);
    if (!accepted.ok) return post(port, accepted.answer);
    lastSnapshots.set(port, accepted.message);
    void answer(accepted.message, marketFor).then((reply) => post(port, reply));
  });
});

// One-off messages (popup, tests) go through the same router.
browser.runtime.onMessage.addListener((raw: unknown) => route(raw, marketFor));

onAlarm((name) => {
  if (name === REFRESH_ALARM) void market.refreshAll();
});
void ensureAlarm(REFRESH_ALARM, 24 * 60).catch(() => undefined);
