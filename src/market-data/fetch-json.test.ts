// fetchJson against fake fetches: each way an endpoint can misbehave gives a reason, never a throw,
// and a huge body is dropped after the cap without being read to the end.
import { describe, expect, it } from 'vitest';
import { fetchJson, type FetchFunction } from './fetch-json';

const URL_ = 'https://api.bybit.com/v5/market/risk-limit?category=linear&symbol=BTCUSDT';
const answering =
  (body: BodyInit | null, init: ResponseInit = {}): FetchFunction =>
  async () =>
    new Response(body, { status: 200, ...init });

/** A body of `total` bytes produced chunk by chunk; `pulled()` says how much was read. */
function streamedBody(total: number, chunk = 64 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, pulled: () => sent };
}

describe('fetchJson', () => {
  it('returns the parsed JSON, and asks without cookies, referrer or redirects', async () => {
    let seen: RequestInit | undefined;
    const result = await fetchJson({ url: URL_ }, {
      fetch: async (_url, init) => {
        seen = init;
        return new Response('{"retCode":0}');
      },
    });
    expect(result).toEqual({ ok: true, json: { retCode: 0 } });
    expect(seen).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', cache: 'no-store' });
  });

  it('POSTs a JSON body where the endpoint needs one', async () => {
    let seen: RequestInit | undefined;
    await fetchJson({ url: 'https://api.hyperliquid.xyz/info', method: 'POST', body: '{"type":"meta"}' }, {
      fetch: async (_url, init) => {
        seen = init;
        return new Response('{}');
      },
    });
    expect(seen).toMatchObject({ method: 'POST', body: '{"type":"meta"}', headers: { 'Content-Type': 'application/json' } });
  });

  it.each([
    ['an HTTP error', answering('oops', { status: 503 }), 'api.bybit.com answered HTTP 503'],
    ['an empty body', answering(''), 'api.bybit.com sent an empty answer'],
    ['a truncated body', answering('{"retCode":0,"result":{"list":[{"symbol":"BTC'), 'api.bybit.com sent something that is not JSON (cut short?)'],
    ['HTML', answering('<html>maintenance</html>'), 'api.bybit.com sent something that is not JSON (cut short?)'],
    ['a network failure', (async () => Promise.reject(new TypeError('Failed to fetch'))) as FetchFunction, 'api.bybit.com could not be reached'],
  ])('gives a reason for %s', async (_name, fetch, reason) => {
    expect(await fetchJson({ url: URL_ }, { fetch })).toEqual({ ok: false, reason });
  });

  it('drops a 10 MB body after the 2 MB cap, without reading the rest', async () => {
    const body = streamedBody(10 * 1024 * 1024);
    const result = await fetchJson({ url: URL_ }, { fetch: answering(body.stream) });
    expect(result).toEqual({ ok: false, reason: 'api.bybit.com sent more than the 2 MB allowed' });
    expect(body.pulled()).toBeLessThan(3 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above the cap before reading the body', async () => {
    const body = streamedBody(10 * 1024 * 1024);
    const result = await fetchJson({ url: URL_ }, { fetch: answering(body.stream, { headers: { 'Content-Length': String(10 * 1024 * 1024) } }) });
    expect(result).toEqual({ ok: false, reason: 'api.bybit.com sent 10 MB, more than the 2 MB allowed' });
    expect(body.pulled()).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('a larger cap for feeds of every symbol is honoured', async () => {
    const json = `{"pad":"${' '.repeat(3 * 1024 * 1024)}"}`;
    expect((await fetchJson({ url: URL_, maxBytes: 4 * 1024 * 1024 }, { fetch: answering(json) })).ok).toBe(true);
    expect((await fetchJson({ url: URL_ }, { fetch: answering(json) })).ok).toBe(false);
  });

  it('gives up on a slow endpoint at the deadline and aborts the request', async () => {
    let aborted = false;
    const slow: FetchFunction = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const started = Date.now();
    expect(await fetchJson({ url: URL_ }, { fetch: slow, timeoutMs: 100 })).toEqual({ ok: false, reason: 'api.bybit.com did not answer within 0.1 s' });
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the deadline also covers a body that trickles in', async () => {
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        // Never closes: only the deadline ends this.
      },
    });
    const fetch: FetchFunction = async () => new Response(trickle);
    expect(await fetchJson({ url: URL_ }, { fetch, timeoutMs: 100 })).toEqual({ ok: false, reason: 'api.bybit.com did not answer within 0.1 s' });
  });
});
