// Reading fields out of a venue's JSON without trusting its shape.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field path like ['data', 'brackets'], or undefined when any step is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(here)) return undefined;
      here = here[key];
    } else {
      if (!isObject(here)) return undefined;
      here = here[key];
    }
  }
  return here;
}

/**
 * A decimal as a string: venues send "0.004" or 0.004. A JSON number is taken in its shortest
 * form, which is what the venue wrote for any value a venue publishes. Anything else: undefined.
 */
export function decimalField(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The distinct non-empty strings at `key` in each row of a list, in order: the symbols a listing names. */
export function namesIn(list: unknown, key: string): string[] {
  if (!Array.isArray(list)) return [];
  const names = list.map((row) => at(row, key)).filter((name): name is string => typeof name === 'string' && name !== '');
  return [...new Set(names)];
}
