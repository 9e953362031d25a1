// A local HTTP proxy that every test browser sends all its traffic through (Chromium's --proxy-server,
// Firefox's network.proxy.* prefs). It tunnels CONNECT host:443 for the hosts the test serves to the
// test server on 127.0.0.1, refuses everything else, and logs every request either way
// (network-log.ts), so the suite can prove that nothing went anywhere else.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { logRequest, type LoggedRequest } from './network-log';

export interface ProxiedRequest {
  /** host:port as asked in CONNECT, or the absolute URL of a plain HTTP request. */
  target: string;
  allowed: boolean;
}

export interface RecordingProxy {
  port: number;
  /** Names this proxy's (this browser's) lines in the suite's log. */
  session: string;
  /** Every host and port asked for, for attributing them when the browser closes. */
  destinations(): { host: string; port: number }[];
  /** Every request this proxy saw, tunnelled or refused. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** Hostnames whose port 443 is tunnelled to 127.0.0.1:targetPort. */
  served: ReadonlySet<string>;
  targetPort: number;
  browser: LoggedRequest['browser'];
  /** Where to log; default: the suite's log (LIQCHECK_NETWORK_LOG). */
  logFile?: string;
}

export async function startRecordingProxy(options: ProxyOptions): Promise<RecordingProxy> {
  const { served, targetPort, browser, logFile } = options;
  const requests: ProxiedRequest[] = [];
  const destinations = new Map<string, { host: string; port: number }>();
  const session = randomUUID();
  const sockets = new Set<Socket>();
  const record = (target: string, host: string, port: number, allowed: boolean) => {
    requests.push({ target, allowed });
    destinations.set(`${host.toLowerCase()}:${port}`, { host: host.toLowerCase(), port });
    logRequest({ browser, session, host: host.toLowerCase(), port, target, served: allowed, at: new Date().toISOString() }, logFile);
  };
  const server: Server = createServer((req, res) => {
    // A plain HTTP request: "GET http://host/path". The venues are HTTPS only: refused.
    let host = '';
    let port = 80;
    try {
      const url = new URL(req.url ?? '');
      host = url.hostname;
      port = Number(url.port || 80);
    } catch {
      host = req.headers.host ?? '';
    }
    record(req.url ?? '', host, port, false);
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('not a test host');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const at = target.lastIndexOf(':');
    const host = (at > 0 ? target.slice(0, at) : target).replace(/^\[|\]$/g, '');
    const port = Number(at > 0 ? target.slice(at + 1) : 443);
    const ok = served.has(host.toLowerCase()) && port === 443;
    record(target, host, port, ok);
    client.on('error', () => undefined);
    if (!ok) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    port: (server.address() as AddressInfo).port,
    session,
    destinations: () => [...destinations.values()],
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
