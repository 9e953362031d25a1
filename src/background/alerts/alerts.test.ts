import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../platform/key-value-area';
import type { EstimatesResult, PositionResult } from '../../protocol/estimates';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { ALERT_STATE_KEY, alertsWith, notificationId, tabOfNotification } from './alerts';

function position(symbol: string, side: 'long' | 'short', estimate: string, mark?: string, displayed: string | null = null): PositionResult {
  return { key: `${symbol}:${side}`, symbol, side, estimate, displayed, verdict: 'unknown', reasons: [], assumptions: [], ...(mark ? { metrics: { markPrice: mark } } : {}) };
}

function result(...positions: PositionResult[]): EstimatesResult {
  return { symbol: positions[0]?.symbol ?? 'BTCUSDT', positions, order: null, warnings: [] };
}

function harness(settings: Partial<Settings> = {}) {
  let clock = 1_000_000;
  const notes: { id: string; title: string; message: string }[] = [];
  const badges: { tabId: number; text: string; title?: string }[] = [];
  const area = memoryArea();
  const alerts = alertsWith({
    area,
    notify: async (id, title, message) => void notes.push({ id, title, message }),
    setBadge: async (tabId, text, title) => void badges.push({ tabId, text, ...(title ? { title } : {}) }),
    now: () => clock,
    locale: 'en-US',
  });
  const apply = alerts.apply;
  const s: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...settings };
  return { apply, clearTab: alerts.clearTab, notes, badges, area, s, advance: (minutes: number) => (clock += minutes * 60_000) };
}

describe('applyAlerts', () => {
  // alertPercent 2: a long liquidating at 59,000 alerts once |mark - 59,000| / mark <= 2 %,
  // i.e. from mark 60,204.08... down (59,000 / 0.98).
  it('alerts a position within the threshold, notifies once and counts it on the badge', async () => {
    const h = harness();
    const near = position('BTCUSDT', 'long', '59000', '60100', '59000.0'); // 1.83 %
    const far = position('ETHUSDT', 'short', '4000', '3000'); // 33 %
    const out = await h.apply(7, result(near, far), h.s, { venue: 'binance-usdm' });
    expect(out.positions.map((p) => p.alert)).toEqual([true, undefined]);
    expect(h.notes).toHaveLength(1);
    expect(h.notes[0]!.title).toBe('Liqcheck: BTCUSDT long near liquidation');
    // 1100 / 60100 = 1.8302... %
    expect(h.notes[0]!.message).toBe("Mark 60,100.0 is 1.83 % from Liqcheck's liquidation price 59,000.0.");
    expect(h.badges.at(-1)).toEqual({ tabId: 7, text: '1', title: 'Liqcheck: positions near liquidation on this tab: 1; the closest is 1.83 % from its liquidation price' });
  });

  it('takes the boundary as inside and just outside as out', async () => {
    const h = harness();
    // 59,000 / 0.98 = 60,204.0816...: at 60,204 the distance is 1.99986 %, at 60,205 it is 2.00013 %
    const inside = await h.apply(1, result(position('BTCUSDT', 'long', '59000', '60204')), h.s, { venue: 'bybit' });
    const outside = await h.apply(1, result(position('BTCUSDT', 'long', '59000', '60205')), h.s, { venue: 'bybit' });
    expect(inside.positions[0]!.alert).toBe(true);
    expect(outside.positions[0]!.alert).toBeUndefined();
    expect(h.badges.at(-1)!.text).toBe('');
  });

  it('debounces: no second notification within the cooldown unless much closer, then again after it', async () => {
    const h = harness({ alertCooldownMinutes: 10 });
    const at = (mark: string) => result(position('BTCUSDT', 'long', '59000', mark));
    await h.apply(1, at('60100'), h.s, { venue: 'okx' }); // 1.83 %
    h.advance(1);
    await h.apply(1, at('60000'), h.s, { venue: 'okx' }); // 1.67 %: closer by 0.16, less than half of 2
    expect(h.notes).toHaveLength(1);
    h.advance(1);
    await h.apply(1, at('59400'), h.s, { venue: 'okx' }); // 0.67 %: closer by 1.16 > 1
    expect(h.notes).toHaveLength(2);
    h.advance(5);
    await h.apply(1, at('59400'), h.s, { venue: 'okx' });
    expect(h.notes).toHaveLength(2);
    h.advance(10);
    await h.apply(1, at('59400'), h.s, { venue: 'okx' });
    expect(h.notes).toHaveLength(3);
    expect(Object.keys(h.area.data.get(ALERT_STATE_KEY) as object)).toEqual(['okx|BTCUSDT|long']);
  });

  it('shares the debounce across tabs and across a restarted worker (state in storage)', async () => {
    const h = harness();
    await h.apply(1, result(position('BTCUSDT', 'long', '59000', '60100')), h.s, { venue: 'bitget' });
    const restarted = alertsWith({ area: h.area, notify: async (id, title, message) => void h.notes.push({ id, title, message }), setBadge: async () => undefined, now: () => 1_000_000 + 60_000 }).apply;
    const out = await restarted(2, result(position('BTCUSDT', 'long', '59000', '60100')), h.s, { venue: 'bitget' });
    expect(out.positions[0]!.alert).toBe(true);
    expect(h.notes).toHaveLength(1);
  });

  it('computes the distance from the page mark when metrics are absent, and skips what it cannot measure', async () => {
    const h = harness();
    const out = await h.apply(
      1,
      result(position('BTCUSDT', 'short', '61000'), position('ETHUSDT', 'long', 'unknown'), position('SOLUSDT', 'long', 'none')),
      h.s,
      { venue: 'binance-usdm', marks: ['60000', '3000', '150'] }, // short: 1000 / 60000 = 1.67 %
    );
    expect(out.positions.map((p) => p.alert)).toEqual([true, undefined, undefined]);
    expect(h.notes).toHaveLength(1);
  });

  it('prefers the worker metrics distance when present', async () => {
    const h = harness();
    const p = { ...position('BTCUSDT', 'long', '59000', '70000'), metrics: { markPrice: '70000', distancePercent: '1.5' } };
    expect((await h.apply(1, result(p), h.s, { venue: 'bybit' })).positions[0]!.alert).toBe(true);
  });

  it('is off when alerts are off or the venue is off: no alert, no notification, badge cleared', async () => {
    const near = result(position('BTCUSDT', 'long', '59000', '60100'));
    const off = harness({ alertsEnabled: false });
    expect((await off.apply(3, near, off.s, { venue: 'bybit' })).positions[0]!.alert).toBeUndefined();
    const venueOff = harness();
    venueOff.s.venues.bybit.enabled = false;
    expect((await venueOff.apply(3, near, venueOff.s, { venue: 'bybit' })).positions[0]!.alert).toBeUndefined();
    expect([...off.notes, ...venueOff.notes]).toEqual([]);
    expect(off.badges).toEqual([{ tabId: 3, text: '' }]);
  });

  it('follows a raised threshold', async () => {
    const h = harness({ alertPercent: '5' });
    const out = await h.apply(1, result(position('BTCUSDT', 'long', '59000', '61500')), h.s, { venue: 'bybit' }); // 4.07 %
    expect(out.positions[0]!.alert).toBe(true);
  });

  it('names the tab in the notification id, so a click can bring it forward', async () => {
    const h = harness();
    await h.apply(42, result(position('BTCUSDT', 'long', '59000', '60100')), h.s, { venue: 'bybit' });
    expect(h.notes[0]!.id).toBe(notificationId(42, 'bybit|BTCUSDT|long', 1_000_000));
    expect(tabOfNotification(h.notes[0]!.id)).toBe(42);
    expect(tabOfNotification('something-else|42|')).toBeUndefined();
  });

  it('sets the badge only when it changes', async () => {
    const h = harness();
    const near = result(position('BTCUSDT', 'long', '59000', '60100'));
    await h.apply(5, near, h.s, { venue: 'bybit' });
    await h.apply(5, near, h.s, { venue: 'bybit' });
    expect(h.badges.filter((b) => b.tabId === 5)).toHaveLength(1);
    await h.apply(5, result(position('BTCUSDT', 'long', '59000', '70000')), h.s, { venue: 'bybit' });
    expect(h.badges.at(-1)).toEqual({ tabId: 5, text: '' });
  });

  it('a closed page clears its badge, and a page reopened on that tab sets it again', async () => {
    const h = harness();
    const near = result(position('BTCUSDT', 'long', '59000', '60100'));
    await h.apply(9, near, h.s, { venue: 'bybit' });
    await h.clearTab(9);
    expect(h.badges.at(-1)).toEqual({ tabId: 9, text: '' });
    await h.apply(9, near, h.s, { venue: 'bybit' });
    expect(h.badges.at(-1)?.text).toBe('1');
  });

  it('reads the stored state once per worker instance, and ignores a malformed one', async () => {
    const area = memoryArea({ [ALERT_STATE_KEY]: 'garbage' });
    let reads = 0;
    const counted = { get: (keys: string[] | null) => ((reads += 1), area.get(keys)), set: area.set };
    const notes: string[] = [];
    const apply = alertsWith({ area: counted, notify: async (id) => void notes.push(id), setBadge: async () => undefined, now: () => 5 }).apply;
    const near = result(position('BTCUSDT', 'long', '59000', '60100'));
    for (let i = 0; i < 3; i += 1) await apply(1, near, DEFAULT_SETTINGS, { venue: 'bybit' });
    expect(reads).toBe(1);
    expect(notes).toHaveLength(1);
    expect(area.data.get(ALERT_STATE_KEY)).toEqual({ 'bybit|BTCUSDT|long': { at: 5, distancePercent: expect.stringMatching(/^1\.83/) } });
  });
});
