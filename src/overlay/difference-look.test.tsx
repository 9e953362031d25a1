// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// Issue 21 on the badge: which way a difference cuts in words and looks, the partial-liquidation
// flag, one quiet mark for the table's age and refresh state, and nothing cut short.
import { afterEach, describe, expect, test } from 'vitest';
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import type { PositionResult } from '../protocol/estimates';
import { PositionBadge } from './position-badge';

function position(overrides: Partial<PositionResult> = {}): PositionResult {
  return { key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate: '59000', displayed: '58000.0', verdict: 'differs', differencePercent: '1.72', reasons: [], assumptions: [], ...overrides };
}

let container: HTMLElement;
function show(element: Child): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  return container;
}
const badgeOf = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-liqcheck="position"]')!;

afterEach(() => container.remove());

describe('a difference says which way it cuts', () => {
  test('sooner: the words, the percentage, and data-direction for the danger look', () => {
    const badge = badgeOf(show(<PositionBadge result={position({ direction: 'sooner' })} locale="en-US" />));
    expect(badge.textContent).toBe('Liqcheck 59,000.0 liquidates sooner than shown (1.72 %)');
    expect(badge.dataset.direction).toBe('sooner');
    expect(badge.dataset.verdict).toBe('differs');
    expect(badge.title).toContain('Verdict: liquidates sooner than shown (1.72 %)');
  });

  test('later: its own words; the percentage stays a magnitude', () => {
    const badge = badgeOf(show(<PositionBadge result={position({ direction: 'later', estimate: '57000', differencePercent: '-1.72' })} locale="en-US" />));
    expect(badge.textContent).toBe('Liqcheck 57,000.0 liquidates later than shown (1.72 %)');
    expect(badge.dataset.direction).toBe('later');
    // It may wrap in a narrow cell rather than lie over the next column (overlay-css-words.test.ts).
    expect(badge.querySelector('.verdict')!.classList.contains('verdict-fixed')).toBe(false);
  });

  test('without a percentage (the exchange shows none): the words and the reason', () => {
    const badge = badgeOf(show(<PositionBadge result={position({ direction: 'sooner', displayed: 'none', differencePercent: undefined, reasons: ['the exchange shows no liquidation price'] })} locale="en-US" />));
    expect(badge.textContent).toContain('liquidates sooner than shown: the exchange shows no liquidation price');
  });

  test('no direction (side unknown): "differs by", no data-direction', () => {
    const badge = badgeOf(show(<PositionBadge result={position()} locale="en-US" />));
    expect(badge.textContent).toContain('differs by 1.72 %');
    expect(badge.hasAttribute('data-direction')).toBe(false);
  });

  test('the screen reader hears the direction too', () => {
    const root = show(<PositionBadge result={position({ direction: 'sooner' })} locale="en-US" />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('BTCUSDT Long: liquidates sooner than shown');
  });
});

describe('partial liquidation', () => {
  test('flagged: data-partial on the badge, the sentence in the tooltip and in the expanded view', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree', partialLiquidation: true })} locale="en-US" expanded />);
    const badge = badgeOf(root);
    expect(badge.dataset.partial).toBe('true');
    expect(badge.title).toContain('may liquidate this position in steps');
    expect(root.querySelector('[data-liqcheck="position-details"] [data-liqcheck="partial"]')!.textContent).toContain('may close only part of it');
  });

  test('with the first step\'s size where the rule gives it', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree', partialLiquidation: true, partialFirstStepPercent: '20' })} locale="en-US" expanded />);
    expect(root.querySelector('[data-liqcheck="partial"]')!.textContent).toBe('The exchange may liquidate this position in steps: the first closes 20 % of it.');
  });

  test('not flagged: nothing said', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree' })} locale="en-US" expanded />);
    expect(badgeOf(root).hasAttribute('data-partial')).toBe(false);
    expect(root.querySelector('[data-liqcheck="partial"]')).toBeNull();
  });
});

describe('the table\'s age and refresh state', () => {
  const warnings = [
    { kind: 'stale-market-data' as const, message: 'Tier table of 2026-09-16 is 80 days old' },
    { kind: 'market-data-refresh-failed' as const, message: 'www.binance.com answered 403' },
  ];

  test('one quiet mark on the badge, not a chip each: its words are visually hidden, hooks kept', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree', warnings, table: { date: '2026-09-16', origin: 'bundled', ageDays: 80 }, tableText: 'Tier table of 2026-09-16 (bundled)' })} locale="en-US" />);
    const marks = root.querySelectorAll('[data-liqcheck="market-data"]');
    expect(marks.length).toBe(1);
    expect(marks[0]!.textContent).toBe('');
    const hooks = [...badgeOf(root).querySelectorAll<HTMLElement>('[data-liqcheck="warning"]')];
    expect(hooks.map((h) => h.dataset.kind)).toEqual(['stale-market-data', 'market-data-refresh-failed']);
    expect(hooks.every((h) => h.classList.contains('sr-only'))).toBe(true);
    expect(root.querySelectorAll('.tag[data-liqcheck="warning"]').length).toBe(0);
    expect(badgeOf(root).textContent).toBe('Liqcheck 59,000.0 agrees Tier table of 2026-09-16 is 80 days old www.binance.com answered 403');
  });

  test('the expanded view says each in full under the tier table', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree', warnings, table: { date: '2026-09-16', origin: 'bundled', ageDays: 80 }, tableText: 'Tier table of 2026-09-16 (bundled)' })} locale="en-US" expanded />);
    const notes = [...root.querySelectorAll('[data-liqcheck="position-details"] .table-date .reason')].map((n) => n.textContent);
    expect(notes).toEqual(['Tier table of 2026-09-16 is 80 days old', 'www.binance.com answered 403']);
  });

  test('a louder warning on the position (a stop beyond liquidation) is no quiet note: a tag in sight, in its own look', () => {
    const stop = { kind: 'stop-beyond-liquidation' as const, message: 'Your stop at 56,000.0 triggers after liquidation at 57,228.9', name: 'stop-loss beyond liquidation' };
    const root = show(<PositionBadge result={position({ verdict: 'agree', warnings: [stop, warnings[0]!], table: { date: '2026-09-16', origin: 'bundled', ageDays: 80 }, tableText: 'Tier table of 2026-09-16 (bundled)' })} locale="en-US" expanded />);
    const tag = root.querySelector<HTMLElement>('[data-kind="stop-beyond-liquidation"]')!;
    expect(tag.classList.contains('sr-only')).toBe(false);
    expect(tag.className).toBe('tag warning-danger');
    expect(tag.dataset.severity).toBe('danger');
    expect(tag.textContent).toBe('stop-loss beyond liquidation');
    expect(badgeOf(root).title).toContain(`Note: ${stop.message}`);
    // The quiet mark is there for the table's note only; the expanded view's table line lists only that note.
    expect(root.querySelectorAll('[data-liqcheck="market-data"]').length).toBe(1);
    expect([...root.querySelectorAll('.table-date .reason')].map((n) => n.getAttribute('data-kind'))).toEqual(['stale-market-data']);
  });

  test('no warnings: no mark', () => {
    const root = show(<PositionBadge result={position({ verdict: 'agree' })} locale="en-US" />);
    expect(root.querySelector('[data-liqcheck="market-data"]')).toBeNull();
  });
});

describe('nothing cut short', () => {
  test('a long reason is in the badge whole, in a verdict that may wrap (overlay-css-words.test.ts)', () => {
    const reason = 'no tier table for SOLUSDT: www.binance.com answered 403 to /fapi/v1/leverageBracket';
    const root = show(<PositionBadge result={position({ verdict: 'unknown', estimate: 'unknown', displayed: null, reasons: [reason] })} locale="en-US" />);
    const verdict = root.querySelector('.verdict')!;
    expect(verdict.textContent).toBe(`cannot verify: ${reason}`);
    expect(verdict.classList.contains('verdict-fixed')).toBe(false);
  });
});
