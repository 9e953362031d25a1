// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameScheduler } from './frame-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('FrameScheduler', () => {
  it('coalesces schedule() calls into one run', () => {
    const run = vi.fn();
    const s = new FrameScheduler(run, 250);
    s.schedule();
    s.schedule();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops a scheduled run', () => {
    const run = vi.fn();
    const s = new FrameScheduler(run, 50);
    s.schedule();
    s.cancel();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('FrameScheduler without animation frames (a background tab)', () => {
  it('runs each scheduled callback within fallbackMs, with one backup timer at a time', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    try {
      const run = vi.fn();
      const s = new FrameScheduler(run, 100);
      s.schedule();
      vi.advanceTimersByTime(99);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledTimes(1);
      s.schedule();
      vi.advanceTimersByTime(100);
      expect(run).toHaveBeenCalledTimes(2);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('FrameScheduler with animation frames (a visible tab)', () => {
  it('runs in the frame, and 50 frames a second arm a handful of timers, not one per frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      const run = vi.fn();
      const s = new FrameScheduler(run, 250);
      for (let i = 0; i < 50; i++) {
        s.schedule();
        s.schedule();
        frames.shift()?.(0);
        vi.advanceTimersByTime(20);
      }
      expect(run).toHaveBeenCalledTimes(50);
      expect(timers.mock.calls.length).toBeLessThanOrEqual(5);
    } finally {
      timers.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
