// The small storage interface the worker's table store needs: storage.local in the extension, a Map
// in tests (memoryArea).

export interface KeyValueArea {
  /** The stored values of these keys (missing keys are absent); null: every key. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** An area entries can be removed from: what a store that prunes itself needs (the tier tables). */
export interface PrunableArea extends KeyValueArea {
  remove(keys: string[]): Promise<void>;
}

/** An in-memory area, for tests and for contexts without storage. */
export function memoryArea(initial: Record<string, unknown> = {}): PrunableArea & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (keys) => Object.fromEntries([...data].filter(([k]) => keys === null || keys.includes(k)).map(([k, v]) => [k, structuredClone(v)])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of keys) data.delete(k);
    },
  };
}
