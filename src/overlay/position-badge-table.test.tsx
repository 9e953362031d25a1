// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// The badge names the tier table it used (in the worker's words: src/background/table-sentence.ts)
// and shows an old table or a refused refresh in a few words, with the full message in the tooltip.
import { render } from './dom-jsx/render';
import { afterEach, describe, expect, test } from 'vitest';
import type { PositionResult } from '../protocol/estimates';
import { PositionBadge } from './position-badge';

const base: PositionResult = { key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate: '90361.4', displayed: '90361.4', verdict: 'agree', reasons: [], assumptions: [] };

let container: HTMLElement;
function show(result: PositionResult): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<PositionBadge result={result} locale="en-US" />, container);
  return container.querySelector<HTMLElement>('[data-liqcheck="position"]')!;
}
afterEach(() => {
  container.replaceChildren();
  container.remove();
});

describe('PositionBadge and its tier table', () => {
  test('a bundled table 67 days old: the message in the quiet mark and the badge title, the table in the badge title', () => {
    const message = 'BTCUSDT tier table of 2026-09-16 (bundled) is 67 days old';
    const badge = show({ ...base, table: { date: '2026-09-16', origin: 'bundled', ageDays: 67 }, tableText: 'Tier table of 2026-09-16 (bundled)', warnings: [{ kind: 'stale-market-data', message }] });
    const tag = badge.querySelector<HTMLElement>('[data-liqcheck="warning"]')!;
    expect(tag.dataset.kind).toBe('stale-market-data');
    expect(tag.textContent).toBe(message);
    expect(tag.classList.contains('sr-only')).toBe(true);
    expect(badge.querySelectorAll('[data-liqcheck="market-data"]').length).toBe(1);
    expect(badge.title).toContain('Tier table of 2026-09-16 (bundled)');
    expect(badge.title).toContain(`Note: ${message}`);
    expect(badge.textContent).toBe(`Liqcheck 90,361.4 agrees ${message}`);
  });

  test('a fetched table says when it was fetched; a refused refresh is said in the quiet mark', () => {
    const message = 'BTCUSDT: the refresh at 2026-11-22 10:00 UTC was not used (tier 2 rate 5 is not in (0, 1)); still on the tier table of 2026-11-22';
    const badge = show({
      ...base,
      table: { date: '2026-11-22', origin: 'fetched', fetchedAt: '2026-11-22T09:15:00.000Z', ageDays: 0 },
      tableText: 'Tier table of 2026-11-22 (fetched 2026-11-22 09:15 UTC)',
      warnings: [{ kind: 'market-data-refresh-failed', message }],
    });
    expect(badge.title).toContain('Tier table of 2026-11-22 (fetched 2026-11-22 09:15 UTC)');
    const tag = badge.querySelector<HTMLElement>('[data-kind="market-data-refresh-failed"]')!;
    expect(tag.textContent).toBe(message);
    expect(badge.title).toContain(`Note: ${message}`);
  });

  test('a fresh table: no tag', () => {
    const badge = show({ ...base, table: { date: '2026-11-22', origin: 'fetched', fetchedAt: '2026-11-22T09:15:00.000Z', ageDays: 0 } });
    expect(badge.querySelector('[data-liqcheck="warning"]')).toBeNull();
  });
});
