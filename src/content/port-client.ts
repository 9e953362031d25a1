// One long-lived port per tab to the worker. The worker may stop at any moment, the extension may be
// reloaded, and the page may enter the back/forward cache (which closes ports): reconnect on demand
// and resend the latest snapshot, since the worker keeps nothing.
import type { Runtime } from 'webextension-polyfill';
import { contentApi } from '../platform/content-api';
import { portDisconnectError } from '../platform/port-error';
import { applyJsonPatch, type JsonPatch } from '../protocol/json-patch';
import type { EstimatesResult } from '../protocol/estimates';
import { PORT_NAME, PROTOCOL_VERSION, type ContentToWorker, type PortToContent, type WorkerToContent } from '../protocol/messages';
import type { PageSnapshot } from '../protocol/snapshot';
import { diffSnapshot } from '../protocol/snapshot-patch';

export interface PortClientOptions {
  onMessage(message: WorkerToContent): void;
  /** The extension context is gone (reloaded or removed): the content script must tear down. */
  onInvalidated(): void;
  signal: AbortSignal;
}

export function extensionAlive(): boolean {
  try {
    return Boolean(contentApi.runtimeId());
  } catch {
    return false;
  }
}

export class PortClient {
  #port: Runtime.Port | null = null;
  #seq = 0;
  #latest: Sent | null = null;
  /** The last snapshot posted on this port: the next one goes as the changes to it. */
  #base: Sent | null = null;

  readonly #options: PortClientOptions;

  constructor(options: PortClientOptions) {
    this.#options = options;
    // Ports are closed when the page enters the back/forward cache; reconnect when it returns.
    addEventListener(
      'pageshow',
      (event) => {
        if (event.persisted) this.resend();
      },
      { signal: options.signal },
    );
    options.signal.addEventListener('abort', () => this.#port?.disconnect(), { once: true });
  }

  /** Sends the page's latest state; returns its sequence number. */
  send(snapshot: PageSnapshot): number {
    this.#seq += 1;
    this.#latest = { seq: this.#seq, snapshot };
    this.#post(this.#latest);
    return this.#seq;
  }

  /** Sends the latest snapshot again, whole, over a fresh port (after the worker or the page came back). */
  resend(): void {
    this.#port = null;
    if (this.#latest) this.#post(this.#latest);
  }

  #connect(): Runtime.Port | null {
    if (this.#options.signal.aborted) return null;
    if (!extensionAlive()) {
      this.#options.onInvalidated();
      return null;
    }
    try {
      const port = contentApi.connect(PORT_NAME);
      /** The last answer on this port, which the next one may come as changes to. */
      let answer: EstimatesResult | null = null;
      port.onMessage.addListener((raw: unknown) => {
        let message = raw as PortToContent;
        if (message.type === 'estimates-patch') {
          const rebuilt = answer && patched(answer, message.patch);
          if (!rebuilt) {
            // Nothing to patch, or a patch that doesn't fit (never on one port, which keeps order):
            // start afresh, whole both ways.
            if (this.#port === port) {
              port.disconnect();
              this.resend();
            }
            return;
          }
          answer = rebuilt;
          message = { type: 'estimates', v: message.v, seq: message.seq, result: answer };
        } else if (message.type === 'estimates') answer = message.result;
        // The worker lost track of this port's snapshots: the latest goes again, whole.
        if (message.type === 'error' && message.error.code === 'unknown-base') {
          this.#base = null;
          if (this.#latest && message.seq === this.#latest.seq && this.#port === port) this.#post(this.#latest);
          return;
        }
        this.#options.onMessage(message);
      });
      port.onDisconnect.addListener(() => {
        // Read even though a reconnect on the next send is the answer to any reason: unread, Chrome
        // logs it into the page's console.
        portDisconnectError(port);
        if (this.#port === port) this.#port = null;
        if (!extensionAlive()) this.#options.onInvalidated();
      });
      return port;
    } catch {
      this.#options.onInvalidated();
      return null;
    }
  }

  #post(sent: Sent): void {
    if (!this.#port) {
      this.#port = this.#connect();
      this.#base = null;
    }
    if (!this.#port) return;
    try {
      this.#port.postMessage(this.#message(sent));
    } catch {
      // The port died under us (worker stopped): one fresh attempt, whole.
      this.#port = this.#connect();
      this.#base = null;
      try {
        this.#port?.postMessage(this.#message(sent));
      } catch {
        this.#port = null;
      }
    }
    this.#base = this.#port ? sent : null;
  }

  /** The snapshot whole, or as its changes to the last one posted on this port. */
  #message({ seq, snapshot }: Sent): ContentToWorker {
    const changes = this.#base && diffSnapshot(this.#base.snapshot, snapshot);
    if (this.#base && changes) return { type: 'snapshot-patch', v: PROTOCOL_VERSION, seq, base: this.#base.seq, changes };
    return { type: 'snapshot', v: PROTOCOL_VERSION, seq, snapshot };
  }
}

interface Sent {
  seq: number;
  snapshot: PageSnapshot;
}

function patched(answer: EstimatesResult, patch: JsonPatch | null): EstimatesResult | null {
  try {
    return patch ? (applyJsonPatch(answer, patch) as EstimatesResult) : answer;
  } catch {
    return null;
  }
}
