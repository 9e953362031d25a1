// A signed-out page (no positions panel, a Log in button: PositionsPanel.signedOut) holds no position:
// the order is estimated as a new position and the answer says it assumed so. A panel that shows no
// rows and no count, on a signed-in page, stays "cannot verify".
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import type { PageSnapshot } from '../protocol/snapshot';
import { estimatePage } from './estimate-page';
import { missing, order, snapshot } from './testing/make-snapshot';

const market = bundledMarket(Date.parse('2026-11-22T00:00:00Z'));

// BTCUSDT isolated 20x, 0.100 BTC at 60,500.0: a new position on either side.
function page(positions: PageSnapshot['positions']): PageSnapshot {
  return { ...snapshot({ order: order({ price: '60500.0', size: '0.100', leverage: '20', mode: 'isolated' }), mark: '61000.0', wallet: '5000' }), positions };
}

describe('an order on a signed-out page', () => {
  it('is estimated as a new position, and says so, on both sides', () => {
    const result = estimatePage(page({ rows: [], declaredCount: missing('positions: the page is signed out'), signedOut: true }), market);
    for (const side of ['long', 'short'] as const) {
      const answer = result.order![side];
      expect(answer.estimate, answer.reasons.join(' | ')).toMatch(/^\d/);
      expect(answer.assumptions.join(' | ')).toContain('signed out');
      expect(answer.assumptions.join(' | ')).toContain('new position');
    }
  });

  it('the same estimate as a signed-in page that says it holds no position', () => {
    const signedOut = estimatePage(page({ rows: [], declaredCount: missing('signed out'), signedOut: true }), market);
    const none = estimatePage(page({ rows: [], declaredCount: { ok: true, value: 0 } }), market);
    expect(signedOut.order!.long.estimate).toBe(none.order!.long.estimate);
    expect(signedOut.order!.short.estimate).toBe(none.order!.short.estimate);
    expect(none.order!.long.assumptions.join(' | ')).not.toContain('signed out');
  });

  it('a signed-in panel with no rows and no count stays cannot verify', () => {
    const result = estimatePage(page({ rows: [], declaredCount: missing('positions count: the tab shows no count') }), market);
    expect(result.order!.long.estimate).toBe('unknown');
    expect(result.order!.short.estimate).toBe('unknown');
  });
});
