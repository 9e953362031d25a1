// The real worker (index.ts) with the browser in memory: the watch alarm polls the watched address
// and notifies with no exchange tab open; a stopped worker (a fresh module instance over the same
// storage) does not notify again within the cooldown. The account is the docs' recorded answer
// (isolated ETH long, mark 2985.9, liquidation about 2866.27: 4.0 % away, so a 5 % alert fires).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings/settings';
import { fakeBrowser } from './testing/fake-browser';
import { DOCS_ISOLATED_ETH } from '../venues/hyperliquid/account/testing/recorded';
import { POLL_ALARM } from '../venues/hyperliquid/account/poll';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';
import { WATCH_ALERT_STATE_KEY } from './alerts/watched-alerts';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../platform/browser', () => ({ default: new Proxy({}, { get: (_t, key) => (fake.current as Record<string | symbol, unknown>)[key] }) }));
(globalThis as unknown as { browser: unknown }).browser = new Proxy({}, { get: (_t, key) => (fake.current as Record<string | symbol, unknown> | undefined)?.[key] });

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
/** meta as in February 2024: ETH one tier at 50x, the account's max leverage. */
const META_2024 = { universe: [{ name: 'ETH', szDecimals: 4, maxLeverage: 50, marginTableId: 50 }], marginTables: [[50, { description: '', marginTiers: [{ lowerBound: '0.0', maxLeverage: 50 }] }]] };

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100000 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
};

type Areas = Record<'local' | 'sync' | 'session', Map<string, unknown>>;

/** Starts the worker over these storage contents; returns what it notifies. */
async function startWorker(areas?: Areas) {
  const world = fakeBrowser();
  const notes: string[] = [];
  const storage = world.browser.storage as unknown as Record<'local' | 'sync' | 'session', { data: Map<string, unknown> }>;
  for (const name of ['local', 'sync', 'session'] as const) for (const [k, v] of areas?.[name] ?? []) storage[name].data.set(k, v);
  (world.browser.notifications as { create: (id: string) => Promise<void> }).create = async (id: string) => void notes.push(id);
  fake.current = world.browser;
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const { type } = JSON.parse(String(init.body)) as { type: string };
    const body = type === 'clearinghouseState' ? DOCS_ISOLATED_ETH : type === 'meta' ? META_2024 : type === 'perpDexs' ? [null] : null;
    return new Response(JSON.stringify(body));
  });
  vi.resetModules();
  await import('./index');
  const fire = () => (world.browser.alarms as unknown as { onAlarm: { emit: (a: unknown) => void } }).onAlarm.emit({ name: POLL_ALARM });
  const areasNow = (): Areas => ({ local: storage.local.data, sync: storage.sync.data, session: storage.session.data });
  return { notes, fire, areasNow, storage };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('watched accounts in the worker', () => {
  it('the alarm polls and notifies with no tab; a restarted worker does not notify again', async () => {
    const first = await startWorker({ local: new Map<string, unknown>([[WATCH_KEY, [A]]]), sync: new Map([[SETTINGS_KEY, { ...DEFAULT_SETTINGS, alertPercent: '5' }]]), session: new Map() });
    first.fire();
    await until(() => first.notes.length === 1);
    expect(first.notes[0]).toMatch(new RegExp(`^liqcheck-watch\\|${A}\\|ETH\\|long\\|`));
    await until(() => first.storage.session.data.has(WATCH_ALERT_STATE_KEY));

    const second = await startWorker(first.areasNow());
    const before = second.storage.local.data.get(stateKey(A));
    second.fire();
    // The poll ran (its state written anew), and still no second notification.
    await until(() => second.storage.local.data.get(stateKey(A)) !== before);
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    expect(second.notes).toEqual([]);
  });
});
