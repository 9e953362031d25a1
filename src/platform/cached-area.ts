// A storage area whose reads of named keys are answered from memory after the first: the worker reads
// the same tier-table and volatility entries for every answer (about 10 storage.local reads a second
// on a busy page), and each read is a round trip through the browser process to its database. Kept
// current by the area's own writes and by its change events (the options page, another worker).
import type { PrunableArea } from './key-value-area';

/** Calls back with the new value of each changed key (undefined: removed). */
export type ChangeSource = (callback: (newValues: Record<string, unknown>) => void) => void;

export function cachedArea(area: PrunableArea, onChanged: ChangeSource): PrunableArea {
  /** Key -> its stored value; a key read and found missing is kept as undefined. */
  const known = new Map<string, unknown>();
  /** Bumped by every change: a read that started before one may bring an older value. */
  let changes = 0;
  const learn = (items: Record<string, unknown>) => {
    changes += 1;
    for (const [key, value] of Object.entries(items)) known.set(key, value === undefined ? undefined : structuredClone(value));
  };
  onChanged(learn);

  const answer = (keys: readonly string[]) => {
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const value = known.get(key);
      if (value !== undefined) result[key] = structuredClone(value);
    }
    return result;
  };

  return {
    async get(keys) {
      if (keys === null) return area.get(null);
      const missing = keys.filter((key) => !known.has(key));
      if (missing.length === 0) {
        // A turn of the event loop, as a real read takes: answers in a row still let a port's new
        // message in between them (src/background/open-ports.ts), which is cheap; the round trip was not.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return answer(keys);
      }
      const before = changes;
      const read = await area.get(missing);
      if (changes !== before) return { ...answer(keys.filter((key) => !missing.includes(key))), ...read };
      for (const key of missing) known.set(key, key in read ? structuredClone(read[key]) : undefined);
      return answer(keys);
    },
    async set(items) {
      await area.set(items);
      learn(items);
    },
    async remove(keys) {
      await area.remove(keys);
      learn(Object.fromEntries(keys.map((key) => [key, undefined])));
    },
  };
}
