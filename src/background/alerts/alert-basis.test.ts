// Alerts on the nearer of Liqcheck's estimate and the exchange's figure, and on the exchange's figure
// alone when Liqcheck can't verify the position (issue 21). Distances are worked out here by hand.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../platform/key-value-area';
import type { EstimatesResult, PositionResult } from '../../protocol/estimates';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { nearestDistance } from './alert-decision';
import { alertsWith } from './alerts';

function position(fields: Partial<PositionResult>): PositionResult {
  return { key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate: 'unknown', displayed: null, verdict: 'unknown', reasons: [], assumptions: [], ...fields };
}

async function notifyFor(p: PositionResult, mark: string) {
  const notes: { title: string; message: string }[] = [];
  const alerts = alertsWith({ area: memoryArea(), notify: async (_id, title, message) => void notes.push({ title, message }), setBadge: async () => undefined, now: () => 1_000_000, locale: 'en-US' });
  const result: EstimatesResult = { symbol: 'BTCUSDT', positions: [p], order: null, warnings: [] };
  const out = await alerts.apply(3, result, structuredClone(DEFAULT_SETTINGS), { venue: 'bybit', marks: [mark] });
  return { alert: out.positions[0]!.alert, notes };
}

describe('nearestDistance', () => {
  it("takes the exchange's figure when it is nearer than Liqcheck's", () => {
    // Liqcheck 58,000 is (60,100 − 58,000) / 60,100 = 3.494 % away; the exchange's 59,000.0 is 1.830 %.
    const near = nearestDistance(position({ estimate: '58000', displayed: '59000.0', verdict: 'differs' }), '60100');
    expect(near?.basis).toBe('exchange');
    expect(Number(near?.distancePercent)).toBeCloseTo((1100 / 60100) * 100, 10);
  });

  it("keeps Liqcheck's estimate when it is the nearer", () => {
    const near = nearestDistance(position({ estimate: '59500', displayed: '59000.0', verdict: 'differs' }), '60100');
    expect(near?.basis).toBe('liqcheck');
    expect(Number(near?.distancePercent)).toBeCloseTo((600 / 60100) * 100, 10);
  });

  it("uses the exchange's figure alone where Liqcheck can't estimate, and only on the liquidating side of the mark", () => {
    expect(nearestDistance(position({ unverifiedDisplayed: '59000.0' }), '60100')?.basis).toBe('exchange-only');
    // A long's figure above the mark is no liquidation price of it: nothing to alert on.
    expect(nearestDistance(position({ unverifiedDisplayed: '61000.0' }), '60100')).toBeUndefined();
    expect(nearestDistance(position({ side: 'short', unverifiedDisplayed: '61000.0' }), '60100')?.basis).toBe('exchange-only');
    expect(nearestDistance(position({}), '60100')).toBeUndefined();
  });
});

describe('alert notifications', () => {
  it("say the exchange's figure is the only one when Liqcheck can't verify the position", async () => {
    const p = position({ unverifiedDisplayed: '59000.0', reasons: ['no tier table for BTCUSDT'] });
    const { alert, notes } = await notifyFor(p, '60100.0');
    expect(alert).toBe(true);
    expect(notes).toEqual([
      { title: 'Liqcheck: BTCUSDT long near liquidation', message: "Mark 60,100.0 is 1.83 % from the exchange's liquidation price 59,000.0. Liqcheck cannot verify this position: no tier table for BTCUSDT" },
    ]);
  });

  it("say the exchange's figure is nearer than Liqcheck's when it is", async () => {
    // Liqcheck's 58,000 alone (3.49 %) would not alert at the default 2 %.
    const { alert, notes } = await notifyFor(position({ estimate: '58000', displayed: '59000.0', verdict: 'differs' }), '60100.0');
    expect(alert).toBe(true);
    expect(notes[0]!.message).toBe("Mark 60,100.0 is 1.83 % from the exchange's liquidation price 59,000.0, nearer than Liqcheck's 58,000.0.");
  });

  it('stay silent for a position with neither figure', async () => {
    const { alert, notes } = await notifyFor(position({ reasons: ['no tier table'] }), '60100.0');
    expect(alert).toBeUndefined();
    expect(notes).toEqual([]);
  });
});
