// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import { afterEach, describe, expect, test } from 'vitest';
import type { PositionResult } from '../protocol/estimates';
import { PositionBadge } from './position-badge';

function position(overrides: Partial<PositionResult> = {}): PositionResult {
  return {
    key: 'BTCUSDT:long',
    symbol: 'BTCUSDT',
    side: 'long',
    estimate: '58123.456',
    displayed: '58120.5',
    verdict: 'agree',
    reasons: [],
    assumptions: [],
    ...overrides,
  };
}

let container: HTMLElement;
function show(element: Child): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  const badge = container.querySelector<HTMLElement>('[data-liqcheck="position"]');
  if (!badge) throw new Error('no badge rendered');
  return badge;
}

afterEach(() => {
  container.replaceChildren();
  container.remove();
});

describe('PositionBadge', () => {
  test('agree: hooks carry the input, text shows the estimate at the exchange precision', () => {
    const badge = show(<PositionBadge result={position()} locale="en-US" />);
    expect(badge.dataset.symbol).toBe('BTCUSDT');
    expect(badge.dataset.side).toBe('long');
    expect(badge.dataset.estimate).toBe('58123.456');
    expect(badge.dataset.displayed).toBe('58120.5');
    expect(badge.dataset.verdict).toBe('agree');
    expect(badge.hasAttribute('data-stale')).toBe(false);
    // displayed has 1 decimal: 58123.456 -> 58,123.5
    expect(badge.textContent).toBe('Liqcheck 58,123.5 agrees');
  });

  test('differs: shows the difference size', () => {
    const badge = show(
      <PositionBadge
        result={position({ estimate: '57000', displayed: '58120.5', verdict: 'differs', differencePercent: '-1.9278' })}
        locale="en-US"
      />,
    );
    expect(badge.dataset.verdict).toBe('differs');
    expect(badge.dataset.estimate).toBe('57000');
    expect(badge.textContent).toContain('57,000.0');
    expect(badge.textContent).toContain('differs by 1.93 %');
  });

  test('differs without a percentage (one side has no price): says why', () => {
    const badge = show(
      <PositionBadge
        result={position({ estimate: 'none', displayed: '30000', verdict: 'differs', reasons: ['fully collateralised'] })}
        locale="en-US"
      />,
    );
    expect(badge.dataset.estimate).toBe('none');
    expect(badge.dataset.displayed).toBe('30000');
    expect(badge.textContent).toContain('no liquidation price');
    expect(badge.textContent).toContain('differs: fully collateralised');
  });

  test('unknown estimate: cannot verify with the reason, and no number', () => {
    const badge = show(
      <PositionBadge
        result={position({ estimate: 'unknown', displayed: null, verdict: 'unknown', reasons: ['size unit unclear'] })}
        locale="en-US"
      />,
    );
    expect(badge.dataset.estimate).toBe('unknown');
    expect(badge.dataset.verdict).toBe('unknown');
    expect(badge.hasAttribute('data-displayed')).toBe(false);
    expect(badge.textContent).toContain('cannot verify: size unit unclear');
    expect(badge.textContent).not.toMatch(/\d/);
  });

  test('estimate known but exchange figure unreadable: the estimate and cannot verify', () => {
    const badge = show(
      <PositionBadge
        result={position({ displayed: null, verdict: 'unknown', reasons: ['Liq. Price shows "--"'] })}
        locale="en-US"
      />,
    );
    expect(badge.dataset.estimate).toBe('58123.456');
    expect(badge.hasAttribute('data-displayed')).toBe(false);
    // no reference figure and price >= 1: 2 decimals
    expect(badge.textContent).toContain('58,123.46');
    expect(badge.textContent).toContain('cannot verify: Liq. Price shows "--"');
  });

  test('none on both sides: agrees that no liquidation price exists', () => {
    const badge = show(<PositionBadge result={position({ estimate: 'none', displayed: 'none' })} locale="en-US" />);
    expect(badge.dataset.estimate).toBe('none');
    expect(badge.dataset.displayed).toBe('none');
    expect(badge.textContent).toContain('no liquidation price');
    expect(badge.textContent).toContain('agrees');
  });

  test('tooltip holds the exchange figure, reasons, assumptions and table date', () => {
    const badge = show(
      <PositionBadge
        result={position({
          verdict: 'differs',
          differencePercent: '0.5',
          reasons: ['tier 2 at the liquidation price'],
          assumptions: ['fee to close at 0.055 %', 'mark price = last'],
          tableDate: '2025-06-01',
          tableText: 'Tier table of 2025-06-01',
        })}
        locale="en-US"
      />,
    );
    const title = badge.getAttribute('title') ?? '';
    expect(title).toContain('58,120.5');
    expect(title).toContain('tier 2 at the liquidation price');
    expect(title).toContain('fee to close at 0.055 %');
    expect(title).toContain('mark price = last');
    expect(title).toContain('2025-06-01');
  });

  test('pending: checking…, no number, identity from props', () => {
    const badge = show(<PositionBadge result={null} pending symbol="ETHUSDT" side="short" locale="en-US" />);
    expect(badge.dataset.estimate).toBe('unknown');
    expect(badge.dataset.verdict).toBe('unknown');
    expect(badge.dataset.pending).toBe('true');
    expect(badge.dataset.symbol).toBe('ETHUSDT');
    expect(badge.dataset.side).toBe('short');
    expect(badge.textContent).toContain('checking…');
  });

  test('stale: says so, hides the last number and carries data-stale', () => {
    const badge = show(<PositionBadge result={position()} stale locale="en-US" />);
    expect(badge.dataset.stale).toBe('true');
    expect(badge.dataset.estimate).toBe('unknown');
    expect(badge.dataset.verdict).toBe('unknown');
    expect(badge.dataset.symbol).toBe('BTCUSDT');
    expect(badge.textContent).toContain('stale: no fresh estimate');
    expect(badge.textContent).not.toContain('58,123');
  });

  test('page text with HTML renders as text only', () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const badge = show(
      <PositionBadge
        result={position({ symbol: evil, estimate: 'unknown', verdict: 'unknown', reasons: [evil], assumptions: [evil] })}
        locale="en-US"
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(badge.dataset.symbol).toBe(evil);
    expect(badge.textContent).toContain(evil);
    expect(badge.getAttribute('title')).toContain(evil);
  });

  test('unconfirmed reading: a quiet mark on every badge, the explanation in the expanded view', () => {
    const explanation = "This exchange's page reading is unconfirmed: no real page has been checked";
    for (const props of [{ result: position() }, { result: null, pending: true }, { result: position(), stale: true }]) {
      const badge = show(<PositionBadge {...props} unconfirmed locale="en-US" />);
      const mark = badge.querySelector<HTMLElement>('[data-liqcheck="unconfirmed"]');
      expect(mark?.textContent).toBe('unconfirmed');
      expect(mark?.getAttribute('title')).toBe(explanation);
      container.replaceChildren();
      container.remove();
    }
    show(<PositionBadge result={position()} unconfirmed expanded locale="en-US" />);
    expect(container.querySelector('[data-liqcheck="unconfirmed-note"]')?.textContent).toBe(explanation);
  });

  test('a confirmed reading carries no mark', () => {
    show(<PositionBadge result={position()} expanded locale="en-US" />);
    expect(container.querySelector('[data-liqcheck="unconfirmed"], [data-liqcheck="unconfirmed-note"]')).toBeNull();
  });
});
