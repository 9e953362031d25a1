// Fetches, parses and validates the tier tables of some symbols of one venue. Shared by the worker
// and `npm run data:update`, so both trust exactly the same checks. A request several symbols share
// (a feed of every symbol) is made once.
import { t } from '../i18n/t';
import type { Dec, Tier } from '../model/types';
import { fetchJson, type Fetched, type FetchLimits, type JsonRequest } from './fetch-json';
import { checkContractTerms } from './check-contract-terms';
import { validateTiers } from './validate-tiers';
import { checkInstrumentFacts, instrumentField, type InstrumentFacts } from './instrument-facts';
import type { VenueEndpoints } from './venues';

export type FetchedTable =
  | { ok: true; tiers: Tier[]; contractValue?: Dec; contractSize?: Dec; instrument?: InstrumentFacts; source: string }
  | { ok: false; reason: string };

const requestKey = (r: JsonRequest) => `${r.method ?? 'GET'} ${r.url} ${r.body ?? ''}`;

export async function fetchTierTables(endpoints: VenueEndpoints, symbols: readonly string[], limits: FetchLimits): Promise<Map<string, FetchedTable>> {
  const answers = new Map<string, Promise<Fetched>>();
  const get = (request: JsonRequest) => {
    const key = requestKey(request);
    let answer = answers.get(key);
    if (!answer) {
      answer = fetchJson(request, limits);
      answers.set(key, answer);
    }
    return answer;
  };
  const results = new Map<string, FetchedTable>();
  await Promise.all(
    symbols.map(async (symbol) => {
      const requests = endpoints.tierRequests(symbol);
      const instrumentRequests = endpoints.instrumentRequests?.(symbol) ?? [];
      const [fetched, instrument] = await Promise.all([Promise.all(requests.map(get)), Promise.all(instrumentRequests.map(get))]);
      const table = tableFrom(endpoints, symbol, requests, fetched);
      const answers = instrument.map((a) => (a.ok ? a.json : undefined));
      results.set(symbol, table.ok && instrument.some((a) => a.ok) ? withInstrument(endpoints, symbol, table, answers) : table);
    }),
  );
  return results;
}

/** The table with the facts of separate instrument answers, when they parse and pass the checks; else as it was. */
export function withInstrument(endpoints: VenueEndpoints, symbol: string, table: FetchedTable & { ok: true }, answers: unknown[]): FetchedTable {
  const parsed = endpoints.parseInstrument?.(answers, symbol);
  const checked = parsed?.ok ? checkInstrumentFacts(parsed.value) : undefined;
  return checked?.ok ? { ...table, ...instrumentField({ ...table.instrument, ...checked.facts }) } : table;
}

function tableFrom(endpoints: VenueEndpoints, symbol: string, requests: JsonRequest[], fetched: Fetched[]): FetchedTable {
  const json: unknown[] = [];
  for (const answer of fetched) {
    if (!answer.ok) return { ok: false, reason: answer.reason };
    json.push(answer.json);
  }
  return tableFromAnswers(endpoints, symbol, requests, json);
}

/**
 * One symbol's table from the venue's answers to its tier requests, parsed and checked. The one
 * path every table takes, fetched live or read from a recorded answer (scripts/data-update.ts).
 */
export function tableFromAnswers(endpoints: VenueEndpoints, symbol: string, requests: JsonRequest[], json: unknown[]): FetchedTable {
  const host = new URL(requests[0]!.url).host;
  const parsed = endpoints.parseTiers(json, symbol);
  if (!parsed.ok) return { ok: false, reason: t('market_unexpectedAnswer', host, parsed.reason) };
  const validated = validateTiers(parsed.value.tiers, endpoints.tierRules);
  if (!validated.ok) return { ok: false, reason: t('market_tableFailsCheck', host, validated.reason) };
  const terms = checkContractTerms(endpoints.venue, symbol, parsed.value);
  if (!terms.ok) return { ok: false, reason: t('market_tableFailsCheck', host, terms.reason) };
  const facts = checkInstrumentFacts(parsed.value.instrument);
  if (!facts.ok) return { ok: false, reason: t('market_tableFailsCheck', host, facts.reason) };
  return {
    ok: true,
    tiers: validated.tiers,
    ...terms.terms,
    ...instrumentField(facts.facts),
    source: requests.map((r) => r.url).join(' + '),
  };
}
