// The changes from one JSON value to the next, for a message that repeats most of the last one (the
// worker's answer to each page update: a mark tick changes a few figures of one position). Applying
// keeps every unchanged part of the old value as the very same object, so the receiver can tell what
// changed by identity. Values are what JSON carries: a key whose value is undefined counts as absent.

/** Replace with `v`; or an object with keys changed (`k`) and removed (`d`); or an array of the same length with items changed (`i`). */
export type JsonPatch = { v: unknown } | { k: Record<string, JsonPatch>; d?: string[] } | { i: Record<string, JsonPatch> };

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const present = (object: Plain, key: string) => Object.hasOwn(object, key) && object[key] !== undefined;

/** The patch from `prev` to `next`, or null when they are equal as JSON. */
export function diffJson(prev: unknown, next: unknown): JsonPatch | null {
  if (prev === next) return null;
  if (isPlain(prev) && isPlain(next)) {
    let k: Record<string, JsonPatch> | null = null;
    for (const key of Object.keys(next)) {
      if (next[key] === undefined) continue;
      const change = present(prev, key) ? diffJson(prev[key], next[key]) : { v: next[key] };
      if (change) (k ??= Object.create(null) as Record<string, JsonPatch>)[key] = change;
    }
    const d = Object.keys(prev).filter((key) => prev[key] !== undefined && !present(next, key));
    if (!k && d.length === 0) return null;
    return d.length > 0 ? { k: k ?? {}, d } : { k: k ?? {} };
  }
  if (Array.isArray(prev) && Array.isArray(next) && prev.length === next.length) {
    let i: Record<string, JsonPatch> | null = null;
    for (let n = 0; n < next.length; n++) {
      const change = diffJson(prev[n], next[n]);
      if (change) (i ??= {})[n] = change;
    }
    return i ? { i } : null;
  }
  return { v: next };
}

/** `prev` with `patch` applied; unchanged parts are `prev`'s own objects. Throws on a patch that does not fit `prev`. */
export function applyJsonPatch(prev: unknown, patch: JsonPatch): unknown {
  if ('v' in patch) return patch.v;
  if ('k' in patch) {
    if (!isPlain(prev)) throw new Error('patch: an object was expected');
    const next: Plain = { ...prev };
    for (const key of Object.keys(patch.k)) set(next, key, applyJsonPatch(prev[key], patch.k[key]!));
    for (const key of patch.d ?? []) delete next[key];
    return next;
  }
  if (!Array.isArray(prev)) throw new Error('patch: an array was expected');
  const next = prev.slice();
  for (const index of Object.keys(patch.i)) {
    const n = Number(index);
    if (!Number.isInteger(n) || n < 0 || n >= next.length) throw new Error('patch: no such item');
    next[n] = applyJsonPatch(prev[n], patch.i[index]!);
  }
  return next;
}

// An own property even for the key "__proto__", as JSON.parse makes it (assigning it would set the prototype).
function set(object: Plain, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
