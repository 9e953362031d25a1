// POST /info {"type":"userAbstraction","user":"0x…"}: the account's mode (docs: info endpoint, "Query
// a user's abstraction state"; the answer is one of the strings typed in nktkas/hyperliquid
// src/api/info/_methods/userAbstraction.ts). In "unifiedAccount" and "portfolioMargin" spot balances
// back the cross positions and each dex's perp state is not the account's margin; in "dexAbstraction"
// one balance backs the cross positions of several dexes. Either way the perp state alone does not
// explain the cross positions: they are named, not estimated (rows.ts).
import type { JsonRequest } from '../../../market-data/fetch-json';
import type { Parsed } from '../../../market-data/venues/endpoint';
import { INFO_URL } from './info-url';

export type AccountMode = 'default' | 'disabled' | 'dexAbstraction' | 'unifiedAccount' | 'portfolioMargin';

const MODES: readonly AccountMode[] = ['default', 'disabled', 'dexAbstraction', 'unifiedAccount', 'portfolioMargin'];

export const abstractionRequest = (address: string): JsonRequest => ({
  url: INFO_URL,
  method: 'POST',
  body: JSON.stringify({ type: 'userAbstraction', user: address }),
  maxBytes: 4 * 1024,
});

export function parseAbstraction(json: unknown): Parsed<AccountMode> {
  return typeof json === 'string' && (MODES as readonly string[]).includes(json)
    ? { ok: true, value: json as AccountMode }
    : { ok: false, reason: `the account mode ${JSON.stringify(json)?.slice(0, 40) ?? 'undefined'} is not one Liqcheck knows` };
}

/** Whether cross positions in this mode draw on more than their own dex's perp account. */
export const sharesCollateral = (mode: AccountMode): boolean => mode === 'unifiedAccount' || mode === 'portfolioMargin' || mode === 'dexAbstraction';
