// The watch list and each address's last state, in storage.local only: addresses are public, but
// they say which accounts the trader follows, so they are never synced (issue 19).
import type { KeyValueArea, PrunableArea } from '../../../platform/key-value-area';
import { isAddress, MAX_WATCHED } from './address';
import type { AccountState } from './account-state';

export const WATCH_KEY = 'hlWatch';
export const stateKey = (address: string) => `hlState:${address}`;

export async function readWatchList(area: KeyValueArea): Promise<string[]> {
  const stored = (await area.get([WATCH_KEY]))[WATCH_KEY];
  // Whatever else is there (an older shape, a hand edit) is dropped, never sent.
  return Array.isArray(stored) ? stored.filter((a): a is string => isAddress(a)).map((a) => a.toLowerCase()).slice(0, MAX_WATCHED) : [];
}

/** Saves the list; what was kept for an address no longer on it goes too. */
export async function writeWatchList(area: PrunableArea, addresses: readonly string[]): Promise<void> {
  const dropped = (await readWatchList(area)).filter((a) => !addresses.includes(a));
  await area.set({ [WATCH_KEY]: [...addresses] });
  if (dropped.length > 0) await area.remove(dropped.map(stateKey));
}

export async function readStates(area: KeyValueArea, addresses: readonly string[]): Promise<Map<string, AccountState>> {
  const stored = await area.get(addresses.map(stateKey));
  const states = new Map<string, AccountState>();
  for (const address of addresses) {
    const value = stored[stateKey(address)];
    if (typeof value === 'object' && value !== null) states.set(address, value as AccountState);
  }
  return states;
}

export const writeState = (area: KeyValueArea, address: string, state: AccountState): Promise<void> => area.set({ [stateKey(address)]: state });
