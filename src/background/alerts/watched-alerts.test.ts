// Alerts for watched Hyperliquid accounts, over the docs' recorded answer (isolated ETH long, mark
// = positionValue / |szi| = 100.02765 / 0.0335, Hyperliquid's liquidationPx 2866.26936529). Distances
// are computed here from those numbers, not taken from the code. A stopped worker is a fresh instance
// over the same session storage.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../platform/key-value-area';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import type { AccountState, HlAccount } from '../../venues/hyperliquid/account/account-state';
import { parseClearinghouseState } from '../../venues/hyperliquid/account/clearinghouse';
import { watchedRows, type TiersFor } from '../../venues/hyperliquid/account/rows';
import { isolatedOn } from '../../venues/hyperliquid/account/testing/hip3-shapes';
import { DOCS_ISOLATED_ETH } from '../../venues/hyperliquid/account/testing/recorded';
import { WATCH_ALERT_STATE_KEY, watchedAlertsWith } from './watched-alerts';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const B = '0x5e9ee1089755c3435139848e47e6635505d5a13a';
const NOW = Date.parse('2026-12-05T12:00:00Z');
const MARK = new Decimal('100.02765').div('0.0335');
const HL_LIQ = '2866.26936529';
/** ETH one tier at 50x, maintenance 1/(2 x 50), built here. */
const fifty: TiersFor = () => [{ floor: '0', maxLeverage: '50', maintenanceMarginRate: '0.01' }];
const none: TiersFor = () => undefined;

function account(json: unknown, dex = ''): HlAccount {
  const parsed = parseClearinghouseState(json, dex);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}
const read = (acc: HlAccount, tiers: TiersFor, fetchedAt = NOW) => ({ fetchedAt, account: acc, rows: watchedRows(acc, tiers) });
const eth = account(DOCS_ISOLATED_ETH);
/** Prices as the notification writes them: as many decimals as Hyperliquid's figure (8). */
const price8 = (value: string) => new Intl.NumberFormat('en', { minimumFractionDigits: 8, maximumFractionDigits: 8 }).format(value as Intl.StringNumericLiteral);
/** Percent distance of the mark from a price, as the trader reads it. */
const distance = (price: string) => MARK.minus(price).abs().div(MARK).times(100);

function harness(settings: Partial<Settings> = {}, area = memoryArea()) {
  const notes: { id: string; title: string; message: string }[] = [];
  const clock = { now: NOW };
  const make = () => watchedAlertsWith({ area, notify: async (id, title, message) => void notes.push({ id, title, message }), now: () => clock.now, locale: 'en' });
  return { notes, clock, area, alerts: make(), restart: make, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

describe('watched-account alerts', () => {
  const ours = new Map<string, AccountState>([[A, { good: read(eth, fifty) }]]);

  it('Liqcheck\'s estimate: alerts when the mark is within the distance, not when it is farther', async () => {
    const estimate = read(eth, fifty).rows[0]!.estimate;
    const gap = distance(estimate); // about 4 %
    expect(gap.gt(3) && gap.lt(5)).toBe(true);
    const far = harness({ alertPercent: '3' });
    expect(await far.alerts.check(ours, far.settings)).toBe(0);
    const near = harness({ alertPercent: '5' });
    expect(await near.alerts.check(ours, near.settings)).toBe(1);
    expect(near.notes[0]!.title).toBe('Liqcheck: ETH long near liquidation (0x31ca…974b)');
    expect(near.notes[0]!.message).toBe(`Mark ${price8(MARK.toFixed())} is ${gap.toDecimalPlaces(2).toString()} % from Liqcheck's liquidation price ${price8(estimate)}.`);
    expect(near.notes[0]!.id).toMatch(new RegExp(`^liqcheck-watch\\|${A}\\|ETH\\|long\\|${NOW}$`));
  });

  it('Hyperliquid\'s figure when Liqcheck cannot verify, and the notification says so and why', async () => {
    const h = harness({ alertPercent: '5' });
    await h.alerts.check(new Map([[A, { good: read(eth, none) }]]), h.settings);
    expect(h.notes[0]!.message).toBe(`Mark ${price8(MARK.toFixed())} is ${distance(HL_LIQ).toDecimalPlaces(2).toString()} % from Hyperliquid's liquidation price 2,866.26936529 (Hyperliquid's figure; Liqcheck cannot verify: no margin table for ETH yet).`);
  });

  it('privacy mode: no address, no reason (it may carry amounts), no size', async () => {
    const h = harness({ alertPercent: '5', privacyMode: true });
    await h.alerts.check(new Map([[A, { good: read(eth, none) }]]), h.settings);
    const { title, message } = h.notes[0]!;
    expect(title).toBe('Liqcheck: ETH long near liquidation (watched account)');
    expect(message).toMatch(/Hyperliquid's figure; Liqcheck cannot verify it\)\.$/);
    expect(`${title} ${message}`).not.toMatch(/0x|0\.0335|margin table/);
  });

  it('survives a stopped worker: a fresh instance over the same session storage does not notify again within the cooldown', async () => {
    const h = harness({ alertPercent: '5' });
    await h.alerts.check(ours, h.settings);
    h.clock.now = NOW + 60_000;
    const states = new Map<string, AccountState>([[A, { good: read(eth, fifty, h.clock.now) }]]);
    expect(await h.restart().check(states, h.settings)).toBe(0);
    expect(Object.keys(h.area.data.get(WATCH_ALERT_STATE_KEY) as object)).toEqual([`hyperliquid@${A}|ETH|long`]);
    h.clock.now = NOW + 15 * 60_000;
    expect(await h.restart().check(new Map([[A, { good: read(eth, fifty, h.clock.now) }]]), h.settings)).toBe(1);
    expect(h.notes).toHaveLength(2);
  });

  it('off when alerts are off or Hyperliquid is off: no notification, state untouched', async () => {
    const off = harness({ alertPercent: '5', alertsEnabled: false });
    expect(await off.alerts.check(ours, off.settings)).toBe(0);
    const venueOff = harness({ alertPercent: '5' });
    venueOff.settings.venues = { ...venueOff.settings.venues, hyperliquid: { enabled: false } };
    expect(await venueOff.alerts.check(ours, venueOff.settings)).toBe(0);
    expect([...off.notes, ...venueOff.notes]).toEqual([]);
    expect(off.area.data.size + venueOff.area.data.size).toBe(0);
  });

  it('a kept read older than three minutes (the poll failed since) does not alert: its mark is old', async () => {
    const h = harness({ alertPercent: '5' });
    expect(await h.alerts.check(new Map([[A, { good: read(eth, fifty, NOW - 3 * 60_000 - 1), failure: { at: NOW, reason: 'HTTP 500' } }]]), h.settings)).toBe(0);
  });

  it('each address and each HIP-3 dex is its own position', async () => {
    const h = harness({ alertPercent: '5' });
    const xyz = account(isolatedOn('xyz:ETH'), 'xyz');
    const states = new Map<string, AccountState>([
      [A, { good: read(eth, fifty), dexes: { xyz: { good: read(xyz, none) } } }],
      [B, { good: read(eth, fifty) }],
    ]);
    expect(await h.alerts.check(states, h.settings)).toBe(3);
    expect(h.notes.map((n) => n.title)).toEqual([
      'Liqcheck: ETH long near liquidation (0x31ca…974b)',
      'Liqcheck: xyz:ETH long near liquidation (0x31ca…974b)',
      'Liqcheck: ETH long near liquidation (0x5e9e…a13a)',
    ]);
    expect(h.notes[1]!.message).toMatch(/Hyperliquid's figure; Liqcheck cannot verify: no margin table for xyz:ETH yet/);
  });

  it('no liquidation price ("none") never alerts', async () => {
    const h = harness({ alertPercent: '100' });
    const copy = structuredClone(DOCS_ISOLATED_ETH) as unknown as { assetPositions: { position: { liquidationPx: string | null } }[] };
    copy.assetPositions[0]!.position.liquidationPx = null;
    const acc = account(copy);
    // Liqcheck cannot verify (no table) and Hyperliquid says none: nothing to measure to.
    expect(await h.alerts.check(new Map([[A, { good: read(acc, none) }]]), h.settings)).toBe(0);
  });
});
