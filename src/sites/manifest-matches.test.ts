// The manifest template must inject the content script exactly where an adapter can read the page,
// and ask for host access to nothing else than those pages and the public market-data endpoints of
// the worker's endpoint registry (one list, one source).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { adapters } from '.';
import { apiHostPermissions } from '../background/market/venues';
import { candleHostPermissions } from '../background/risk/candle-endpoints';

// Tier tables and marks (market data), plus candles for volatility (risk tools): one list.
const apiPatterns = [...new Set([...apiHostPermissions, ...candleHostPermissions])];

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[] }[];
  host_permissions: string[];
  permissions: string[];
};

const adapterMatches = adapters.flatMap((a) => a.matches).sort();

test('content scripts match exactly the adapters\' pages', () => {
  expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(adapterMatches);
});

test('host permissions are only the venue pages and the market-data endpoints', () => {
  expect([...manifest.host_permissions].sort()).toEqual([...adapterMatches, ...apiPatterns].sort());
  // notifications: issue 6's price alerts (local notifications, no network).
  expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
});

test('every market-data permission is https on a venue API host, never a wildcard host', () => {
  for (const pattern of apiPatterns) {
    expect(pattern).toMatch(/^https:\/\/(www\.binance\.com|fapi\.binance\.com|dapi\.binance\.com|api\.bybit\.com|www\.okx\.com|api\.hyperliquid\.xyz|api\.bitget\.com)\/[^*]/);
  }
});
