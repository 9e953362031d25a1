import { describe, expect, it } from 'vitest';
import { ReadPace } from './read-pace';

/** Replays arrivals (ms) the way the content script does: read at once if allowed, else when allowed. */
function replay(arrivals: readonly number[], pace = new ReadPace(10, 4, 0)) {
  const delays: number[] = [];
  let readyAt = 0;
  for (const at of arrivals) {
    pace.arrive(at);
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

const readsBetween = (arrivals: readonly number[], delays: readonly number[], from: number, to: number) =>
  new Set(arrivals.map((at, i) => at + delays[i]!).filter((t) => t >= from && t < to)).size;

/** Gaps drawn uniformly from 0-250 ms (a small LCG, so the test is the same every run). */
function randomArrivals(count: number, maxGap: number): number[] {
  let seed = 12345;
  let at = 0;
  return Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    at += Math.floor((seed / 2147483648) * maxGap);
    return at;
  });
}

describe('ReadPace', () => {
  it('a page changing 50 times a second streams: after its first second it is read once a second', () => {
    const arrivals = Array.from({ length: 500 }, (_, i) => i * 20);
    const delays = replay(arrivals);
    const first = readsBetween(arrivals, delays, 0, 1000);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(first).toBeLessThanOrEqual(14);
    // 8 s at 1 a second: 8, give or take the one either side of the window's edges.
    const later = readsBetween(arrivals, delays, 2000, 10_000);
    expect(later).toBeGreaterThanOrEqual(7);
    expect(later).toBeLessThanOrEqual(9);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1000);
  });

  it('a page changing 15 times a second is not streaming: read about 10 times a second', () => {
    const arrivals = Array.from({ length: 150 }, (_, i) => Math.round(i * (1000 / 15)));
    const delays = replay(arrivals);
    const reads = readsBetween(arrivals, delays, 1000, 10_000);
    expect(reads).toBeGreaterThanOrEqual(85);
    expect(reads).toBeLessThanOrEqual(95);
  });

  it('changes 150 ms apart, or a burst of 4, are all read at once', () => {
    expect(replay(Array.from({ length: 100 }, (_, i) => i * 150)).every((d) => d === 0)).toBe(true);
    expect(replay([0, 1, 2, 3])).toEqual([0, 0, 0, 0]);
    expect(replay([0, 1, 2, 3, 4])[4]).toBeGreaterThan(0);
  });

  it('changes 0-250 ms apart (8 a second on average) never count as streaming, and nearly all are read at once', () => {
    const arrivals = randomArrivals(500, 250);
    const pace = new ReadPace(10, 4, 0);
    const seen: boolean[] = [];
    const delays = replay(arrivals, {
      arrive: (at: number) => {
        pace.arrive(at);
        seen.push(pace.streaming(at));
      },
      wait: (at: number) => pace.wait(at),
      take: (at: number) => pace.take(at),
    } as ReadPace);
    expect(seen.some(Boolean)).toBe(false);
    expect(delays.filter((d) => d === 0).length / delays.length).toBeGreaterThan(0.95);
  });

  it('a stream that calms down is read at once again within about two seconds', () => {
    const stream = Array.from({ length: 150 }, (_, i) => i * 20);
    const calm = Array.from({ length: 10 }, (_, i) => 3000 + i * 500);
    const delays = replay([...stream, ...calm]);
    expect(delays.slice(stream.length + 4)).toEqual([0, 0, 0, 0, 0, 0]);
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

  it('a page known to stream (its busy cells no longer arrive) keeps the streaming pace of one reading a second', () => {
    const pace = new ReadPace(10, 4, 0);
    pace.knownStreaming = true;
    // Changes to the cells still observed, 10 a second: read once a second, not at the quiet budget.
    const arrivals = Array.from({ length: 30 }, (_, i) => 5000 + i * 100);
    const delays = replay(arrivals, pace);
    expect(readsBetween(arrivals, delays, 5000, 8000)).toBe(3);
    pace.knownStreaming = false;
    expect(pace.wait(9000)).toBe(0);
  });
});
