// The tier table in a few words, as the worker writes it into each position of an answer. Expected
// sentences: the English catalog's words (src/i18n/messages/overlay.ts), filled in by hand.
import { describe, expect, it } from 'vitest';
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { withOverlayWords } from './answer-words';
import { tableSentence } from './table-sentence';

describe('tableSentence', () => {
  it('a bundled table with its date', () => {
    expect(tableSentence({ table: { date: '2026-09-16', origin: 'bundled', ageDays: 67 } })).toBe('Tier table of 2026-09-16 (bundled)');
  });

  it('a fetched table says when, to the minute, in UTC', () => {
    expect(tableSentence({ table: { date: '2026-11-22', origin: 'fetched', fetchedAt: '2026-11-22T09:15:00.000Z', ageDays: 0 } })).toBe('Tier table of 2026-11-22 (fetched 2026-11-22 09:15 UTC)');
    expect(tableSentence({ table: { date: '2026-11-22', origin: 'fetched', ageDays: 0 } })).toBe('Tier table of 2026-11-22 (fetched)');
  });

  it('an undated table, a bare date, and no table at all', () => {
    expect(tableSentence({ table: { date: '', origin: 'bundled' } })).toBe('Undated tier table (bundled)');
    expect(tableSentence({ tableDate: '2025-06-01' })).toBe('Tier table of 2025-06-01');
    expect(tableSentence({})).toBeNull();
  });
});

describe('the answer carries it', () => {
  const position = (extra: Partial<PositionResult>): PositionResult => ({ key: 'k', symbol: 'BTCUSDT', side: 'long', estimate: 'unknown', displayed: null, verdict: 'unknown', reasons: [], assumptions: [], ...extra });
  const answered = (p: PositionResult) => withOverlayWords({ symbol: 'BTCUSDT', positions: [p], order: null, warnings: [] } satisfies EstimatesResult).positions[0]!;

  it('on each position with a table; none without', () => {
    expect(answered(position({ table: { date: '2026-09-16', origin: 'bundled', ageDays: 80 } })).tableText).toBe('Tier table of 2026-09-16 (bundled)');
    expect('tableText' in answered(position({}))).toBe(false);
  });
});
