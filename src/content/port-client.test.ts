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
  /** The other end went away (worker stopped, page entered the bfcache). */
  drop() {
    this.disconnected = true;
    for (const l of this.disconnectListeners) l(this);
  }
  answer(message: unknown) {
    for (const l of this.messageListeners) l(message);
  }
}

const runtime = { id: 'liqcheck' as string | undefined, ports: [] as FakePort[], connect: vi.fn() };
runtime.connect.mockImplementation(() => {
  const port = new FakePort();
  runtime.ports.push(port);
  return port;
});
vi.mock('../platform/browser', () => ({ default: { runtime } }));

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
});

describe('PortClient', () => {
  it('connects once and sends every snapshot over the same port with a growing seq', () => {
    const { port } = client();
    expect(port.send(snapshot)).toBe(1);
    expect(port.send(snapshot)).toBe(2);
    expect(runtime.connect).toHaveBeenCalledTimes(1);
    expect(runtime.ports[0]!.posted).toMatchObject([{ type: 'snapshot', seq: 1 }, { type: 'snapshot', seq: 2 }]);
  });

  it('delivers the worker\'s answers', () => {
    const { port, onMessage } = client();
    port.send(snapshot);
    runtime.ports[0]!.answer({ type: 'estimates', seq: 1 });
    expect(onMessage).toHaveBeenCalledWith({ type: 'estimates', seq: 1 });
  });

  it('reconnects on the next send after the worker stopped', () => {
    const { port } = client();
    port.send(snapshot);
    runtime.ports[0]!.drop();
    port.send(snapshot);
    expect(runtime.connect).toHaveBeenCalledTimes(2);
    expect(runtime.ports[1]!.posted).toMatchObject([{ seq: 2 }]);
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
    expect(runtime.ports[1]!.posted).toMatchObject([{ seq: 2 }]);
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

  it('disconnects when its lifetime ends', () => {
    const { port, lifetime } = client();
    port.send(snapshot);
    lifetime.abort();
    expect(runtime.ports[0]!.disconnected).toBe(true);
  });
});
