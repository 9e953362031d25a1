import { describe, expect, it } from 'vitest';
import { cachedArea } from './cached-area';
import { memoryArea, type PrunableArea } from './key-value-area';

/** A memory area that counts reads and can hold a read until released, with a change event of its own. */
function countedArea(initial: Record<string, unknown>) {
  const inner = memoryArea(initial);
  let listener: (values: Record<string, unknown>) => void = () => undefined;
  let hold: Promise<void> | undefined;
  const reads: (string[] | null)[] = [];
  const area: PrunableArea = {
    get: async (keys) => {
      reads.push(keys);
      const values = await inner.get(keys);
      await hold;
      return values;
    },
    set: inner.set,
    remove: inner.remove,
  };
  /** Another context writes: the stored data changes and the change event fires. */
  const changeElsewhere = async (items: Record<string, unknown>) => {
    await inner.set(items);
    listener(items);
  };
  const holdReads = () => {
    let release = () => undefined as void;
    hold = new Promise<void>((resolve) => (release = resolve));
    return () => {
      hold = undefined;
      release();
    };
  };
  const cached = cachedArea(area, (callback) => void (listener = callback));
  return { cached, reads, changeElsewhere, holdReads };
}

describe('cachedArea', () => {
  it('reads a key from the area once, then from memory, missing keys included', async () => {
    const { cached, reads } = countedArea({ a: { tiers: [1, 2] } });
    expect(await cached.get(['a', 'b'])).toEqual({ a: { tiers: [1, 2] } });
    expect(await cached.get(['a', 'b'])).toEqual({ a: { tiers: [1, 2] } });
    expect(await cached.get(['b'])).toEqual({});
    expect(reads).toEqual([['a', 'b']]);
  });

  it('reads only the keys it has not seen', async () => {
    const { cached, reads } = countedArea({ a: 1, c: 3 });
    await cached.get(['a']);
    expect(await cached.get(['a', 'c'])).toEqual({ a: 1, c: 3 });
    expect(reads).toEqual([['a'], ['c']]);
  });

  it("follows its own writes and removals and another context's changes", async () => {
    const { cached, changeElsewhere } = countedArea({ a: 1, b: 2 });
    await cached.get(['a', 'b']);
    await cached.set({ a: 10 });
    await cached.remove(['b']);
    expect(await cached.get(['a', 'b'])).toEqual({ a: 10 });
    await changeElsewhere({ a: 20, b: 21 });
    expect(await cached.get(['a', 'b'])).toEqual({ a: 20, b: 21 });
  });

  it('hands out copies: a caller changing what it got changes nothing stored', async () => {
    const { cached } = countedArea({ a: { tiers: [1, 2] } });
    const first = (await cached.get(['a'])).a as { tiers: number[] };
    first.tiers.push(3);
    expect(await cached.get(['a'])).toEqual({ a: { tiers: [1, 2] } });
  });

  it('does not keep a value read before a change that landed while the read was under way', async () => {
    const { cached, changeElsewhere, holdReads, reads } = countedArea({ a: 1 });
    const release = holdReads();
    const reading = cached.get(['a']);
    await changeElsewhere({ a: 2 });
    release();
    await reading;
    expect(await cached.get(['a'])).toEqual({ a: 2 });
    expect(reads).toEqual([['a']]);
  });

  it('passes a read of every key through', async () => {
    const { cached, reads } = countedArea({ a: 1, b: 2 });
    expect(await cached.get(null)).toEqual({ a: 1, b: 2 });
    expect(await cached.get(null)).toEqual({ a: 1, b: 2 });
    expect(reads).toEqual([null, null]);
  });
});
