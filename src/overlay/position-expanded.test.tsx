// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// The expanded badge: likely cause, figures at the mark, risk view, assumptions and table; privacy
// mode; the toggle. Expected texts are the inputs written the way en-US Intl writes them.
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PositionResult } from '../protocol/estimates';
import { PositionBadge } from './position-badge';

const metrics = {
  markPrice: '61000.0',
  distancePrice: '3771.1',
  distancePercent: '6.18213114754098360655737704918032786885',
  marginRatioPercent: '8.7301587301587301587301587301587301587',
  maintenanceMargin: '122',
  equity: '1397.4',
  lossAtLiquidation: '1885.55',
  notional: '30500',
  settlementAsset: 'USDT',
  fundingRatePercent: '-0.0125',
  fundingIntervalHours: '8',
  leverage: '20',
};

function position(overrides: Partial<PositionResult> = {}): PositionResult {
  return {
    key: 'BTCUSDT:long',
    symbol: 'BTCUSDT',
    side: 'long',
    estimate: '57228.9',
    displayed: '57228.9',
    verdict: 'agree',
    reasons: [],
    assumptions: ['fee to close at 0.05 %'],
    table: { date: '2026-09-16', origin: 'bundled', ageDays: 67 },
    tableText: 'Tier table of 2026-09-16 (bundled)',
    metrics,
    ...overrides,
  };
}

let container: HTMLElement;
function show(element: Child): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  return container;
}
afterEach(() => {
  container.replaceChildren();
  container.remove();
});

function row(name: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-metric="${name}"]`);
}
function rowValue(name: string): string | null | undefined {
  return row(name)?.querySelector('dd')?.textContent;
}

describe('the compact badge', () => {
  test('shows no details; the toggle is a button with aria-expanded=false and no text of its own', () => {
    show(<PositionBadge result={position()} locale="en-US" />);
    const badge = container.querySelector<HTMLElement>('[data-liqcheck="position"]')!;
    expect(badge.textContent).toBe('Liqcheck 57,228.9 agrees');
    expect(badge.dataset.expanded).toBe('false');
    const toggle = badge.querySelector<HTMLButtonElement>('button[data-liqcheck="toggle"]')!;
    expect(toggle.type).toBe('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Show details');
    expect(container.querySelector('[data-liqcheck="position-details"]')).toBeNull();
  });

  test('the toggle calls back and does not let the click reach the page row', () => {
    const onToggle = vi.fn();
    show(<PositionBadge result={position()} locale="en-US" onToggle={onToggle} />);
    const rowClick = vi.fn();
    container.addEventListener('click', rowClick);
    container.querySelector<HTMLButtonElement>('[data-liqcheck="toggle"]')!.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(rowClick).not.toHaveBeenCalled();
  });

  test('Escape on the toggle closes an open view and does nothing to a closed one', () => {
    const onToggle = vi.fn();
    show(<PositionBadge result={position()} expanded locale="en-US" onToggle={onToggle} />);
    const escape = () => container.querySelector('[data-liqcheck="toggle"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    escape();
    expect(onToggle).toHaveBeenCalledTimes(1);
    render(<PositionBadge result={position()} locale="en-US" onToggle={onToggle} />, container);
    escape();
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  test('pending and stale badges have no toggle', () => {
    show(<PositionBadge result={position()} stale locale="en-US" />);
    expect(container.querySelector('[data-liqcheck="toggle"]')).toBeNull();
  });
});

describe('the expanded badge', () => {
  test('every figure at the mark, formatted from the worker strings', () => {
    show(<PositionBadge result={position()} expanded locale="en-US" />);
    const toggle = container.querySelector<HTMLButtonElement>('[data-liqcheck="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toBe('Hide details');
    const details = container.querySelector<HTMLElement>('[data-liqcheck="position-details"]')!;
    expect(toggle.getAttribute('aria-controls')).toBe(details.id);
    // Prices at the exchange's precision (one decimal), percents to 2 decimals, USDT amounts to 2.
    expect(rowValue('markPrice')).toBe('61,000.0');
    expect(rowValue('distance')).toBe('3,771.1 (6.18 %)');
    expect(rowValue('marginRatio')).toBe('8.73 %');
    expect(rowValue('maintenanceMargin')).toBe('122.00 USDT');
    expect(rowValue('equity')).toBe('1,397.40 USDT');
    expect(rowValue('lossAtLiquidation')).toBe('1,885.55 USDT');
    expect(rowValue('notional')).toBe('30,500.00 USDT');
    expect(rowValue('funding')).toBe('-0.013 % every 8 h');
    expect(rowValue('leverage')).toBe('20x');
    expect(row('distance')?.dataset.value).toBe('3771.1');
    expect(details.textContent).toContain('fee to close at 0.05 %');
    expect(details.textContent).toContain('Tier table of 2026-09-16 (bundled)');
  });

  test('a 20-digit decimal keeps every digit (Intl takes the string, not a float)', () => {
    show(<PositionBadge result={position({ metrics: { ...metrics, notional: '12345678901234567.89' } })} expanded locale="en-US" />);
    expect(rowValue('notional')).toBe('12,345,678,901,234,567.89 USDT');
  });

  test('a coin-settled position shows coin amounts with more decimals', () => {
    show(<PositionBadge result={position({ metrics: { ...metrics, settlementAsset: 'BTC', equity: '0.0123456', maintenanceMargin: '1.5' } })} expanded locale="en-US" />);
    expect(rowValue('equity')).toBe('0.01235 BTC');
    expect(rowValue('maintenanceMargin')).toBe('1.5000 BTC');
  });

  test('absent or unreadable figures are left out, never invented', () => {
    show(<PositionBadge result={position({ metrics: { markPrice: '61000.0', equity: 'NaN', notional: '1e5' } })} expanded locale="en-US" />);
    expect(row('markPrice')).not.toBeNull();
    for (const name of ['distance', 'marginRatio', 'maintenanceMargin', 'equity', 'notional', 'lossAtLiquidation', 'funding', 'leverage']) {
      expect(row(name), name).toBeNull();
    }
  });

  test('differs: the likely cause in words and data-cause on the badge', () => {
    show(
      <PositionBadge
        result={position({ verdict: 'differs', estimate: '57000', differencePercent: '-0.4', likelyCause: { kind: 'tier', message: 'The exchange may use tier 2 at this size' } })}
        expanded
        locale="en-US"
      />,
    );
    const badge = container.querySelector<HTMLElement>('[data-liqcheck="position"]')!;
    expect(badge.dataset.cause).toBe('tier');
    expect(container.querySelector('[data-liqcheck="position-details"] [data-cause="tier"]')?.textContent).toBe('Likely cause The exchange may use tier 2 at this size');
  });

  test('agree: no data-cause even if the worker sent one', () => {
    show(<PositionBadge result={position({ likelyCause: { kind: 'tier', message: 'x' } })} expanded locale="en-US" />);
    expect(container.querySelector<HTMLElement>('[data-liqcheck="position"]')!.hasAttribute('data-cause')).toBe(false);
  });

  test('the risk view: hours, touch probabilities in percent and the volatility with its source and age', () => {
    show(
      <PositionBadge
        result={position({
          risk: {
            fundingHoursToLiquidation: '11184.5',
            touchProbability: { hour1: '0.0000123', hour24: '0.1834' },
            volatility: { annualised: '0.55', source: 'Binance 1h candles', asOf: '2026-11-22T05:00:00Z', ageMinutes: 42 },
            touchAssumption: 'lognormal mark, zero drift, constant volatility',
          },
        })}
        expanded
        locale="en-US"
      />,
    );
    expect(rowValue('fundingHours')).toBe('11,184.5 h');
    expect(rowValue('touch1h')).toBe('< 0.01 %');
    expect(rowValue('touch24h')).toBe('18.34 %');
    expect(rowValue('volatility')).toBe('55 % a year (Binance 1h candles, 42 min old)');
    expect(container.querySelector('[data-liqcheck="risk"] .risk-model')?.textContent).toBe('lognormal mark, zero drift, constant volatility');
  });

  test('touch probabilities: 1 % and 0.01 % as they are, zero as 0 %, anything between 0 and 0.01 % as "< 0.01 %"', () => {
    const cases: [string, string][] = [['0.01', '1 %'], ['0.0001', '0.01 %'], ['0', '0 %'], ['0.000099', '< 0.01 %'], ['0.00000000018', '< 0.01 %'], ['1', '100 %']];
    show(<PositionBadge result={position()} expanded locale="en-US" />);
    for (const [value, text] of cases) {
      render(<PositionBadge result={position({ risk: { touchProbability: { hour1: value, hour24: value } } })} expanded locale="en-US" />, container);
      expect(rowValue('touch1h'), value).toBe(text);
    }
  });

  test('the risk view: the notes when figures are absent', () => {
    show(<PositionBadge result={position({ risk: { fundingNote: 'the position receives funding', touchNote: 'no volatility data yet' } })} expanded locale="en-US" />);
    expect(rowValue('fundingHours')).toBe('the position receives funding');
    expect(rowValue('touch1h')).toBe('no volatility data yet');
    expect(row('touch24h')).toBeNull();
    expect(row('volatility')).toBeNull();
  });

  test('alert: data-alert and a visible tag', () => {
    show(<PositionBadge result={position({ alert: true })} locale="en-US" />);
    const badge = container.querySelector<HTMLElement>('[data-liqcheck="position"]')!;
    expect(badge.dataset.alert).toBe('true');
    expect(badge.querySelector('[data-liqcheck="alert"]')?.textContent).toBe('near liquidation');
    render(<PositionBadge result={position()} locale="en-US" />, container);
    expect(container.querySelector<HTMLElement>('[data-liqcheck="position"]')!.hasAttribute('data-alert')).toBe(false);
  });
});

describe('privacy mode', () => {
  test('amounts show "•••" with no number in text or attributes; prices and percents stay', () => {
    show(<PositionBadge result={position()} expanded privacy locale="en-US" />);
    for (const name of ['maintenanceMargin', 'equity', 'lossAtLiquidation', 'notional']) {
      expect(rowValue(name), name).toBe('•••');
      expect(row(name)!.dataset.hidden).toBe('true');
      expect(row(name)!.hasAttribute('data-value')).toBe(false);
      expect(row(name)!.querySelector('dd')!.getAttribute('aria-label')).toBe('hidden (privacy mode)');
    }
    const html = new XMLSerializer().serializeToString(container);
    for (const secret of ['1397', '1,397', '1885', '1,885', '30500', '30,500', '122']) expect(html).not.toContain(secret);
    expect(rowValue('markPrice')).toBe('61,000.0');
    expect(rowValue('distance')).toBe('3,771.1 (6.18 %)');
    expect(rowValue('marginRatio')).toBe('8.73 %');
    expect(container.querySelector('[data-liqcheck="position"]')!.textContent).toContain('57,228.9');
  });
});

describe('screen reader status', () => {
  function status(): string {
    return container.querySelector('[role="status"]')!.textContent ?? '';
  }

  test('says the verdict; a new price with the same verdict leaves the text as it was', () => {
    show(<PositionBadge result={position()} locale="en-US" />);
    expect(status()).toBe('BTCUSDT Long: agrees');
    const node = container.querySelector('[role="status"]')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((r) => changes.push(...r));
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    render(<PositionBadge result={position({ estimate: '57100.2', displayed: '57100.2' })} locale="en-US" />, container);
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(changes).toEqual([]);
        // The same element throughout: a screen reader speaks only a live region that stays in the page.
        expect(container.querySelector('[role="status"]')).toBe(node);
        render(<PositionBadge result={position({ verdict: 'unknown', estimate: 'unknown', reasons: ['Margin shows "--"'] })} locale="en-US" />, container);
        expect(status()).toBe('BTCUSDT Long: cannot verify: Margin shows "--"');
        expect(container.querySelector('[role="status"]')).toBe(node);
        observer.disconnect();
        resolve();
      }, 0),
    );
  });

  test('an alert is said too', () => {
    show(<PositionBadge result={position({ alert: true })} locale="en-US" />);
    expect(status()).toBe('BTCUSDT Long: agrees; near liquidation');
  });

  test('the status is outside the badge, so the badge text stays the visible words', () => {
    show(<PositionBadge result={position()} locale="en-US" />);
    const badge = container.querySelector('[data-liqcheck="position"]')!;
    expect(badge.contains(container.querySelector('[role="status"]'))).toBe(false);
  });
});

describe('the expanded badge without figures', () => {
  test('cannot verify: every reason in full under "Why"', () => {
    show(
      <PositionBadge
        result={position({ verdict: 'unknown', estimate: 'unknown', reasons: ['no tier table for SOLUSDT', 'the Margin column shows "--"'], metrics: undefined, assumptions: [], table: undefined, tableText: undefined })}
        expanded
        locale="en-US"
      />,
    );
    const reasons = [...container.querySelectorAll('[data-liqcheck="position-details"] .reasons li')].map((li) => li.textContent);
    expect(reasons).toEqual(['no tier table for SOLUSDT', 'the Margin column shows "--"']);
    expect(container.querySelector('.no-details')).toBeNull();
  });

  test('nothing to show: says so instead of an empty box', () => {
    show(<PositionBadge result={position({ metrics: undefined, assumptions: [], table: undefined, tableText: undefined })} expanded locale="en-US" />);
    expect(container.querySelector('[data-liqcheck="position-details"]')!.textContent).toBe('No figures for this position yet.');
  });
});
