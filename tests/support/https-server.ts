// A local HTTPS server for real-browser tests and the demo. The browser reaches it under the venues'
// real hostnames through --host-resolver-rules (see browser.ts), so content scripts match as in
// production. The certificate in ./certs is self-signed and test-only.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, resolve } from 'node:path';
import { variantPage } from '../../src/sites/testing/fixture-pages';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * Route table. A key is an exact path ("/en/futures/BTCUSDT", query string ignored) that matches on
 * any host, or host + path ("fapi.binance.com/fapi/v1/premiumIndex") that matches on that host only
 * and wins over a plain path. A value is a file path (served with a Content-Type from its extension)
 * or a handler. The table is read on every request, so a test may change it while the server runs.
 * A file path naming a fixture variant (src/sites/testing/fixture-variants.ts, e.g.
 * tests/fixtures/binance/busy-futures-btcusdt.html) is served as built from its base page at request time.
 */
export type Routes = Record<string, string | RouteHandler>;

export interface RecordedRequest {
  method: string;
  host: string; // the Host header without the port, e.g. "www.binance.com"
  path: string; // without the query string
  url: string; // the request target as sent, with the query string
  status: number;
}

export interface ServerOptions {
  /** Script URLs to add as <script src> tags before </body> of every HTML file served from disk. */
  injectScripts?: string[];
}

export interface TestServer {
  port: number;
  /** https://127.0.0.1:PORT/path, or https://HOST/path when a host is given (needs the resolver rule). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
  /** Every request so far, in arrival order, 404s included. */
  requests: RecordedRequest[];
}

const certDir = new URL('./certs/', import.meta.url);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Adds script tags before the last </body>, or at the end when the page has none. */
export function injectScriptTags(html: string, srcs: readonly string[]): string {
  if (srcs.length === 0) return html;
  const tags = srcs.map((src) => `<script src="${escapeAttribute(src)}"></script>`).join('\n');
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${html}\n${tags}\n` : `${html.slice(0, at)}${tags}\n${html.slice(at)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function hostWithoutPort(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

export async function startServer(routes: Routes, options: ServerOptions = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer(
    { key: readFileSync(new URL('key.pem', certDir)), cert: readFileSync(new URL('cert.pem', certDir)) },
    (req, res) => {
      const url = req.url ?? '/';
      const path = url.split('?')[0] ?? '/';
      const host = hostWithoutPort(req.headers.host);
      const record: RecordedRequest = { method: req.method ?? 'GET', host, path, url, status: 0 };
      requests.push(record);
      res.on('finish', () => {
        record.status = res.statusCode;
      });
      const target = routes[`${host}${path}`] ?? routes[path];
      void respond(target, req, res, options).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`test server error: ${String(error)}`);
      });
    },
  );
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    requests,
    url: (path, host) => (host ? `https://${host}${path}` : `https://127.0.0.1:${port}${path}`),
    close: () =>
      new Promise<void>((resolve) => {
        // Browsers keep connections alive; without this close() would wait for them.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function respond(
  target: string | RouteHandler | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  options: ServerOptions,
): Promise<void> {
  if (target === undefined) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  if (typeof target === 'function') {
    await target(req, res);
    return;
  }
  const type = contentTypeFor(target);
  let body: Buffer | string = variantPage(resolve(target)) ?? (await readFile(target));
  if (type.startsWith('text/html') && options.injectScripts?.length) {
    body = injectScriptTags(typeof body === 'string' ? body : body.toString('utf8'), options.injectScripts);
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A handler that answers JSON, for stand-ins of the venues' public APIs. */
export function jsonHandler(value: unknown, status = 200): RouteHandler {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify(value));
  };
}
