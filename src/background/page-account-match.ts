// Which watched Hyperliquid address the page is connected to (issue 19). The page shows its wallet
// shortened ("0x1234…abcd", read by src/sites/read-wallet.ts); a watched address fits it when it
// starts and ends with those digits. Exactly one fitting address is a match; two or more are said
// and not guessed between. A match is used only while its last good API state is fresh.
import { t } from '../i18n/t';
import type { KeyValueArea } from '../platform/key-value-area';
import type { AccountState, HlAccount } from '../venues/hyperliquid/account/account-state';
import { POLL_MINUTES } from '../venues/hyperliquid/account/poll';
import { readStates, readWatchList } from '../venues/hyperliquid/account/watch-store';

/**
 * How old the kept state may be: two poll periods. The alarm polls once a minute, so a state older
 * than that means at least one poll failed or was late; a second period tolerates one such miss.
 * Beyond it the trader may have traded since, and the page's own table is the fresher reading.
 */
export const FRESH_FOR_MS = 2 * POLL_MINUTES * 60_000;

export interface KeptAccount {
  address: string;
  state: AccountState;
}

export type PageAccount =
  | { matched: true; address: string; account: HlAccount; fetchedAt: number }
  /** No match; `note` says why when the page's account is among the watched ones but can't be used. */
  | { matched: false; note?: string };

export const shortOf = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;
export const clockOf = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** True when `address` (lower case) is the one the page's form shows. */
export function fitsForm(form: string, address: string): boolean {
  if (!form.includes('…')) return form === address;
  const [head, tail] = form.split('…') as [string, string];
  // The head includes "0x"; head and tail must not overlap within the 42 characters.
  return head.length + tail.length <= address.length && address.startsWith(head) && address.endsWith(tail);
}

/** The watched address the page shows, with its kept state, or why there is none to use. */
export function matchPageAccount(form: string | undefined, kept: readonly KeptAccount[], now: number): PageAccount {
  if (form === undefined) return { matched: false };
  const fitting = kept.filter((k) => fitsForm(form, k.address));
  // Not watched: the page's own reading, as on any page; nothing to say.
  if (fitting.length === 0) return { matched: false };
  if (fitting.length > 1) return { matched: false, note: t('pageAccount_ambiguous', fitting.length, form) };
  const { address, state } = fitting[0]!;
  const good = state.good;
  if (!good) return { matched: false, note: t('pageAccount_notRead', shortOf(address)) };
  const age = now - good.fetchedAt;
  // A state from the future (a clock set back) is not known to be fresh either.
  if (age > FRESH_FOR_MS || age < 0) return { matched: false, note: t('pageAccount_stale', shortOf(address), clockOf(good.fetchedAt), FRESH_FOR_MS / 60_000) };
  return { matched: true, address, account: good.account, fetchedAt: good.fetchedAt };
}

/** Every watched address with its kept state (storage.local). */
export async function keptAccounts(area: KeyValueArea): Promise<KeptAccount[]> {
  const addresses = await readWatchList(area);
  if (addresses.length === 0) return [];
  const states = await readStates(area, addresses);
  return addresses.map((address) => ({ address, state: states.get(address) ?? {} }));
}
