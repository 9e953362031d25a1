// Fetches one public JSON endpoint with the limits a worker needs: a deadline (a slow venue must not
// hold the table hostage) and a body-size cap counted while streaming (a 10 MB answer is dropped
// after the first 2 MB, never read whole). No cookies, no referrer: nothing about the user is sent.
import { t } from '../i18n/t';

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** JSON body for POST endpoints (Hyperliquid info). */
  body?: string;
  /** Larger than the default for feeds that carry every symbol at once. */
  maxBytes?: number;
}

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface FetchLimits {
  fetch: FetchFunction;
  timeoutMs?: number;
  maxBytes?: number;
  /** Waits for a free request slot (the worker's cap on requests in flight); the deadline starts after. */
  gate?: <T>(task: () => Promise<T>) => Promise<T>;
}

export type Fetched = { ok: true; json: unknown } | { ok: false; reason: string };

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function fetchJson(request: JsonRequest, limits: FetchLimits): Promise<Fetched> {
  return limits.gate ? limits.gate(() => fetchNow(request, limits)) : fetchNow(request, limits);
}

async function fetchNow(request: JsonRequest, limits: FetchLimits): Promise<Fetched> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = request.maxBytes ?? limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const host = new URL(request.url).host;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await limits.fetch(request.url, {
      method: request.method ?? 'GET',
      ...(request.body !== undefined ? { body: request.body, headers: { 'Content-Type': 'application/json' } } : {}),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      // A redirect could lead anywhere; the endpoints answer directly.
      redirect: 'error',
      signal: controller.signal,
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: t('market_httpStatus', host, response.status) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { ok: false, reason: t('market_tooLargeDeclared', host, megabytes(declared), megabytes(maxBytes)) };
    }
    const text = await readCapped(response, maxBytes, controller);
    if (timedOut) throw new Error('deadline');
    if (text === null) return { ok: false, reason: t('market_tooLarge', host, megabytes(maxBytes)) };
    if (text.trim() === '') return { ok: false, reason: t('market_empty', host) };
    try {
      return { ok: true, json: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, reason: t('market_notJson', host) };
    }
  } catch {
    if (timedOut) return { ok: false, reason: t('market_timeout', host, timeoutMs / 1000) };
    return { ok: false, reason: t('market_unreachable', host) };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null as soon as it grows past maxBytes (the rest is never read). */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  // The deadline ends a body that trickles in, whatever the fetch implementation does on abort.
  controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
