// The fixture server (tests/support/https-server.ts) serves the fixture variants under the file paths
// their consumers (bench/busy-page.ts, tests/e2e/faults.e2e.ts, warnings.e2e.ts) give it, though no
// such file exists: built from the base page at request time.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../tests/support/https-server';
import { FIXTURES_DIR, variantPage } from './fixture-pages';

const base = readFileSync(join(FIXTURES_DIR, 'binance/futures-btcusdt.html'), 'utf8');

describe('the fixture server', () => {
  let server: TestServer;
  const get = (path: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, rejectUnauthorized: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    server = await startServer({
      // As the bench, faults.e2e.ts and warnings.e2e.ts ask for them: by their old absolute file paths.
      '/busy': join(FIXTURES_DIR, 'binance/busy-futures-btcusdt.html'),
      '/hostile': join(FIXTURES_DIR, 'hostile/futures-hostile.html'),
      // Relative to the working directory, as a plain file path given to the server is.
      '/warnings': relative(process.cwd(), join(FIXTURES_DIR, 'binance/warnings-btcusdt.html')),
      '/base': join(FIXTURES_DIR, 'binance/futures-btcusdt.html'),
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['/busy', 'binance/busy-futures-btcusdt.html'],
    ['/hostile', 'hostile/futures-hostile.html'],
    ['/warnings', 'binance/warnings-btcusdt.html'],
  ])('serves %s as the variant %s, built from the base page', async (path, file) => {
    const answer = await get(path);
    expect(answer).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: variantPage(join(FIXTURES_DIR, file)) });
  });

  it('serves a page that is no variant from its file', async () => {
    expect((await get('/base')).body).toBe(base);
  });
});
