import { describe, expect, it } from 'vitest';
import { alertsWith } from './alerts/alerts';
import { bundledMarket } from '../market-data/lookup';
import { memoryArea } from '../platform/key-value-area';
import { PROTOCOL_VERSION, type EstimatesMessage, type SnapshotMessage } from '../protocol/messages';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { answer, pageMarks } from './router';
import { order, row, snapshot } from './testing/make-snapshot';
import type { MarketFor } from './router';

const marketFor: MarketFor = async () => bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

// Binance isolated long, 1 BTC at 100,000 with 10,000 margin: the exchange shows 90,361.4. The
// Margin column includes the unrealized PnL, so it moves with the mark.
const message = (mark: string): SnapshotMessage => ({
  type: 'snapshot' as const,
  v: PROTOCOL_VERSION,
  seq: 3,
  snapshot: snapshot({
    rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark, margin: String(10000 + Number(mark) - 100000), liq: '90361.4' })],
    wallet: '1000',
    mark,
  }),
});

describe('answer with the steps after the estimate', () => {
  it('runs the steps on the estimates and answers with what they return', async () => {
    const reply = (await answer(message('100000'), marketFor, { after: async (r) => ({ ...r, symbol: 'CHANGED' }) })) as EstimatesMessage;
    expect(reply.type).toBe('estimates');
    expect(reply.result.symbol).toBe('CHANGED');
  });

  it('in privacy mode, answers with the amounts in its sentences hidden, and with them otherwise', async () => {
    const sentence = 'the position after this order (332750 USDT) is above 300000 USDT';
    const withWarning = { after: async (r: EstimatesMessage['result']) => ({ ...r, positions: r.positions.map((p) => ({ ...p, warnings: [{ kind: 'notional-above-cap' as const, message: sentence }] })) }) };
    const hidden = (await answer(message('100000'), marketFor, { ...withWarning, settings: { ...DEFAULT_SETTINGS, privacyMode: true } })) as EstimatesMessage;
    expect(hidden.result.positions[0]!.warnings![0]!.message).toBe('the position after this order (••• USDT) is above ••• USDT');
    // Prices are not amounts: the estimate itself stays (the overlay hides figures by field).
    expect(hidden.result.positions[0]!.estimate).toMatch(/^903/);
    const shown = (await answer(message('100000'), marketFor, { ...withWarning, settings: DEFAULT_SETTINGS })) as EstimatesMessage;
    expect(shown.result.positions[0]!.warnings![0]!.message).toBe(sentence);
  });

  it('keeps the plain estimates when a step fails', async () => {
    const reply = (await answer(message('100000'), marketFor, { after: () => Promise.reject(new Error('boom')) })) as EstimatesMessage;
    expect(reply.type).toBe('estimates');
    expect(reply.result.positions[0]!.estimate).toMatch(/^903/);
  });

  it('gives the alerts the page mark, so a mark near the estimate alerts', async () => {
    const notes: string[] = [];
    const alerts = alertsWith({ area: memoryArea(), notify: async (_id, title) => void notes.push(title), setBadge: async () => undefined, now: () => 0 }).apply;
    const settings = { ...DEFAULT_SETTINGS, alertPercent: '2' };
    // The estimate is about 90,361; a mark of 91,500 is 1.24 % above it, 95,000 is 4.9 %.
    for (const [mark, alert] of [['95000', undefined], ['91500', true]] as const) {
      const m = message(mark);
      const reply = (await answer(m, marketFor, { settings, after: (r, s, st) => alerts(1, r, st, { venue: s.venue, marks: pageMarks(s, r) }) })) as EstimatesMessage;
      expect(reply.result.positions[0]!.alert).toBe(alert);
    }
    expect(notes).toEqual(['Liqcheck: BTCUSDT long near liquidation']);
  });

  it('passes the settings to the estimate: a 10x order warns above a 5x threshold, not above the default 20x', async () => {
    const withOrder: SnapshotMessage = {
      ...message('100000'),
      snapshot: snapshot({ order: order({ price: '100000', size: '0.01', leverage: '10', mode: 'isolated' }), wallet: '1000', mark: '100000' }),
    };
    const kinds = async (highLeverage: string) => {
      const reply = (await answer(withOrder, marketFor, { settings: { ...DEFAULT_SETTINGS, highLeverage } })) as EstimatesMessage;
      return reply.result.order?.long.warnings.map((w) => w.kind) ?? [];
    };
    expect(await kinds('5')).toContain('leverage-high');
    expect(await kinds('20')).not.toContain('leverage-high');
  });
});
