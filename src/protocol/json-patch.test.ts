// A value sent as its changes to the last one must arrive as that value, through JSON as the port
// carries it, and what did not change must stay the receiver's very same object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson } from './json-patch';

/** Through JSON, as a message port carries it. */
const wire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** `value` with the edits applied at random places: a replaced, added or removed key or item. */
function edited(value: unknown, edits: readonly { path: number[]; op: number; to: unknown }[]): unknown {
  let out = structuredClone(value);
  for (const { path, op, to } of edits) {
    if (typeof out !== 'object' || out === null) {
      out = to;
      continue;
    }
    let parent = out as Record<string, unknown>;
    for (const step of path) {
      const keys = Object.keys(parent);
      if (keys.length === 0) break;
      const child = parent[keys[step % keys.length]!];
      if (typeof child !== 'object' || child === null) break;
      parent = child as Record<string, unknown>;
    }
    const keys = Object.keys(parent);
    const key = keys.length === 0 ? '0' : keys[op % keys.length]!;
    if (Array.isArray(parent)) {
      if (op % 3 === 0) parent.push(to);
      else if (op % 3 === 1 && parent.length > 0) parent.pop();
      else parent[Number(key)] = to;
    } else if (op % 3 === 0) parent[`new${op}`] = to;
    else if (op % 3 === 1) delete parent[key];
    else parent[key] = to;
  }
  return out;
}

const edits = fc.array(fc.record({ path: fc.array(fc.nat(), { maxLength: 4 }), op: fc.nat(), to: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 6 });

describe('diffJson and applyJsonPatch', () => {
  it('rebuild the new value from the old one and the patch, through JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), edits, (prev, changes) => {
        const next = edited(prev, changes);
        const patch = diffJson(prev, next);
        const received = wire(prev);
        const rebuilt = patch === null ? received : applyJsonPatch(received, wire(patch));
        expect(rebuilt).toEqual(wire(next));
        if (patch === null) expect(JSON.stringify(next)).toBe(JSON.stringify(prev));
      }),
      { numRuns: 2000 },
    );
  });

  it('keep every unchanged key and item as the old object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 3 })), edits, (prev, changes) => {
        const next = edited(prev, changes) as Record<string, unknown>;
        const received = wire(prev) as Record<string, unknown>;
        const patch = diffJson(prev, next);
        const rebuilt = (patch === null ? received : applyJsonPatch(received, wire(patch))) as Record<string, unknown>;
        for (const key of Object.keys(received)) {
          if (JSON.stringify(received[key]) === JSON.stringify(wire(next)[key])) expect(rebuilt[key]).toBe(received[key]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('sends a changed figure as that figure alone', () => {
    const rows = [
      { key: 'BTCUSDT:long', estimate: '57228.92', metrics: { markPrice: '61000.0', distancePrice: '3771.08' }, reasons: ['a', 'b'] },
      { key: 'ETHUSDT:short', estimate: '4100.11', metrics: { markPrice: '3000.00', distancePrice: '1100.11' }, reasons: [] },
    ];
    const next = structuredClone(rows);
    next[0]!.metrics.markPrice = '61000.1';
    next[0]!.metrics.distancePrice = '3771.18';
    expect(diffJson(rows, next)).toEqual({ i: { 0: { k: { metrics: { k: { markPrice: { v: '61000.1' }, distancePrice: { v: '3771.18' } } } } } } });
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    expect(diffJson({ a: 1, b: undefined }, { a: 1 })).toBeNull();
    expect(diffJson({ a: 1 }, { a: 1, b: undefined })).toBeNull();
    expect(applyJsonPatch({ a: 1, b: 2 }, wire(diffJson({ a: 1, b: 2 }, { a: 1, b: undefined }))!)).toEqual({ a: 1 });
  });

  it('keeps "__proto__" an own key and leaves prototypes alone', () => {
    const next = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as unknown;
    const patch = wire(diffJson({ a: 1 }, next))!;
    const rebuilt = applyJsonPatch({ a: 1 }, patch) as Record<string, unknown>;
    expect(Object.keys(rebuilt)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('throws on a patch that does not fit the old value', () => {
    expect(() => applyJsonPatch([1, 2], { k: { a: { v: 1 } } })).toThrow();
    expect(() => applyJsonPatch({ a: 1 }, { i: { 0: { v: 1 } } })).toThrow();
    expect(() => applyJsonPatch([1, 2], { i: { 5: { v: 1 } } })).toThrow();
    expect(() => applyJsonPatch([1, 2], { i: { '-1': { v: 1 } } })).toThrow();
  });
});
