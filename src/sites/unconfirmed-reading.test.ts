// @vitest-environment happy-dom
// Bitget's page reading has no real page behind it: its snapshots say so, the worker's check lets
// the flag through, and no other venue's snapshot carries it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../protocol/check-snapshot';
import { bitget } from '../venues/bitget/page';
import { okx } from '../venues/okx/page';
import { readPage } from './read-page';

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(process.cwd(), path), 'utf8'), 'text/html');
}

describe('unconfirmed page reading', () => {
  it('a Bitget snapshot says its reading is unconfirmed, and passes the run-time check', () => {
    const snap = readPage(bitget, load('tests/fixtures/bitget/futures-usdt-btcusdt.html'), new URL('https://www.bitget.com/futures/usdt/BTCUSDT'));
    expect(snap?.unconfirmed).toBe(true);
    expect(checkSnapshot(JSON.parse(JSON.stringify(snap)), '$').ok).toBe(true);
  });

  it('an OKX snapshot does not', () => {
    const snap = readPage(okx, load('tests/fixtures/okx/trade-swap-btc-usdt-swap.html'), new URL('https://www.okx.com/trade-swap/btc-usdt-swap'));
    expect(snap).not.toBeNull();
    expect(snap?.unconfirmed).toBeUndefined();
  });

  it('the check refuses anything but true', () => {
    const snap = readPage(bitget, load('tests/fixtures/bitget/futures-usdt-btcusdt.html'), new URL('https://www.bitget.com/futures/usdt/BTCUSDT'))!;
    for (const bad of [false, 'true', 1]) expect(checkSnapshot({ ...JSON.parse(JSON.stringify(snap)), unconfirmed: bad }, '$').ok).toBe(false);
  });
});
