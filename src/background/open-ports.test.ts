// Which ports are answered again, and when: only those whose snapshots use a symbol that changed,
// at most MAX_REANSWERS_AT_ONCE at a time, each port once however many updates arrive, and a port's
// own new snapshot ahead of every re-answer.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type SnapshotMessage } from '../protocol/messages';
import { MAX_REANSWERS_AT_ONCE, OpenPorts } from './open-ports';
import { row, snapshot } from './testing/make-snapshot';
import type { Venue } from '../model/types';

const message = (venue: Venue, symbol: string, rows: string[] = [], seq = 1): SnapshotMessage => ({
  type: 'snapshot',
  v: PROTOCOL_VERSION,
  seq,
  snapshot: snapshot({ venue, symbol, rows: rows.map((s) => row({ symbol: s, side: 'long', mode: 'isolated', size: '1', entry: '1', mark: '1' })) }),
});

/** Answers that finish only when the test says so. */
function held() {
  const running: { port: string; seq: number; finish: () => void }[] = [];
  const answered: string[] = [];
  let most = 0;
  const ports = new OpenPorts<string>(
    (port, m) =>
      new Promise<void>((resolve) => {
        running.push({
          port,
          seq: m.seq,
          finish: () => {
            answered.push(port);
            resolve();
          },
        });
        most = Math.max(most, running.length);
      }),
  );
  const finishAll = async () => {
    for (let i = 0; i < 1000 && running.length > 0; i++) {
      running.splice(0).forEach((r) => r.finish());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { ports, running, answered, finishAll, most: () => most };
}

describe('OpenPorts', () => {
  it('re-answers only the ports whose snapshots use a changed symbol of that venue', async () => {
    const { ports, answered, finishAll } = held();
    ports.received('eth-page', message('bybit', 'ETHUSDT'));
    ports.received('btc-page-eth-row', message('bybit', 'BTCUSDT', ['ETHUSDT']));
    ports.received('btc-page', message('bybit', 'BTCUSDT'));
    ports.received('okx', message('okx', 'ETH-USDT-SWAP'));
    ports.received('hl-eth', message('hyperliquid', 'ETH'));
    await finishAll();
    answered.length = 0;
    ports.symbolsChanged('bybit', ['ETHUSDT']);
    await finishAll();
    expect(answered.sort()).toEqual(['btc-page-eth-row', 'eth-page']);
  });

  it(`runs at most ${MAX_REANSWERS_AT_ONCE} re-answers at once; every port is still answered`, async () => {
    const { ports, running, answered, finishAll, most } = held();
    const names = Array.from({ length: 100 }, (_, i) => `p${i}`);
    for (const p of names) ports.received(p, message('bybit', 'ETHUSDT'));
    await finishAll();
    answered.length = 0;
    ports.symbolsChanged('bybit', ['ETHUSDT']);
    expect(running).toHaveLength(MAX_REANSWERS_AT_ONCE);
    const before = most();
    await finishAll();
    expect(answered.sort()).toEqual([...names].sort());
    expect(before).toBe(100); // the first snapshots: each answered at once
  });

  it('a port waiting for a re-answer is queued once, however many updates arrive', async () => {
    const { ports, running, answered, finishAll } = held();
    ports.received('page', message('bybit', 'BTCUSDT', ['ETHUSDT', 'SOLUSDT']));
    await finishAll();
    answered.length = 0;
    for (let i = 0; i < 50; i++) ports.symbolsChanged('bybit', [i % 2 ? 'ETHUSDT' : 'SOLUSDT']);
    expect(running).toHaveLength(1);
    await finishAll();
    // One running when the updates came, one after it for the updates that arrived meanwhile.
    expect(answered).toEqual(['page', 'page']);
  });

  it("a port's own new snapshot is answered at once, ahead of queued re-answers, and a closed port is not answered", async () => {
    const { ports, running, finishAll } = held();
    for (let i = 0; i < 10; i++) ports.received(`busy${i}`, message('bybit', 'ETHUSDT'));
    ports.received('gone', message('bybit', 'ETHUSDT'));
    await finishAll();
    ports.symbolsChanged('bybit', ['ETHUSDT']);
    ports.closed('gone');
    ports.received('normal', message('bybit', 'BTCUSDT', [], 7));
    expect(running.map((r) => r.port)).toContain('normal');
    expect(running.find((r) => r.port === 'normal')?.seq).toBe(7);
    const seen: string[] = [];
    for (let i = 0; i < 100 && running.length > 0; i++) {
      seen.push(...running.map((r) => r.port));
      running.splice(0).forEach((r) => r.finish());
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(seen).not.toContain('gone');
  });

  it('a snapshot sent while its previous one is being answered is answered next, the latest only', async () => {
    const { ports, running, finishAll } = held();
    ports.received('page', message('bybit', 'BTCUSDT', [], 1));
    ports.received('page', message('bybit', 'BTCUSDT', [], 2));
    ports.received('page', message('bybit', 'BTCUSDT', [], 3));
    expect(running.map((r) => r.seq)).toEqual([1]);
    running.shift()!.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(running.map((r) => r.seq)).toEqual([3]);
    await finishAll();
  });
});
