// @vitest-environment happy-dom
// The port client against a fake runtime: the edge we can't reach in a unit test. (Chromium here
// refuses the back/forward cache to pages with extension ports, "EmbedderExtensionMessaging", so the
// bfcache path can't be driven end to end; Firefox and newer Chrome do cache such pages.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
class FakePort {
  posted: unknown[] = [];
  disconnected = false;
  private messageListeners: Listener[] = [];
  private disconnectListeners: Listener[] = [];
  onMessage = { addListener: (l: Listener) => this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: Listener) => this.disconnectListeners.push(l) };
  postMessage(message: unknown) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The other end went away (worker stopped, page entered the bfcache); Chrome sets lastError only during the listeners. */
  drop(lastError?: { message: string }) {
    this.disconnected = true;
    runtime.setLastError(lastError);
    for (const l of this.disconnectListeners) l(this);
    runtime.setLastError(undefined);
  }
  answer(message: unknown) {
    for (const l of this.messageListeners) l(message);
  }
}

/** Like Chrome's: lastError counts as checked once read while set; unchecked ones are what Chrome logs. */
const runtime = {
  id: 'liqcheck' as string | undefined,
  ports: [] as FakePort[],
  connect: vi.fn(),
  current: undefined as { message: string } | undefined,
  checked: false,
  unchecked: [] as string[],
  get lastError() {
    if (this.current) this.checked = true;
    return this.current;
  },
  setLastError(error: { message: string } | undefined) {
    if (this.current && !this.checked) this.unchecked.push(this.current.message);
    this.current = error;
    this.checked = false;
  },
};
runtime.connect.mockImplementation(() => {
  const port = new FakePort();
  runtime.ports.push(port);
  return port;
});
// The content script's platform layer finds Chrome's `chrome` global (no promise-based `browser`).
(globalThis as unknown as { chrome: unknown }).chrome = { runtime };

const { PortClient } = await import('./port-client');
const snapshot = { venue: 'binance-usdm', symbol: 'BTCUSDT' } as never;

const lifetimes: AbortController[] = [];
afterEach(() => {
  for (const l of lifetimes.splice(0)) l.abort();
});

function client() {
  const lifetime = new AbortController();
  lifetimes.push(lifetime);
  const onMessage = vi.fn();
  const onInvalidated = vi.fn();
  return { port: new PortClient({ onMessage, onInvalidated, signal: lifetime.signal }), onMessage, onInvalidated, lifetime };
}

beforeEach(() => {
  runtime.id = 'liqcheck';
  runtime.ports.length = 0;
  runtime.connect.mockClear();
  runtime.unchecked.length = 0;
});

describe('PortClient', () => {
  it('connects once and sends every snapshot over the same port with a growing seq', () => {
    const { port } = client();
    expect(port.send(snapshot)).toBe(1);
    expect(port.send(snapshot)).toBe(2);
    expect(runtime.connect).toHaveBeenCalledTimes(1);
    // The second is the changes to the first: none, the very same snapshot.
    expect(runtime.ports[0]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }, { type: 'snapshot-patch', seq: 2, base: 1, changes: {} }]);
  });

  it('sends a changed panel and a changed row, the unchanged rows by their index in the last snapshot', () => {
    const { port } = client();
    const rows = [{ key: 'BTCUSDT:long' }, { key: 'ETHUSDT:short' }];
    const first = { venue: 'binance-usdm', symbol: 'BTCUSDT', market: { m: 1 }, order: null, account: null, positions: { rows, declaredCount: { ok: true, value: 2 } } };
    const moved = { key: 'BTCUSDT:long', mark: 2 };
    const second = { ...first, market: { m: 2 }, positions: { rows: [moved, rows[1]], declaredCount: first.positions.declaredCount } };
    port.send(first as never);
    port.send(second as never);
    expect(runtime.ports[0]!.posted[1]).toEqual({
      type: 'snapshot-patch', v: 1, seq: 2, base: 1,
      changes: { market: { m: 2 }, positions: { rows: [moved, 1], declaredCount: { ok: true, value: 2 } } },
    });
  });

  it('another symbol goes whole', () => {
    const { port } = client();
    port.send(snapshot);
    port.send({ venue: 'binance-usdm', symbol: 'ETHUSDT' } as never);
    expect(runtime.ports[0]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }, { type: 'snapshot', seq: 2 }]);
  });

  it('the worker does not know the base: the latest goes again, whole, and the error is not passed on', () => {
    const { port, onMessage } = client();
    port.send(snapshot);
    port.send(snapshot);
    runtime.ports[0]!.answer({ type: 'error', v: 1, seq: 2, error: { code: 'unknown-base', path: 'message.base', message: '' } });
    expect(runtime.ports[0]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }, { type: 'snapshot-patch', seq: 2 }, { type: 'snapshot', seq: 2 }]);
    expect(onMessage).not.toHaveBeenCalled();
    port.send(snapshot);
    expect(runtime.ports[0]!.posted[3]).toMatchObject({ type: 'snapshot-patch', seq: 3, base: 2 });
  });

  it('delivers the worker\'s answers', () => {
    const { port, onMessage } = client();
    port.send(snapshot);
    runtime.ports[0]!.answer({ type: 'estimates', seq: 1 });
    expect(onMessage).toHaveBeenCalledWith({ type: 'estimates', seq: 1 });
  });

  it('rebuilds an answer sent as its changes to the last one, keeping what did not change', () => {
    const { port, onMessage } = client();
    port.send(snapshot);
    const btc = { key: 'BTCUSDT:long', metrics: { markPrice: '61000.0' } };
    const eth = { key: 'ETHUSDT:short', metrics: { markPrice: '3000.00' } };
    const first = { symbol: 'BTCUSDT', positions: [btc, eth], order: null, warnings: [] };
    runtime.ports[0]!.answer({ type: 'estimates', v: 1, seq: 1, result: first });
    port.send(snapshot);
    runtime.ports[0]!.answer({ type: 'estimates-patch', v: 1, seq: 2, patch: { k: { positions: { i: { 0: { k: { metrics: { k: { markPrice: { v: '61000.1' } } } } } } } } } });
    const second = onMessage.mock.calls[1]![0] as { type: string; seq: number; result: typeof first };
    expect(second).toMatchObject({ type: 'estimates', seq: 2 });
    expect(second.result).toEqual({ ...first, positions: [{ ...btc, metrics: { markPrice: '61000.1' } }, eth] });
    expect(second.result.positions[1]).toBe(eth);
    expect(second.result.warnings).toBe(first.warnings);
    // Nothing changed: the same answer again, for the newer seq.
    runtime.ports[0]!.answer({ type: 'estimates-patch', v: 1, seq: 3, patch: null });
    expect(onMessage.mock.calls[2]![0]).toEqual({ type: 'estimates', v: 1, seq: 3, result: second.result });
  });

  it('a patch with nothing to patch, or that does not fit, is not passed on: the latest snapshot goes whole on a fresh port', () => {
    const { port, onMessage } = client();
    port.send(snapshot);
    runtime.ports[0]!.answer({ type: 'estimates-patch', v: 1, seq: 1, patch: { k: {} } });
    expect(onMessage).not.toHaveBeenCalled();
    expect(runtime.ports[0]!.disconnected).toBe(true);
    expect(runtime.ports[1]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }]);
    runtime.ports[1]!.answer({ type: 'estimates', v: 1, seq: 1, result: { symbol: 'BTCUSDT', positions: [] } });
    runtime.ports[1]!.answer({ type: 'estimates-patch', v: 1, seq: 1, patch: { k: { positions: { i: { 3: { v: 1 } } } } } });
    expect(onMessage).toHaveBeenCalledTimes(1);
    expect(runtime.ports[2]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }]);
  });

  it('reconnects on the next send after the worker stopped', () => {
    const { port } = client();
    port.send(snapshot);
    runtime.ports[0]!.drop();
    port.send(snapshot);
    expect(runtime.connect).toHaveBeenCalledTimes(2);
    // A fresh port: the worker there has nothing to patch, so the snapshot goes whole.
    expect(runtime.ports[1]!.posted).toMatchObject([{ type: 'snapshot', seq: 2 }]);
  });

  it('resends the latest snapshot on a fresh port when the page returns from the back/forward cache', () => {
    const { port } = client();
    port.send(snapshot);
    runtime.ports[0]!.drop();
    const event = new Event('pageshow') as Event & { persisted: boolean };
    Object.defineProperty(event, 'persisted', { value: true });
    dispatchEvent(event);
    expect(runtime.ports).toHaveLength(2);
    expect(runtime.ports[1]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }]);
  });

  it('a dead port is replaced within the same send', () => {
    const { port } = client();
    port.send(snapshot);
    runtime.ports[0]!.disconnected = true; // died without telling us
    port.send(snapshot);
    expect(runtime.ports[1]!.posted).toMatchObject([{ type: 'snapshot', seq: 2 }]);
  });

  it('tells the content script to tear down when the extension is gone', () => {
    const { port, onInvalidated } = client();
    port.send(snapshot);
    runtime.id = undefined; // extension reloaded or removed
    runtime.ports[0]!.drop();
    expect(onInvalidated).toHaveBeenCalled();
    port.send(snapshot);
    expect(runtime.connect).toHaveBeenCalledTimes(1);
  });

  it('reads lastError when the port closes with one (unread, Chrome logs it into the page), and still reconnects', () => {
    const { port } = client();
    port.send(snapshot);
    runtime.ports[0]!.drop({ message: 'Could not establish connection. Receiving end does not exist.' });
    expect(runtime.unchecked).toEqual([]);
    port.send(snapshot);
    expect(runtime.ports[1]!.posted).toMatchObject([{ seq: 2 }]);
  });

  it('disconnects when its lifetime ends', () => {
    const { port, lifetime } = client();
    port.send(snapshot);
    lifetime.abort();
    expect(runtime.ports[0]!.disconnected).toBe(true);
  });
});
