// A FetchFunction for Node unit tests that reaches the local HTTPS server (https-server.ts) under a
// venue's real hostname: TLS with that name (SNI), the Host header, and the test certificate as the
// only trusted root, so the certificate is checked against the hostname as a browser would.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { Readable } from 'node:stream';
import type { FetchFunction } from '../../src/market-data/fetch-json';
import type { TestServer } from './https-server';

const ca = readFileSync(new URL('./certs/cert.pem', import.meta.url));

export function realHostFetch(server: TestServer): FetchFunction {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const headers: Record<string, string> = { host: target.hostname, ...((init.headers as Record<string, string> | undefined) ?? {}) };
      const req = request(
        { host: '127.0.0.1', port: server.port, path: target.pathname + target.search, method: init.method ?? 'GET', servername: target.hostname, headers, ca, ...(init.signal ? { signal: init.signal } : {}) },
        (res) => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          resolve(new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status: res.statusCode ?? 0, headers: responseHeaders }));
        },
      );
      req.on('error', reject);
      if (typeof init.body === 'string') req.write(init.body);
      req.end();
    });
}
