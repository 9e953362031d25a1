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

  it('scheduleIn(ms) runs no sooner than ms, once however often it is asked', () => {
    const run = vi.fn();
    const s = new FrameScheduler(run, 250);
    s.scheduleIn(200);
    s.scheduleIn(10);
    vi.advanceTimersByTime(150);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(350);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('schedule() is not held back by a pending scheduleIn()', () => {
    const run = vi.fn();
    const s = new FrameScheduler(run, 50);
    s.scheduleIn(1000);
    s.schedule();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops both', () => {
    const run = vi.fn();
    const s = new FrameScheduler(run, 50);
    s.scheduleIn(100);
    s.cancel();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
    s.schedule();
    s.cancel();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
