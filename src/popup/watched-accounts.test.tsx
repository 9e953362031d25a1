// @vitest-environment happy-dom
// The popup's watched positions, from states the worker's own code built (the docs' recorded answer
// through rows.ts): coin, side, size, both figures, the verdict, the age; a kept state says so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import type { AccountState } from '../venues/hyperliquid/account/account-state';
import { parseClearinghouseState } from '../venues/hyperliquid/account/clearinghouse';
import { watchedRows } from '../venues/hyperliquid/account/rows';
import { isolatedOn } from '../venues/hyperliquid/account/testing/hip3-shapes';
import { DOCS_ISOLATED_ETH } from '../venues/hyperliquid/account/testing/recorded';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';
import { WatchedAccounts } from './watched-accounts';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const B = '0x5e9ee1089755c3435139848e47e6635505d5a13a';
const AT = Date.parse('2026-12-05T12:00:00Z');
const parsed = parseClearinghouseState(DOCS_ISOLATED_ETH);
const account = parsed.ok ? parsed.value : undefined!;
const fifty = [{ floor: '0', maxLeverage: '50', maintenanceMarginRate: '0.01' }];

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(states: Record<string, AccountState>, { privacy = false, watch = [A] } = {}) {
  const area = memoryArea({ [WATCH_KEY]: watch, ...Object.fromEntries(Object.entries(states).map(([a, s]) => [stateKey(a), s])) });
  let changed = () => undefined as void;
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<WatchedAccounts area={area} subscribe={(cb) => ((changed = cb), () => undefined)} now={() => AT + 3 * 60_000} privacy={privacy} locale="en-US" />, container);
  });
  // Wait for the storage read to land (a condition, not a time).
  for (let i = 0; i < 100 && !container.querySelector('h2'); i++) await act(async () => undefined);
  return { area, changed: () => changed() };
}

const cells = () => [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('WatchedAccounts', () => {
  it('lists each position: coin, side, size, Liqcheck, Hyperliquid, verdict; and the state\'s age', async () => {
    await mount({ [A]: { good: { fetchedAt: AT, account, rows: watchedRows(account, () => fifty) } } });
    expect(container.querySelector('h3')?.textContent).toBe('0x31ca…974b: as of 2026-12-05 12:00 UTC (3 min ago)');
    expect(cells()).toEqual([['ETH', 'long', '0.0335 ETH', '2,866.27', '2,866.27', 'agrees']]);
  });

  it('a state kept through a failure says so, with both times; privacy hides the size', async () => {
    await mount({ [A]: { good: { fetchedAt: AT, account, rows: watchedRows(account, () => fifty) }, failure: { at: AT + 60_000, reason: 'api.hyperliquid.xyz answered HTTP 500' } } }, { privacy: true });
    expect(container.querySelector('.problem')?.textContent).toBe('Kept from 2026-12-05 12:00 UTC; the last request (2026-12-05 12:01 UTC) failed: api.hyperliquid.xyz answered HTTP 500');
    expect(cells()[0]![2]).toBe('••• ETH');
  });

  it('cannot verify: the estimate is a dash and the reason is given; an address not read yet says so', async () => {
    await mount({ [A]: { good: { fetchedAt: AT, account, rows: watchedRows(account, () => undefined) } } }, { watch: [A, B] });
    expect(cells()).toEqual([['ETH', 'long', '0.0335 ETH', '—', '2,866.27', 'cannot verify: no margin table for ETH yet']]);
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['0x31ca…974b: as of 2026-12-05 12:00 UTC (3 min ago)', '0x5e9e…a13a: not read yet']);
  });

  it('HIP-3 positions join the table; a dex that failed says so, kept or not', async () => {
    const xyzParsed = parseClearinghouseState(isolatedOn('xyz:ETH'), 'xyz');
    const xyz = xyzParsed.ok ? xyzParsed.value : undefined!;
    await mount({
      [A]: {
        good: { fetchedAt: AT, account, rows: watchedRows(account, () => fifty) },
        dexes: {
          xyz: { good: { fetchedAt: AT, account: xyz, rows: watchedRows(xyz, () => undefined) }, failure: { at: AT + 60_000, reason: 'api.hyperliquid.xyz answered HTTP 500' } },
          flx: { failure: { at: AT, reason: 'api.hyperliquid.xyz answered HTTP 502' } },
        },
      },
    });
    expect(cells()).toEqual([
      ['ETH', 'long', '0.0335 ETH', '2,866.27', '2,866.27', 'agrees'],
      ['xyz:ETH', 'long', '0.0335 xyz:ETH', '—', '2,866.27', 'cannot verify: no margin table for xyz:ETH yet'],
    ]);
    expect([...container.querySelectorAll('.problem')].map((p) => p.textContent)).toEqual([
      'HIP-3 dex xyz: kept from 2026-12-05 12:00 UTC; the last request (2026-12-05 12:01 UTC) failed: api.hyperliquid.xyz answered HTTP 500',
      'HIP-3 dex flx could not be read (2026-12-05 12:00 UTC): api.hyperliquid.xyz answered HTTP 502',
    ]);
  });

  it('nothing watched: nothing shown; a change in storage is followed', async () => {
    const { area, changed } = await mount({}, { watch: [] });
    expect(container.childNodes).toHaveLength(0);
    await area.set({ [WATCH_KEY]: [A] });
    await act(async () => changed());
    for (let i = 0; i < 100 && !container.querySelector('h3'); i++) await act(async () => undefined);
    expect(container.querySelector('h3')?.textContent).toBe('0x31ca…974b: not read yet');
  });
});
