import { describe, expect, test } from 'vitest';
import type { EstimatesResult } from './estimates';
import { maskAmounts, withoutAmounts } from './mask-amounts';

describe('maskAmounts', () => {
  test('a number with an asset code is an amount', () => {
    expect(maskAmounts('the position after this order (332750 USDT) is above 300000 USDT, the most the venue allows at 125x')).toBe(
      'the position after this order (••• USDT) is above ••• USDT, the most the venue allows at 125x',
    );
    expect(maskAmounts('下单后的仓位（332750 USDT）超过交易所在 125 倍杠杆下允许的上限 300000 USDT')).toBe('下单后的仓位（••• USDT）超过交易所在 125 倍杠杆下允许的上限 ••• USDT');
    expect(maskAmounts('IM 3,014.85 USDT: could not be read')).toBe('IM ••• USDT: could not be read');
    expect(maskAmounts('margin 0.0123 BTC')).toBe('margin ••• BTC');
    expect(maskAmounts('-1,234.5 USDC')).toBe('••• USDC');
  });

  test('prices, percents, leverage, counts, dates and times stay', () => {
    const kept = [
      'the margin is below maintenance on fill: the liquidation price 60741.03586 is beyond 61000, so the position would be liquidated at once',
      'this order moves the position from tier 1 (maintenance rate 0.4 %) to tier 2 (maintenance rate 0.5 %)',
      'leverage 125x is above your limit of 20x',
      'only 3 of 12 positions are visible',
      'BTCUSDT: the refresh at 2026-11-22 10:00 UTC was not used; still on the tier table of 2026-09-16 (bundled)',
      'BTCUSDT tier table of 2026-09-16 (bundled) is 67 days old',
    ];
    for (const text of kept) expect(maskAmounts(text)).toBe(text);
  });
});

describe('withoutAmounts', () => {
  test('masks every sentence of the result and leaves the decimal fields and the input alone', () => {
    const result: EstimatesResult = {
      symbol: 'BTCUSDT',
      positions: [
        {
          key: 'k',
          symbol: 'BTCUSDT',
          side: 'long',
          estimate: '57228.9',
          displayed: '57228.9',
          verdict: 'differs',
          reasons: ['wallet 5000 USDT'],
          assumptions: ['isolated margin 1500 USDT'],
          warnings: [{ kind: 'stale-market-data', message: 'table of 2026-09-16 is 67 days old' }],
          likelyCause: { kind: 'other-cross-positions', message: 'other positions worth 11800 USDT' },
          metrics: { equity: '2000' },
          risk: { fundingNote: 'margin 2000 USDT', touchNote: 'no volatility' },
        },
      ],
      order: {
        long: { side: 'long', estimate: '1', displayed: null, reasons: ['size 5 BTC'], assumptions: [], warnings: [{ kind: 'notional-above-cap', message: '(332750 USDT)' }], after: { notional: '332750' } },
        short: { side: 'short', estimate: '2', displayed: null, reasons: [], assumptions: ['cost 302.5 USDT'], warnings: [] },
      },
      warnings: [{ kind: 'cannot-read', message: 'Wallet 8,000.00 USDT' }],
    };
    const before = structuredClone(result);
    const masked = withoutAmounts(result);
    expect(result).toEqual(before);
    const p = masked.positions[0]!;
    expect([p.reasons, p.assumptions, p.likelyCause?.message, p.risk?.fundingNote, p.risk?.touchNote]).toEqual([
      ['wallet ••• USDT'],
      ['isolated margin ••• USDT'],
      'other positions worth ••• USDT',
      'margin ••• USDT',
      'no volatility',
    ]);
    expect(p.warnings![0]!.message).toBe('table of 2026-09-16 is 67 days old');
    expect(p.metrics).toEqual({ equity: '2000' });
    expect(masked.order!.long.reasons).toEqual(['size ••• BTC']);
    expect(masked.order!.long.warnings[0]!.message).toBe('(••• USDT)');
    expect(masked.order!.long.after).toEqual({ notional: '332750' });
    expect(masked.order!.short.assumptions).toEqual(['cost ••• USDT']);
    expect(masked.warnings[0]!.message).toBe('Wallet ••• USDT');
  });
});
