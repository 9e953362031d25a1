// One long-lived port per tab to the worker. The worker may stop at any moment, the extension may be
// reloaded, and the page may enter the back/forward cache (which closes ports): reconnect on demand
// and resend the latest snapshot, since the worker keeps nothing.
import browser, { type Runtime } from '../platform/browser';
import { portDisconnectError } from '../platform/port-error';
import { PORT_NAME, PROTOCOL_VERSION, type SnapshotMessage, type WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';

export interface PortClientOptions {
  onMessage(message: WorkerToContent): void;
  /** The extension context is gone (reloaded or removed): the content script must tear down. */
  onInvalidated(): void;
  signal: AbortSignal;
}

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export class PortClient {
  private port: Runtime.Port | null = null;
  private seq = 0;
  private latest: SnapshotMessage | null = null;

  constructor(private readonly options: PortClientOptions) {
    // Ports are closed when the page enters the back/forward cache; reconnect when it returns.
    addEventListener(
      'pageshow',
      (event) => {
        if (event.persisted) this.resend();
      },
      { signal: options.signal },
    );
    options.signal.addEventListener('abort', () => this.port?.disconnect(), { once: true });
  }

  /** Sends the page's latest state; returns its sequence number. */
  send(snapshot: PageSnapshot): number {
    this.seq += 1;
    this.latest = { type: 'snapshot', v: PROTOCOL_VERSION, seq: this.seq, snapshot };
    this.post(this.latest);
    return this.seq;
  }

  /** Sends the latest snapshot again over a fresh port (after the worker or the page came back). */
  resend(): void {
    this.port = null;
    if (this.latest) this.post(this.latest);
  }

  private connect(): Runtime.Port | null {
    if (this.options.signal.aborted) return null;
    if (!extensionAlive()) {
      this.options.onInvalidated();
      return null;
    }
    try {
      const port = browser.runtime.connect({ name: PORT_NAME });
      port.onMessage.addListener((message: unknown) => this.options.onMessage(message as WorkerToContent));
      port.onDisconnect.addListener(() => {
        // Read even though a reconnect on the next send is the answer to any reason: unread, Chrome
        // logs it into the page's console.
        portDisconnectError(port);
        if (this.port === port) this.port = null;
        if (!extensionAlive()) this.options.onInvalidated();
      });
      return port;
    } catch {
      this.options.onInvalidated();
      return null;
    }
  }

  private post(message: SnapshotMessage): void {
    this.port ??= this.connect();
    if (!this.port) return;
    try {
      this.port.postMessage(message);
    } catch {
      // The port died under us (worker stopped): one fresh attempt.
      this.port = this.connect();
      try {
        this.port?.postMessage(message);
      } catch {
        this.port = null;
      }
    }
  }
}
