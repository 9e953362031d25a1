// A Hyperliquid account address as the trader types it: 0x and 40 hex digits. Anything else is an
// error shown in the form and never becomes a request (issue 19).
import { t } from '../../../i18n/t';

/** How many addresses the watch list holds: 10 x weight 2 a minute stays far under the API's 1200 (poll.ts). */
export const MAX_WATCHED = 10;

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

export const isAddress = (text: unknown): boolean => typeof text === 'string' && ADDRESS.test(text);

export type WatchListParse = { ok: true; addresses: string[] } | { ok: false; error: string };

/**
 * The addresses of a textarea, one per line (commas and spaces also separate), lowercased (the API
 * answers the same account for either case) and without repeats. One bad entry refuses the whole list.
 */
export function parseWatchList(text: string): WatchListParse {
  const entries = text.split(/[\s,;]+/).filter((e) => e !== '');
  const addresses: string[] = [];
  for (const entry of entries) {
    if (!isAddress(entry)) return { ok: false, error: t('watch_badAddress', entry.length > 50 ? `${entry.slice(0, 47)}…` : entry) };
    const lower = entry.toLowerCase();
    if (!addresses.includes(lower)) addresses.push(lower);
  }
  if (addresses.length > MAX_WATCHED) return { ok: false, error: t('watch_tooMany', MAX_WATCHED) };
  return { ok: true, addresses };
}
