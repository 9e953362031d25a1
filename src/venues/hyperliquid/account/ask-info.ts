// One info request within the poll's weight budget: not sent when it does not fit; an HTTP 429 stops
// the budget (no more requests this poll) and is told apart from other failures.
import { fetchJson, type FetchFunction, type JsonRequest } from '../../../market-data/fetch-json';
import type { WeightBudget } from './request-weight';

export type InfoAnswer = { ok: true; json: unknown } | { ok: false; reason: string; rateLimited: boolean } | { ok: false; notSent: true };

export interface AskOptions {
  fetch: FetchFunction;
  timeoutMs?: number;
}

export async function askInfo(request: JsonRequest, weight: number, budget: WeightBudget, options: AskOptions): Promise<InfoAnswer> {
  if (!budget.take(weight)) return { ok: false, notSent: true };
  let status = 0;
  // fetchJson says why in words; the status is read here, at the edge, to tell a 429 apart.
  const fetch: FetchFunction = async (url, init) => {
    const response = await options.fetch(url, init);
    status = response.status;
    return response;
  };
  const answer = await fetchJson(request, { fetch, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  if (answer.ok) return answer;
  if (status === 429) budget.stop();
  return { ok: false, reason: answer.reason, rateLimited: status === 429 };
}
