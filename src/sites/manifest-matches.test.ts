// The manifest template must inject the content script exactly where an adapter can read the page,
// and ask for host access to nothing else than those pages and the public market-data endpoints of
// the worker's endpoint registry (one list, one source).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { adapters } from '.';
import { apiHostPermissions } from '../market-data/venues';
import { candleHostPermissions } from '../volatility/candle-endpoints';

// Tier tables and marks (market data), plus candles for volatility (risk tools): one list.
const apiPatterns = [...new Set([...apiHostPermissions, ...candleHostPermissions])];

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[]; js: string[] }[];
  host_permissions: string[];
  permissions: string[];
};

const adapterMatches = adapters.flatMap((a) => a.matches).sort();

test('content scripts match exactly the adapters\' pages', () => {
  expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(adapterMatches);
});

test('one content script per venue, injected on exactly that adapter\'s pages, running that adapter', () => {
  expect(manifest.content_scripts.map((c) => c.js).sort()).toEqual(adapters.map((a) => [`content/entries/${a.venue}.ts`]).sort());
  for (const adapter of adapters) {
    const entry = manifest.content_scripts.find((c) => c.js[0] === `content/entries/${adapter.venue}.ts`);
    expect(entry?.matches.slice().sort(), adapter.venue).toEqual([...adapter.matches].sort());
    // The entry hands its own adapter to the content script, and imports no other.
    const source = readFileSync(new URL(`../content/entries/${adapter.venue}.ts`, import.meta.url), 'utf8');
    const imported = [...source.matchAll(/from '\.\.\/\.\.\/venues\/([a-z-]+)\/page'/g)].map((m) => m[1]);
    expect(imported, adapter.venue).toEqual([adapter.venue]);
  }
});

test('host permissions are only the venue pages and the market-data endpoints', () => {
  expect([...manifest.host_permissions].sort()).toEqual([...adapterMatches, ...apiPatterns].sort());
  // notifications: issue 6's price alerts (local notifications, no network). scripting: the popup's
  // "Copy page layout" injects its script on the click (src/popup/inject-layout.ts).
  expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
});

test('every market-data permission is https on a venue API host, never a wildcard host', () => {
  for (const pattern of apiPatterns) {
    expect(pattern).toMatch(/^https:\/\/(www\.binance\.com|fapi\.binance\.com|dapi\.binance\.com|api\.bybit\.com|www\.okx\.com|api\.hyperliquid\.xyz|api\.bitget\.com)\/[^*]/);
  }
});
