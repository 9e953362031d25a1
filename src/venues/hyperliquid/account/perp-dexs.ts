// POST /info {"type":"perpDexs"}: every perp dex, the main one first as null, then each HIP-3 dex with
// its short name (docs: info endpoint, perpetuals, "Retrieve all perpetual dexs"; typed in
// nktkas/hyperliquid src/api/info/_methods/perpDexs.ts). Weight 20, so the worker asks rarely (poll.ts).
import type { JsonRequest } from '../../../market-data/fetch-json';
import { isObject } from '../../../market-data/json-fields';
import type { Parsed } from '../../../market-data/venues/endpoint';
import { INFO_URL } from './info-url';

export const perpDexsRequest = (): JsonRequest => ({ url: INFO_URL, method: 'POST', body: JSON.stringify({ type: 'perpDexs' }), maxBytes: 1024 * 1024 });

/** A dex name as it prefixes its coins ("xyz" in "xyz:TSLA"): short, letters and digits. */
export const DEX_NAME = /^[a-z0-9]{1,12}$/i;

/** Far above the dexes deployed so far (about ten in 2026); more is not a list to send requests for. */
export const MAX_DEXES = 40;

/** The HIP-3 dex names, in the API's order; the main dex (null) left out. */
export function parsePerpDexs(json: unknown): Parsed<string[]> {
  if (!Array.isArray(json)) return { ok: false, reason: 'perpDexs is not a list' };
  if (json[0] !== null) return { ok: false, reason: 'perpDexs does not start with the main dex (null)' };
  const names: string[] = [];
  for (const [i, dex] of json.slice(1).entries()) {
    const name = isObject(dex) ? dex.name : undefined;
    if (typeof name !== 'string' || !DEX_NAME.test(name)) return { ok: false, reason: `perpDexs entry ${i + 2} has no dex name` };
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > MAX_DEXES) return { ok: false, reason: `perpDexs lists ${names.length} dexes` };
  return { ok: true, value: names };
}
