// The tabs' open ports and the last snapshot each sent, and when each gets answered. A port's own
// new snapshot is answered at once; re-answers (new market data, new settings) wait in one queue
// with at most MAX_REANSWERS_AT_ONCE running, so a burst of ports re-answered together can't starve
// a page that just sent something (issue 17: with 100 ports, a normal page got no answer in 15 s).
// A port is answered one snapshot at a time, and a port already waiting is not queued twice.
import type { Venue } from '../model/types';
import type { SnapshotMessage } from '../protocol/messages';
import { symbolsOf } from '../market-data/market-service';

export const MAX_REANSWERS_AT_ONCE = 4;

interface PortState {
  message: SnapshotMessage;
  /** An answer for this port is being worked out. */
  running: boolean;
  /** What it needs next: its own new snapshot answered (first), or a re-answer. */
  wanted: 'fresh' | 'stale' | null;
}

export class OpenPorts<Port> {
  private readonly ports = new Map<Port, PortState>();
  private readonly reanswerQueue = new Set<Port>();
  private reanswersRunning = 0;

  /** `answer` estimates the snapshot and posts the reply on the port; it should not throw. */
  constructor(
    private readonly answer: (port: Port, message: SnapshotMessage) => Promise<void>,
    private readonly maxReanswers = MAX_REANSWERS_AT_ONCE,
  ) {}

  /** The last snapshot the port sent, which a patch builds on. */
  last(port: Port): SnapshotMessage | undefined {
    return this.ports.get(port)?.message;
  }

  /** The port sent a snapshot: answered now, or right after the answer it is waiting for. */
  received(port: Port, message: SnapshotMessage): void {
    const state = this.ports.get(port) ?? { message, running: false, wanted: null };
    state.message = message;
    state.wanted = 'fresh';
    this.ports.set(port, state);
    this.next(port, state);
  }

  closed(port: Port): void {
    this.ports.delete(port);
    this.reanswerQueue.delete(port);
  }

  /** New market data for these symbols of a venue: re-answers the ports whose snapshots use one. */
  symbolsChanged(venue: Venue, symbols: readonly string[]): void {
    this.reanswer(({ snapshot }) => snapshot.venue === venue && symbolsOf(snapshot).some((s) => symbols.includes(s)));
  }

  /** A watched Hyperliquid account's API state changed: re-answers the pages that show their wallet. */
  walletStatesChanged(): void {
    this.reanswer(({ snapshot }) => snapshot.wallet !== undefined);
  }

  /** Re-answers every port (the settings changed). */
  reanswerAll(): void {
    this.reanswer(() => true);
  }

  private reanswer(uses: (message: SnapshotMessage) => boolean): void {
    for (const [port, state] of this.ports) {
      if (!uses(state.message)) continue;
      if (state.wanted === null) state.wanted = 'stale';
      this.next(port, state);
    }
  }

  private next(port: Port, state: PortState): void {
    if (state.running || state.wanted === null) return;
    if (state.wanted === 'fresh') {
      this.reanswerQueue.delete(port);
      this.run(port, state);
      return;
    }
    this.reanswerQueue.add(port);
    this.pump();
  }

  private pump(): void {
    for (const port of this.reanswerQueue) {
      if (this.reanswersRunning >= this.maxReanswers) return;
      this.reanswerQueue.delete(port);
      const state = this.ports.get(port);
      if (state && !state.running && state.wanted === 'stale') this.run(port, state);
    }
  }

  private run(port: Port, state: PortState): void {
    const stale = state.wanted === 'stale';
    state.running = true;
    state.wanted = null;
    if (stale) this.reanswersRunning++;
    void this.answer(port, state.message)
      .catch(() => undefined)
      .finally(() => {
        state.running = false;
        if (stale) this.reanswersRunning--;
        if (this.ports.get(port) === state) this.next(port, state);
        this.pump();
      });
  }
}
