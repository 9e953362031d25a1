// The short names the worker writes into each warning, for the overlay to say as they come. The
// expected names are the English catalog's words for each kind (src/i18n/messages/overlay.ts).
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import { PROTOCOL_VERSION, type EstimatesMessage, type SnapshotMessage } from '../protocol/messages';
import type { EstimatesResult, OrderSideResult, Warning, WarningKind } from '../protocol/estimates';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { answer, type MarketFor } from './router';
import { withOverlayWords } from './answer-words';
import { order, snapshot } from './testing/make-snapshot';

const NAMES: [WarningKind, string][] = [
  ['liquidation-near-entry', 'liquidation near entry'],
  ['leverage-high', 'high leverage'],
  ['stop-beyond-liquidation', 'stop-loss beyond liquidation'],
  ['tier-jump', 'higher tier'],
  ['instant-liquidation', 'instant liquidation'],
  ['notional-above-cap', 'above the leverage cap'],
  ['stale-market-data', 'old market data'],
  ['market-data-refresh-failed', 'old market data'],
  ['cannot-read', 'page not read'],
];

const warning = (kind: WarningKind): Warning => ({ kind, message: `the ${kind} sentence` });
const side = (s: 'long' | 'short', warnings: Warning[]): OrderSideResult => ({ side: s, estimate: 'unknown', displayed: null, reasons: [], assumptions: [], warnings });

describe('warning names in the answer', () => {
  it.each(NAMES)('%s is named "%s" wherever it is: a position, an order side, the whole form', (kind, name) => {
    const result: EstimatesResult = {
      symbol: 'BTCUSDT',
      positions: [{ key: 'k', symbol: 'BTCUSDT', side: 'long', estimate: 'unknown', displayed: null, verdict: 'unknown', reasons: [], assumptions: [], warnings: [warning(kind)] }],
      order: { long: side('long', [warning(kind)]), short: side('short', []) },
      warnings: [warning(kind)],
    };
    const named = withOverlayWords(result);
    for (const w of [named.positions[0]!.warnings![0]!, named.order!.long.warnings[0]!, named.warnings[0]!]) {
      expect(w).toEqual({ kind, message: `the ${kind} sentence`, name });
    }
    expect(named.order!.short.warnings).toEqual([]);
  });

  it('a kind the worker has no name for is named by its id', () => {
    const unknown = { kind: 'margin-call', message: 'x' } as unknown as Warning;
    expect(withOverlayWords({ symbol: 'X', positions: [], order: null, warnings: [unknown] }).warnings[0]!.name).toBe('margin-call');
  });

  it("every answer the worker sends carries them (a 10x order above the 5x threshold: high leverage)", async () => {
    const marketFor: MarketFor = async () => bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
    const message: SnapshotMessage = {
      type: 'snapshot',
      v: PROTOCOL_VERSION,
      seq: 1,
      snapshot: snapshot({ order: order({ price: '100000', size: '0.01', leverage: '10', mode: 'isolated' }), wallet: '1000', mark: '100000' }),
    };
    const reply = (await answer(message, marketFor, { settings: { ...DEFAULT_SETTINGS, highLeverage: '5' } })) as EstimatesMessage;
    const high = reply.result.order?.long.warnings.find((w) => w.kind === 'leverage-high');
    expect(high?.name).toBe('high leverage');
  });
});
