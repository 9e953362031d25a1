import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { followVenueSwitch, type Running } from './venue-switch';

function settings(enabled: boolean, extra: Partial<Settings> = {}): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.venues.bybit.enabled = enabled;
  return { ...s, ...extra };
}

function harness(initial: Settings) {
  let listener: ((s: Settings) => void) | null = null;
  const runs: { stop: ReturnType<typeof vi.fn>; update: ReturnType<typeof vi.fn>; dead: boolean }[] = [];
  const start = vi.fn((): Running => {
    const run = { stop: vi.fn(), update: vi.fn(), dead: false };
    run.stop.mockImplementation(() => (run.dead = true));
    runs.push(run);
    return { stop: run.stop, update: run.update, stopped: () => run.dead };
  });
  const unsubscribe = vi.fn(() => (listener = null));
  const options = {
    venue: 'bybit' as const,
    load: () => Promise.resolve(initial),
    subscribe: (cb: (s: Settings) => void) => {
      listener = cb;
      return unsubscribe;
    },
    start,
  };
  return { options, start, runs, unsubscribe, change: (s: Settings) => listener?.(s), listening: () => listener !== null };
}

describe('followVenueSwitch', () => {
  test('venue on: starts once; other changes reach the running work', async () => {
    const h = harness(settings(true));
    await followVenueSwitch(h.options);
    expect(h.start).toHaveBeenCalledTimes(1);
    const dark = settings(true, { theme: 'dark' });
    h.change(dark);
    expect(h.start).toHaveBeenCalledTimes(1);
    expect(h.runs[0]!.update).toHaveBeenCalledWith(dark);
  });

  test('venue off: dormant (nothing started) and wakes when switched on', async () => {
    const h = harness(settings(false));
    await followVenueSwitch(h.options);
    expect(h.start).not.toHaveBeenCalled();
    h.change(settings(false, { theme: 'light' }));
    expect(h.start).not.toHaveBeenCalled();
    h.change(settings(true));
    expect(h.start).toHaveBeenCalledTimes(1);
  });

  test('switched off while running: stopped; on again: a fresh start', async () => {
    const h = harness(settings(true));
    await followVenueSwitch(h.options);
    h.change(settings(false));
    expect(h.runs[0]!.stop).toHaveBeenCalledTimes(1);
    h.change(settings(false));
    expect(h.runs[0]!.stop).toHaveBeenCalledTimes(1);
    h.change(settings(true));
    expect(h.start).toHaveBeenCalledTimes(2);
    expect(h.runs[1]!.dead).toBe(false);
  });

  test('another venue switched off changes nothing here', async () => {
    const h = harness(settings(true));
    await followVenueSwitch(h.options);
    const s = settings(true);
    s.venues.okx.enabled = false;
    h.change(s);
    expect(h.runs[0]!.stop).not.toHaveBeenCalled();
  });

  test('a change saved while the first load is on its way wins over the loaded value', async () => {
    const h = harness(settings(true));
    let resolve: (s: Settings) => void = () => {};
    h.options.load = () => new Promise((r) => (resolve = r));
    const done = followVenueSwitch(h.options);
    h.change(settings(false));
    resolve(settings(true));
    await done;
    expect(h.start).not.toHaveBeenCalled();
  });

  test('work that ended by itself (extension gone) is not restarted and the listener goes', async () => {
    const h = harness(settings(true));
    await followVenueSwitch(h.options);
    h.runs[0]!.dead = true;
    h.change(settings(true, { theme: 'dark' }));
    expect(h.start).toHaveBeenCalledTimes(1);
    expect(h.unsubscribe).toHaveBeenCalled();
  });

  test('a start that throws does not throw out of the storage listener', async () => {
    const h = harness(settings(false));
    await followVenueSwitch(h.options);
    h.start.mockImplementationOnce(() => {
      throw new Error('page broke');
    });
    expect(() => h.change(settings(true))).not.toThrow();
  });
});
