// @vitest-environment happy-dom
// The Hyperliquid page (tests/fixtures/hyperliquid/trade-btc.html, wallet "0x8c3F...A91e") with a
// watched account's API state. The API states below are the fixture's positions as clearinghouseState
// would give them (reference docs/rules/hyperliquid-and-others.md §1.4, §1.5, §1.7); the expected
// prices are worked out here from the rule, not taken from the code:
//   BTC cross short 0.5 @ 60,000, API mark 61,000, accountValue 9,500 (wallet 10,000 less PnL 500),
//   r = 1 / (2 * 40) = 0.0125: 10,000 - 0.5 (P - 60,000) = 0.5 P r -> P = 40,000 / (0.5 * 1.0125).
//   ETH isolated long 10 @ 3,000, rawUsd -28,500 (margin 1,500 = rawUsd + szi * entry), r = 0.02:
//   P = (30,000 - 1,500) / (10 * 0.98).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import type { PositionResult } from '../protocol/estimates';
import type { PageSnapshot } from '../protocol/snapshot';
import { readPage } from '../sites/read-page';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { HlAccount, HlPosition } from '../venues/hyperliquid/account/account-state';
import { hyperliquid } from '../venues/hyperliquid/page';
import { estimatePage } from './estimate-page';
import type { KeptAccount } from './page-account-match';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const ADDRESS = '0x8c3f5e2b7d41a0c96e1f3b2d4a5c6e7f8091a91e';
const BTC_LIQ = new Decimal(40_000).div(new Decimal(0.5).mul(1.0125));
const ETH_LIQ = new Decimal(30_000 - 1_500).div(new Decimal(10).mul(0.98));

const BTC: HlPosition = { coin: 'BTC', szi: '-0.5', entryPx: '60000', positionValue: '30500', marginMode: 'cross', leverage: '10', liquidationPx: '79012.3', marginUsed: '3050', maxLeverage: '40' };
const ETH: HlPosition = { coin: 'ETH', szi: '10', entryPx: '3000', positionValue: '31000', marginMode: 'isolated', leverage: '20', rawUsd: '-28500', liquidationPx: '2908.2', marginUsed: '2500', maxLeverage: '25' };
const SOL: HlPosition = { coin: 'SOL', szi: '20', entryPx: '150', positionValue: '3040', marginMode: 'isolated', leverage: '1', rawUsd: '0', liquidationPx: null, marginUsed: '3040', maxLeverage: '20' };
// Cross maintenance margin: 30,500 * 0.0125 = 381.25, as Hyperliquid would report it.
const ACCOUNT: HlAccount = { time: NOW - 30_000, positions: [BTC, ETH, SOL], crossAccountValue: '9500', crossMaintenanceMarginUsed: '381.25' };

function kept(account: HlAccount, ageMs = 30_000, address = ADDRESS): KeptAccount {
  return { address, state: { good: { fetchedAt: NOW - ageMs, account, rows: [] } } };
}

/** The fixture, with the cells a test changes (found by their visible text) rewritten first. */
function page(edits: Record<string, string> = {}): PageSnapshot {
  // The fixture's stylesheet link is dropped: happy-dom does not load it, and would say so on every read.
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/hyperliquid/trade-btc.html'), 'utf8').replace(/<link [^>]*>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const td of doc.querySelectorAll('#accountTable td')) {
    const text = td.textContent?.trim() ?? '';
    if (text in edits) td.textContent = edits[text]!;
  }
  const snapshot = readPage(hyperliquid, doc, new URL('https://app.hyperliquid.xyz/trade/BTC'));
  if (!snapshot) throw new Error('not read');
  return snapshot;
}

function estimate(snapshot: PageSnapshot, accounts: KeptAccount[]): Map<string, PositionResult> {
  const result = estimatePage(snapshot, bundledMarket(NOW), DEFAULT_SETTINGS, accounts);
  return new Map(result.positions.map((p) => [p.symbol, p]));
}

const near = (value: string, expected: Decimal) => new Decimal(value).minus(expected).abs().lt('0.000001');

// The short's minus sign taken away: the page alone can't tell its side (its PnL contradicts a long).
const UNSIGNED_SHORT = { '-0.50000 BTC': '0.50000 BTC' };

describe('a page matched to a watched account', () => {
  it('the page alone leaves the unsigned short unknown (the case the API settles)', () => {
    const btc = estimate(page(UNSIGNED_SHORT), []).get('BTC')!;
    expect(btc.side).toBe('unknown');
    expect(btc.estimate).toBe('unknown');
  });

  it('takes the side from the sign of szi and estimates from the API\'s figures', () => {
    const rows = estimate(page(UNSIGNED_SHORT), [kept(ACCOUNT)]);
    const btc = rows.get('BTC')!;
    expect(btc.side).toBe('short');
    expect(near(btc.estimate, BTC_LIQ)).toBe(true);
    // The page's Liq. Price cell is read first: "76,000", which the fixture makes differ.
    expect(btc.displayed).toBe('76000');
    expect(btc.verdict).toBe('differs');
    expect(btc.assumptions.join(' | ')).toContain("exact inputs from Hyperliquid's API for 0x8c3f…a91e, as of 11:59:30 UTC");
    const eth = rows.get('ETH')!;
    expect(near(eth.estimate, ETH_LIQ)).toBe(true);
    expect(eth.displayed).toBe('2908.2');
    expect(eth.verdict).toBe('agree');
    expect(rows.get('SOL')!.estimate).toBe('none');
  });

  it('uses Hyperliquid\'s liquidationPx as the exchange\'s figure where the page\'s cell can\'t be read, and says so', () => {
    const btc = estimate(page({ ...UNSIGNED_SHORT, '76,000': '' }), [kept(ACCOUNT)]).get('BTC')!;
    expect(btc.displayed).toBe('79012.3');
    // 79,012.3457 against 79,012.3: within the figure's tick of 0.1.
    expect(btc.verdict).toBe('agree');
    expect(btc.assumptions.join(' | ')).toContain("Hyperliquid's figure 79012.3 is from its API");
  });

  it('the page\'s marks stand in for the API\'s: the distance is from the page\'s mark', () => {
    const pageMark = estimate(page(UNSIGNED_SHORT), [kept(ACCOUNT)]).get('ETH')!;
    const moved = estimate(page({ ...UNSIGNED_SHORT, '3,100.0': '3,200.0' }), [kept(ACCOUNT)]).get('ETH')!;
    // The isolated liquidation price does not move with the mark.
    expect(moved.estimate).toBe(pageMark.estimate);
    expect(moved.metrics?.distancePercent).not.toBe(pageMark.metrics?.distancePercent);
  });
});

describe('when the API can\'t be used, the page\'s own reading, said why', () => {
  const pageOnly = estimate(page(UNSIGNED_SHORT), []);
  const sameAsPage = (rows: Map<string, PositionResult>) => {
    for (const [symbol, row] of rows) {
      const alone = pageOnly.get(symbol)!;
      expect({ side: row.side, estimate: row.estimate, displayed: row.displayed, verdict: row.verdict }).toEqual({
        side: alone.side, estimate: alone.estimate, displayed: alone.displayed, verdict: alone.verdict,
      });
    }
  };

  it('sizes that differ beyond the page\'s rounding', () => {
    const rows = estimate(page(UNSIGNED_SHORT), [kept({ ...ACCOUNT, positions: [BTC, { ...ETH, szi: '10.0001' }, SOL] })]);
    sameAsPage(rows);
    expect(rows.get('BTC')!.assumptions[0]).toContain('ETH: the page shows size 10.0000, the API 10.0001');
  });

  it('a size within the page\'s rounding agrees', () => {
    const rows = estimate(page(UNSIGNED_SHORT), [kept({ ...ACCOUNT, positions: [BTC, { ...ETH, szi: '10.00004' }, SOL] })]);
    expect(rows.get('BTC')!.side).toBe('short');
  });

  it('a coin the page shows and the API lacks', () => {
    const rows = estimate(page(UNSIGNED_SHORT), [kept({ ...ACCOUNT, positions: [BTC, ETH] })]);
    sameAsPage(rows);
    expect(rows.get('ETH')!.assumptions[0]).toContain('the page shows SOL, which the API does not list');
  });

  it('a side the page shows that the API contradicts', () => {
    const rows = estimate(page(), [kept({ ...ACCOUNT, positions: [{ ...BTC, szi: '0.5' }, ETH, SOL] })]);
    expect(rows.get('BTC')!.assumptions[0]).toContain('BTC: the page shows size -0.50000, the API 0.5');
  });

  it('a stale state', () => {
    const rows = estimate(page(UNSIGNED_SHORT), [kept(ACCOUNT, 3 * 60_000)]);
    sameAsPage(rows);
    expect(rows.get('BTC')!.assumptions[0]).toContain('older than 2 minutes');
  });

  it('two watched addresses that fit the page\'s wallet', () => {
    const twin = '0x8c3f000000000000000000000000000000a0a91e';
    const rows = estimate(page(UNSIGNED_SHORT), [kept(ACCOUNT), kept(ACCOUNT, 30_000, twin)]);
    sameAsPage(rows);
    expect(rows.get('BTC')!.assumptions[0]).toContain('2 watched addresses fit');
  });

  it('an account whose cross margin the perp positions do not explain: cannot verify, named', () => {
    const btc = estimate(page(UNSIGNED_SHORT), [kept({ ...ACCOUNT, crossMaintenanceMarginUsed: '500' })]).get('BTC')!;
    expect(btc.side).toBe('short');
    expect(btc.estimate).toBe('unknown');
    expect(btc.reasons.join(' ')).toContain('500');
  });
});
