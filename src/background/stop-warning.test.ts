// The stop check's edges: "at or beyond" includes equality, the nearer liquidation figure counts, a
// stop ten times from the mark is no price, and each venue's trigger sentence (docs/real-pages.md §8).
import { describe, expect, it } from 'vitest';
import { positionStopWarning, STOP_TRIGGER } from './stop-warning';

describe('positionStopWarning', () => {
  it('a long: a stop equal to the liquidation price warns; one tick above does not', () => {
    expect(positionStopWarning('bybit', 'long', '54271.4', ['54271.4'], '61000.0')?.kind).toBe('stop-beyond-liquidation');
    expect(positionStopWarning('bybit', 'long', '54271.5', ['54271.4'], '61000.0')).toBeNull();
  });

  it('a short: at or above warns, below does not', () => {
    expect(positionStopWarning('okx', 'short', '69000.0', ['69000.0'], '61000.0')).not.toBeNull();
    expect(positionStopWarning('okx', 'short', '68999.9', ['69000.0'], '61000.0')).toBeNull();
  });

  it("takes the figure the mark reaches first: a long's higher, a short's lower", () => {
    // Long: Liqcheck 54,271.36, the exchange 55,000.0: a stop at 54,500 is below the exchange's.
    expect(positionStopWarning('bybit', 'long', '54500.0', ['54271.3567', '55000.0'], '61000.0')?.message).toContain('liquidation price 55000.0');
    // Short: Liqcheck 67,860.70, the exchange 69,000.0: a stop at 68,000 is above Liqcheck's.
    expect(positionStopWarning('bybit', 'short', '68000.0', ['67860.6965', '69000.0'], '61000.0')?.message).toContain('liquidation price 67860.7');
  });

  it('no figure, or a stop ten times away from the mark: nothing said', () => {
    expect(positionStopWarning('bybit', 'long', '54000.0', [], '61000.0')).toBeNull();
    expect(positionStopWarning('bybit', 'long', '5000.0', ['54271.4'], '61000.0')).toBeNull();
  });

  it('says how the venue triggers its stops', () => {
    expect(positionStopWarning('binance-usdm', 'long', '50000.0', ['57228.9'], '61000.0')?.message).toContain('on Binance USDⓈ-M a stop triggers on the last price by default');
    expect(positionStopWarning('hyperliquid', 'long', '50000', ['57228'], '61000')?.message).toContain('which price triggers a stop on Hyperliquid is not confirmed');
    expect(Object.values(STOP_TRIGGER).every((v) => v === 'last' || v === 'unknown')).toBe(true);
  });
});
