// @vitest-environment happy-dom
// The connected wallet, read by what the page shows. Expectations are the fixtures' visible text
// written in the snapshot's form (lower case, "…" for the ellipsis); nothing is copied from the reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../protocol/check-snapshot';
import { diffSnapshot } from '../protocol/snapshot-patch';
import type { PageSnapshot } from '../protocol/snapshot';
import { hyperliquid } from '../venues/hyperliquid/page';
import { styleSight } from './dom/sight';
import { readPage } from './read-page';
import { walletIn } from './read-wallet';

const BTC = new URL('https://app.hyperliquid.xyz/trade/BTC');
const ETH = new URL('https://app.hyperliquid.xyz/trade/ETH');

function load(path: string): Document {
  // The stylesheet link is dropped: happy-dom does not load it, and would say so on every read.
  return new DOMParser().parseFromString(readFileSync(join(process.cwd(), path), 'utf8').replace(/<link [^>]*>/g, ''), 'text/html');
}

function html(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const read = walletIn(['header', 'nav', 'button, [role="button"]']);
const walletOf = (doc: Document) => read(doc, styleSight());

describe('the connected wallet on Hyperliquid fixtures', () => {
  it('reads the header button "0x8c3F...A91e" of trade-btc.html', () => {
    expect(readPage(hyperliquid, load('tests/fixtures/hyperliquid/trade-btc.html'), BTC)?.wallet).toBe('0x8c3f…a91e');
  });

  it('reads a button whose text is split over spans, and skips a hidden one (trade-eth.html)', () => {
    expect(readPage(hyperliquid, load('tests/fixtures/hyperliquid/trade-eth.html'), ETH)?.wallet).toBe('0x8c3f…a91e');
  });

  it('reads a navigation bar\'s role=button beside the account name (independent page)', () => {
    expect(readPage(hyperliquid, load('tests/fixtures/independent/hyperliquid/trade-divs-en.html'), BTC)?.wallet).toBe('0xabcd…9f3e');
  });

  it('leaves the wallet out of the snapshot where none is shown (the other independent page)', () => {
    const snapshot = readPage(hyperliquid, load('tests/fixtures/independent/hyperliquid/trade-table-en.html'), BTC);
    expect(snapshot).not.toBeNull();
    expect(snapshot!.wallet).toBeUndefined();
  });
});

describe('walletIn', () => {
  it('reads the whole address where the page shows it, in lower case', () => {
    expect(walletOf(html('<header><button>0x8C3F5E2B7D41A0C96E1F3B2D4A5C6E7F8091A91E</button></header>'))).toBe('0x8c3f5e2b7d41a0c96e1f3b2d4a5c6e7f8091a91e');
  });

  it('takes "…", "...", ".." and spaces around them as the same shortening', () => {
    for (const shown of ['0x12ab…34cd', '0x12ab...34cd', '0x12ab..34cd', '0x12ab … 34cd']) expect(walletOf(html(`<nav>${shown}</nav>`))).toBe('0x12ab…34cd');
  });

  it('says nothing when two different addresses are shown where one is looked for', () => {
    expect(walletOf(html('<header><button>0x12ab...34cd</button><button>0x99ff...0001</button></header>'))).toBeUndefined();
  });

  it('takes the same address shown twice as one', () => {
    expect(walletOf(html('<header><button>0x12ab...34cd</button><span>0x12AB…34CD</span></header>'))).toBe('0x12ab…34cd');
  });

  it('looks in buttons only where the header and navigation show none', () => {
    expect(walletOf(html('<header><button>Connect</button></header><main><button>0x12ab...34cd</button></main>'))).toBe('0x12ab…34cd');
    expect(walletOf(html('<header><button>0x12ab...34cd</button></header><main><button>0x99ff...0001</button></main>'))).toBe('0x12ab…34cd');
  });

  it('refuses forms with fewer than 4 digits a side, a bare 0x number, and text outside its places', () => {
    expect(walletOf(html('<header><button>0x12...34</button></header>'))).toBeUndefined();
    expect(walletOf(html('<header><span>0x1234abcd</span></header>'))).toBeUndefined();
    expect(walletOf(html('<main><p>0x12ab...34cd</p></main>'))).toBeUndefined();
  });

  it('does not read a hidden header', () => {
    expect(walletOf(html('<header hidden><button>0x12ab...34cd</button></header>'))).toBeUndefined();
  });
});

describe('the wallet in the protocol', () => {
  const base: PageSnapshot = {
    venue: 'hyperliquid',
    symbol: 'BTC',
    market: { markPrice: { ok: true, value: '61000' } },
    order: null,
    positions: null,
    account: null,
  };

  it('accepts the whole address and the shortened form, and refuses anything else', () => {
    expect(checkSnapshot({ ...base, wallet: '0x8c3f…a91e' }, 'snapshot').ok).toBe(true);
    expect(checkSnapshot({ ...base, wallet: '0x8c3f5e2b7d41a0c96e1f3b2d4a5c6e7f8091a91e' }, 'snapshot').ok).toBe(true);
    for (const wallet of ['alice', '0x12…34', '0x8C3F…A91E', '0x8c3f...a91e', 42]) expect(checkSnapshot({ ...base, wallet }, 'snapshot').ok).toBe(false);
  });

  it('sends the snapshot whole when the wallet changes, so the worker never keeps an old one', () => {
    expect(diffSnapshot({ ...base, wallet: '0x8c3f…a91e' }, { ...base, wallet: '0x1111…2222' })).toBeNull();
    expect(diffSnapshot({ ...base, wallet: '0x8c3f…a91e' }, { ...base })).toBeNull();
    expect(diffSnapshot({ ...base, wallet: '0x8c3f…a91e' }, { ...base, wallet: '0x8c3f…a91e' })).not.toBeNull();
  });
});
