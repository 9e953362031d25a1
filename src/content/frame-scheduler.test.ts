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
