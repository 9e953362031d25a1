// Tiny run-time validators for messages that cross between extension contexts. A failed check names
// the path of the bad field; nothing here throws.

export type Checked<T> = { ok: true; value: T } | { ok: false; path: string; problem: string };
export type Check<T> = (value: unknown, path: string) => Checked<T>;

const fail = (path: string, problem: string): { ok: false; path: string; problem: string } => ({ ok: false, path, problem });

// A decimal string as produced by decimal.js toString(): optional minus, digits, optional fraction,
// optional exponent. Bounded length so a hostile message can't make us parse megabytes, and an
// exponent of at most two digits: "1e999999999" is 11 characters but a billion digits once written
// out in full (issue 17). The model refuses anything from 1e40 up, so two digits lose nothing.
// The same rule as src/model/decimal-text.ts, which the protocol may not import (lint boundaries).
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d{1,2})?$/i;

export const decimalString: Check<string> = (v, path) =>
  typeof v === 'string' && v.length <= 64 && DECIMAL.test(v) ? { ok: true, value: v } : fail(path, 'expected a decimal string');

export const boundedString =
  (max: number): Check<string> =>
  (v, path) =>
    typeof v === 'string' && v.length <= max ? { ok: true, value: v } : fail(path, `expected a string of at most ${max} characters`);

export const integer: Check<number> = (v, path) =>
  typeof v === 'number' && Number.isSafeInteger(v) ? { ok: true, value: v } : fail(path, 'expected an integer');

export const literal =
  <const T extends readonly string[]>(...options: T): Check<T[number]> =>
  (v, path) =>
    typeof v === 'string' && (options as readonly string[]).includes(v)
      ? { ok: true, value: v as T[number] }
      : fail(path, `expected one of ${options.join(', ')}`);

export const exactly =
  <const T extends string | number | boolean>(expected: T): Check<T> =>
  (v, path) =>
    v === expected ? { ok: true, value: expected } : fail(path, `expected ${String(expected)}`);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? { ok: true, value: null } : check(v, path);

export const oneOf =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (v, path) => {
    const first = a(v, path);
    return first.ok ? first : b(v, path);
  };

export const arrayOf =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'expected an array');
    if (v.length > max) return fail(path, `expected at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const item = check(v[i], `${path}[${i}]`);
      if (!item.ok) return item;
      out.push(item.value);
    }
    return { ok: true, value: out };
  };

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** A plain object with exactly these keys (optional ones may be absent); unknown keys are rejected. */
export const object =
  <S extends Shape, O extends Shape = Record<never, never>>(required: S, optional?: O): Check<FromShape<S> & Partial<FromShape<O>>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
    const record = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      // Own keys only: "constructor" or "__proto__" (JSON.parse makes them own keys) are unknown fields too.
      if (!Object.hasOwn(required, key) && !(optional && Object.hasOwn(optional, key))) return fail(`${path}.${key}`, 'unexpected field');
    }
    for (const [key, check] of Object.entries(required)) {
      const r = check(record[key], `${path}.${key}`);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    for (const [key, check] of Object.entries(optional ?? {})) {
      if (record[key] === undefined) continue;
      const r = check(record[key], `${path}.${key}`);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return { ok: true, value: out as FromShape<S> & Partial<FromShape<O>> };
  };
