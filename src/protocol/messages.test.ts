// Every message reaching the worker is checked at run time: good ones pass intact, bad ones get a
// typed error naming the bad field, and nothing (fuzzed) makes the check throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../background/market-data';
import { route } from '../background/router';
import { order, row, snapshot } from '../background/testing/make-snapshot';
import { parseContentMessage } from './messages';

const good = () => ({
  type: 'snapshot',
  v: 1,
  seq: 7,
  snapshot: snapshot({
    rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '90361.4' })],
    order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }),
    wallet: '1000',
    mark: '100000',
  }),
});

describe('parseContentMessage', () => {
  it('accepts a well-formed snapshot unchanged', () => {
    const message = good();
    const parsed = parseContentMessage(JSON.parse(JSON.stringify(message)));
    expect(parsed).toEqual({ ok: true, message });
  });

  it.each([
    ['not an object', 42, 'bad-message', 'message'],
    ['unknown type', { type: 'launch-missiles', seq: 3 }, 'unknown-type', 'message.type'],
    ['missing type', { seq: 3 }, 'bad-message', 'message.type'],
  ])('%s -> %s', (_name, raw, code, path) => {
    const parsed = parseContentMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.error).toMatchObject({ code, path });
  });

  it('a float where a decimal string belongs is named by its path', () => {
    const message = good();
    (message.snapshot.positions!.rows[0]!.entryPrice as unknown) = { ok: true, value: 100000 };
    const parsed = parseContentMessage(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatchObject({ type: 'error', seq: 7, error: { code: 'bad-message', path: 'message.snapshot.positions.rows[0].entryPrice.value' } });
    }
  });

  it.each(['NaN', 'Infinity', '1e', '1,000', ' 1', '0x10', ''])('rejects the non-decimal string %j', (value) => {
    const message = good();
    (message.snapshot.market.markPrice as unknown) = { ok: true, value };
    expect(parseContentMessage(message).ok).toBe(false);
  });

  it('rejects unexpected fields (a newer or hostile sender)', () => {
    const message = { ...good(), extra: 1 };
    const parsed = parseContentMessage(message);
    expect(parsed.ok === false && parsed.error.error.path).toBe('message.extra');
  });
});

describe('route', () => {
  const bundled = async () => bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

  it('answers a snapshot with estimates for the same seq', async () => {
    const answer = await route(good(), bundled);
    expect(answer.type).toBe('estimates');
    expect(answer.seq).toBe(7);
  });

  it('never throws and always answers with a typed message, whatever arrives', async () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true });
    const mutated = fc.record({ path: fc.array(fc.constantFrom('snapshot', 'positions', 'rows', 0, 'order', 'size', 'value', 'ok', 'market'), { maxLength: 5 }), value: anything });
    await fc.assert(
      fc.asyncProperty(fc.oneof(anything, mutated.map(({ path, value }) => setPath(good(), path, value))), async (raw) => {
        const answer = await route(raw, bundled);
        expect(['estimates', 'error']).toContain(answer.type);
        if (answer.type === 'error') expect(['bad-message', 'unknown-type', 'internal']).toContain(answer.error.code);
      }),
      { numRuns: 2000 },
    );
  });
});

function setPath(target: unknown, path: (string | number)[], value: unknown): unknown {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) return target;
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
  return target;
}
