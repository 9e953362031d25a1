import { afterEach, describe, expect, it } from 'vitest';
import { t, useMessages, type Lookup } from './t';
import type { MessageKey } from './catalog';

// A lookup that counts its calls and answers "key|subs", or "" for the key "missing" (as the browser does).
function counting(): { lookup: Lookup; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    lookup: (key, subs) => {
      calls.push([key, ...subs].join('|'));
      return key === 'missing' ? '' : [key, ...subs].join('|');
    },
  };
}

const key = (k: string) => k as MessageKey;

afterEach(() => useMessages((k) => k));

describe('t() cache', () => {
  it('asks the lookup once per key and substitutions, and answers the same', () => {
    const { lookup, calls } = counting();
    useMessages(lookup);
    expect(t(key('a'), 1, 'x')).toBe('a|1|x');
    expect(t(key('a'), 1, 'x')).toBe('a|1|x');
    expect(t(key('a'), 2, 'x')).toBe('a|2|x');
    expect(t(key('a'))).toBe('a');
    expect(t(key('a'))).toBe('a');
    expect(calls).toEqual(['a|1|x', 'a|2|x', 'a']);
  });

  it('does not confuse substitutions that join to the same text', () => {
    useMessages(counting().lookup);
    expect(t(key('a'), '1,2')).toBe('a|1,2');
    expect(t(key('a'), '1', '2')).toBe('a|1|2');
  });

  it('an unknown key shows the key, cached too', () => {
    const { lookup, calls } = counting();
    useMessages(lookup);
    expect(t(key('missing'))).toBe('missing');
    expect(t(key('missing'))).toBe('missing');
    expect(calls).toHaveLength(1);
  });

  it('a new source forgets the old answers', () => {
    useMessages(counting().lookup);
    expect(t(key('a'))).toBe('a');
    useMessages(() => 'other');
    expect(t(key('a'))).toBe('other');
  });

  it('stays bounded: figures that never repeat still get correct answers', () => {
    const { lookup } = counting();
    useMessages(lookup);
    for (let i = 0; i < 5000; i++) expect(t(key('n'), i)).toBe(`n|${i}`);
  });
});
