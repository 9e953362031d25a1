// Which watched address the page's wallet is: unique fit, ambiguous, none, stale. The expectations
// follow from the addresses written out here, digit by digit.
import { describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import type { AccountState, HlAccount } from '../venues/hyperliquid/account/account-state';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';
import { fitsForm, FRESH_FOR_MS, keptAccounts, matchPageAccount, type KeptAccount } from './page-account-match';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const A = '0x8c3f5e2b7d41a0c96e1f3b2d4a5c6e7f8091a91e';
// Same first 4 and last 4 digits as A, different in between.
const A_TWIN = '0x8c3f000000000000000000000000000000a0a91e';
const B = '0x1111222233334444555566667777888899990000';
const ACCOUNT: HlAccount = { positions: [], crossAccountValue: '0' };
const fresh = (ageMs: number): AccountState => ({ good: { fetchedAt: NOW - ageMs, account: ACCOUNT, rows: [] } });
const kept = (address: string, state: AccountState): KeptAccount => ({ address, state });

describe('fitsForm', () => {
  it('fits by the first and last digits the page shows', () => {
    expect(fitsForm('0x8c3f…a91e', A)).toBe(true);
    expect(fitsForm('0x8c3f5e…1a91e', A)).toBe(true);
    expect(fitsForm('0x8c3f…a91f', A)).toBe(false);
    expect(fitsForm('0x8c3e…a91e', A)).toBe(false);
    expect(fitsForm('0x8c3f…a91e', B)).toBe(false);
  });

  it('fits a whole address only to itself', () => {
    expect(fitsForm(A, A)).toBe(true);
    expect(fitsForm(A, A_TWIN)).toBe(false);
  });
});

describe('matchPageAccount', () => {
  it('matches the one watched address that fits', () => {
    const match = matchPageAccount('0x8c3f…a91e', [kept(B, fresh(0)), kept(A, fresh(30_000))], NOW);
    expect(match).toMatchObject({ matched: true, address: A, fetchedAt: NOW - 30_000 });
  });

  it('refuses to choose between two fitting addresses, and says so', () => {
    const match = matchPageAccount('0x8c3f…a91e', [kept(A, fresh(0)), kept(A_TWIN, fresh(0))], NOW);
    expect(match.matched).toBe(false);
    expect(!match.matched && match.note).toContain('2 watched addresses');
  });

  it('a longer form tells the twins apart', () => {
    expect(matchPageAccount('0x8c3f5e…a91e', [kept(A, fresh(0)), kept(A_TWIN, fresh(0))], NOW)).toMatchObject({ matched: true, address: A });
  });

  it('no wallet on the page, or none watched that fits: no match and nothing to say', () => {
    expect(matchPageAccount(undefined, [kept(A, fresh(0))], NOW)).toEqual({ matched: false });
    expect(matchPageAccount('0x8c3f…a91e', [kept(B, fresh(0))], NOW)).toEqual({ matched: false });
    expect(matchPageAccount('0x8c3f…a91e', [], NOW)).toEqual({ matched: false });
  });

  it('a state older than two poll periods (or from the future) is stale, and said so', () => {
    expect(FRESH_FOR_MS).toBe(2 * 60_000);
    expect(matchPageAccount('0x8c3f…a91e', [kept(A, fresh(FRESH_FOR_MS))], NOW).matched).toBe(true);
    const stale = matchPageAccount('0x8c3f…a91e', [kept(A, fresh(FRESH_FOR_MS + 1))], NOW);
    expect(stale.matched).toBe(false);
    expect(!stale.matched && stale.note).toContain('11:57:59');
    expect(matchPageAccount('0x8c3f…a91e', [kept(A, fresh(-60_000))], NOW).matched).toBe(false);
  });

  it('a watched address never read yet is said, not matched', () => {
    const match = matchPageAccount('0x8c3f…a91e', [kept(A, { failure: { at: NOW, reason: 'timeout' } })], NOW);
    expect(match.matched).toBe(false);
    expect(!match.matched && match.note).toContain('0x8c3f…a91e');
  });
});

describe('keptAccounts', () => {
  it('reads the watch list and each address\'s state from storage.local', async () => {
    const area = memoryArea({ [WATCH_KEY]: [A, B], [stateKey(A)]: fresh(0) });
    expect(await keptAccounts(area)).toEqual([kept(A, fresh(0)), kept(B, {})]);
    expect(await keptAccounts(memoryArea())).toEqual([]);
  });
});
