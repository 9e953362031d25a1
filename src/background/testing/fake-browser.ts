// Test-only: the browser APIs the worker (src/background/index.ts) touches, in memory, so a test can
// start the real worker, connect ports and count what it posts. Storage serves one call at a time,
// in order, like the browser's storage backend: work queued ahead of a call delays it.
import { PORT_NAME } from '../../protocol/messages';

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    emit: (...args: unknown[]) => listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)),
  };
}

/** An area whose calls are served one at a time, each after a turn of the event loop. */
function serialArea(counter: { calls: number }) {
  const data = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();
  const serve = <T>(work: () => T): Promise<T> => {
    const done = queue.then(async () => {
      await new Promise((r) => setTimeout(r, 0));
      counter.calls++;
      return work();
    });
    queue = done.catch(() => undefined);
    return done;
  };
  return {
    data,
    get: (keys: string | string[] | null) =>
      serve(() => {
        const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      }),
    set: (items: Record<string, unknown>) =>
      serve(() => {
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      }),
    remove: (keys: string | string[]) =>
      serve(() => {
        for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
      }),
  };
}

export interface FakePort {
  name: string;
  sender: { tab: { id: number } };
  posted: unknown[];
  postMessage(message: unknown): void;
  onMessage: ReturnType<typeof event>;
  onDisconnect: ReturnType<typeof event>;
}

export function fakeBrowser() {
  const storageCalls = { calls: 0 };
  const runtime = { onConnect: event(), onMessage: event(), onInstalled: event(), onStartup: event(), getURL: (path: string) => path };
  const noop = async () => undefined;
  const browser = {
    runtime,
    storage: { local: serialArea(storageCalls), sync: serialArea(storageCalls), session: serialArea(storageCalls), onChanged: event() },
    alarms: { get: noop, create: noop, onAlarm: event() },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
    action: { setBadgeText: noop, setBadgeBackgroundColor: noop, setTitle: noop, setIcon: noop },
    notifications: { create: noop, clear: noop, onClicked: event() },
    tabs: { update: noop },
    windows: { update: noop },
  };
  /** Opens a port from a tab, as a content script would; `onPost` sees every message the worker posts. */
  const connect = (tabId: number, onPost: (message: unknown) => void = () => undefined): FakePort => {
    const port: FakePort = {
      name: PORT_NAME,
      sender: { tab: { id: tabId } },
      posted: [],
      postMessage(message) {
        port.posted.push(message);
        onPost(message);
      },
      onMessage: event(),
      onDisconnect: event(),
    };
    runtime.onConnect.emit(port);
    return port;
  };
  return { browser, connect, storageCalls };
}
