import { describe, expect, it } from 'vitest';
import { ReadPace } from './read-pace';

/** Replays arrivals (ms) the way the content script does: read at once if allowed, else when allowed. */
function replay(arrivals: readonly number[], pace = new ReadPace(10, 4, 0)) {
  const delays: number[] = [];
  let readyAt = 0;
  for (const at of arrivals) {
    // A change arriving while a deferred reading is waiting is taken by that reading.
    if (at < readyAt) {
      delays.push(readyAt - at);
      continue;
    }
    const wait = pace.wait(at);
    const readAt = at + wait;
    pace.take(readAt);
    readyAt = readAt;
    delays.push(wait);
  }
  return delays;
}

describe('ReadPace', () => {
  it('a page changing 50 times a second for 10 s is read about 10 times a second', () => {
    const arrivals = Array.from({ length: 500 }, (_, i) => i * 20);
    const delays = replay(arrivals);
    const reads = new Set(arrivals.map((at, i) => at + delays[i]!)).size;
    // 10 a second for 10 s, plus the first burst.
    expect(reads).toBeGreaterThanOrEqual(95);
    expect(reads).toBeLessThanOrEqual(105);
    expect(Math.max(...delays)).toBeLessThanOrEqual(100);
  });

  it('changes 150 ms apart, or a burst of 4, are all read at once', () => {
    expect(replay(Array.from({ length: 100 }, (_, i) => i * 150)).every((d) => d === 0)).toBe(true);
    expect(replay([0, 1, 2, 3])).toEqual([0, 0, 0, 0]);
    expect(replay([0, 1, 2, 3, 4])[4]).toBeGreaterThan(0);
  });

  it('refills with time: after a quiet second the burst is back', () => {
    const pace = new ReadPace(10, 4, 0);
    for (let i = 0; i < 4; i++) pace.take(0);
    expect(pace.wait(0)).toBe(100);
    expect(pace.wait(50)).toBe(50);
    expect(pace.wait(1000)).toBe(0);
    for (let i = 0; i < 4; i++) pace.take(1000);
    expect(pace.wait(1000)).toBeGreaterThan(0);
  });
});
