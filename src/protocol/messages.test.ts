// Every message reaching the worker is checked at run time: good ones pass intact, bad ones get a
// typed error naming the bad field, and nothing (fuzzed) makes the check throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import { route } from '../background/router';
import { order, row, snapshot } from '../background/testing/make-snapshot';
import { parseContentMessage } from './parse-message';

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

  it("carries the short's own leverage, and checks it like the other figures", () => {
    const message = good();
    message.snapshot.order!.shortLeverage = { ok: true, value: '10' };
    expect(parseContentMessage(JSON.parse(JSON.stringify(message)))).toEqual({ ok: true, message });
    (message.snapshot.order!.shortLeverage as unknown) = { ok: true, value: 10 };
    const parsed = parseContentMessage(message);
    expect(parsed.ok === false && parsed.error.error.path).toBe('message.snapshot.order.shortLeverage.value');
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

  // 10,000 messages: garbage of every JS kind, the good message with one field broken at a known
  // path, and good messages. Each invalid one must get a typed error naming where it is bad (the
  // broken field or a container of it), each good one its estimates; nothing throws.
  it('10,000 fuzzed messages: every invalid one gets a typed error, every valid one its estimates', async () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true });
    const leaves = leafPaths(good(), []);
    const garbage = anything.map((raw) => ({ kind: 'garbage' as const, raw }));
    const broken = fc.tuple(fc.constantFrom(...leaves), fc.oneof(anything, fc.constant(undefined))).map(([path, value]) => {
      const raw = setPath(good(), path, wrongFor(valueAt(good(), path), value));
      return { kind: 'broken' as const, raw, path: pathText(path) };
    });
    // Names an object inherits count too: JSON.parse makes an own "__proto__" or "constructor" key.
    const extraKey = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'));
    const extra = fc.tuple(fc.constantFrom(...objectPaths(good(), [])), extraKey, anything).map(([path, key, value]) => {
      const message = good() as Record<string, unknown>;
      const node = (path.length === 0 ? message : valueAt(message, path)) as Record<string, unknown>;
      const fresh = Object.prototype.hasOwnProperty.call(node, key) ? `${key}_extra` : key;
      Object.defineProperty(node, fresh, { value, enumerable: true, configurable: true, writable: true });
      return { kind: 'broken' as const, raw: message, path: pathText([...path, fresh]) };
    });
    const valid = fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }).map((seq) => ({ kind: 'valid' as const, raw: { ...good(), seq }, seq }));
    let counts = { garbage: 0, broken: 0, valid: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(garbage, broken, extra, valid), async (c) => {
        counts = { ...counts, [c.kind]: counts[c.kind] + 1 };
        // What crosses a port is cloned: the worker sees no shared references to mutate.
        const answer = await route(c.raw, bundled);
        if (c.kind === 'valid') {
          expect(answer).toMatchObject({ type: 'estimates', v: 1, seq: c.seq });
          return;
        }
        expect(answer.type).toBe('error');
        if (answer.type !== 'error') return;
        expect(answer.v).toBe(1);
        expect(['bad-message', 'unknown-type']).toContain(answer.error.code);
        expect(typeof answer.error.message).toBe('string');
        expect(answer.error.message.length).toBeGreaterThan(0);
        expect(answer.error.path).toMatch(/^message(\.|\[|$)/);
        if (c.kind === 'broken') {
          // The reported path is the broken field, one of its containers, inside the value put there,
          // or a sibling (a Reading whose "ok" changed is then checked against the other shape).
          const [a, b] = [answer.error.path, c.path];
          const parent = b.slice(0, Math.max(b.lastIndexOf('.'), b.lastIndexOf('[')));
          const within = (x: string, y: string) => x === y || x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
          const related = within(b, a) || within(a, parent);
          expect(related, `${a} vs ${b}`).toBe(true);
          // A broken message keeps its integer seq (7) unless seq itself was broken: the reply is addressed.
          if (c.path !== 'message.seq') expect(answer.seq).toBe(7);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(counts.garbage + counts.broken + counts.valid).toBe(10_000);
    // Each kind was really exercised.
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(1000);
  }, 120_000);
});

type Path = (string | number)[];

/** Every leaf (non-object value) of a plain JSON value, as a path. */
function leafPaths(value: unknown, at: Path): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leafPaths(v, [...at, k]));
}

/** Every plain object (not array) inside a JSON value, as a path. */
function objectPaths(value: unknown, at: Path): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...(Array.isArray(value) ? [] : [at]), ...entries.flatMap(([k, v]) => objectPaths(v, [...at, k]))];
}

function valueAt(target: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);
}

/** The path as the validator writes it: message.snapshot.positions.rows[0].entryPrice. */
function pathText(path: Path): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`), 'message');
}

/** A value that cannot stand where `current` stood: another JS type (or, for strings, never a decimal and never a known word). */
function wrongFor(current: unknown, candidate: unknown): unknown {
  const sameKind = typeof candidate === typeof current && (candidate === null) === (current === null) && Array.isArray(candidate) === Array.isArray(current);
  if (!sameKind) return candidate;
  if (typeof current === 'string') return 42;
  if (typeof current === 'number') return 'NaN';
  if (typeof current === 'boolean') return 'true';
  return 1.5;
}

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
