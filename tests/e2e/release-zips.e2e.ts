// The uploads themselves: `npm run package` at HEAD, each zip unpacked as the store would install it,
// loaded in real Chromium and Firefox ESR on the Binance fixture page. The BTCUSDT badge must show the
// liquidation price of docs/rules/binance.md §2.3 for what the fixture shows (isolated long, 0.5 BTC
// at 60,000, 20x, tier 1: MMR 0.4 %, cum 0), computed here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRelease, type PackagedRelease } from '../../scripts/package';
import { readZip } from '../../scripts/testing/read-zip';
import { launchWithExtension, repoRoot } from '../support/browser';
import { EXTENSION_ID, launchFirefoxWithExtension } from '../support/firefox';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
// §2.3, isolated long: LP = (Q·EP − WB) / (Q·(1 − MMR)), WB = Q·EP / leverage.
const q = new D('0.5');
const entry = new D('60000');
const expected = q.mul(entry).sub(q.mul(entry).div(20)).div(q.mul(new D(1).sub('0.004')));

const work = mkdtempSync(join(tmpdir(), 'liqcheck-release-e2e-'));
let release: PackagedRelease;
let server: TestServer;

function unpack(zipPath: string, dir: string): string {
  for (const [name, data] of readZip(readFileSync(zipPath))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

beforeAll(async () => {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  release = packageRelease({ repoRoot, outDir: join(work, 'release'), ref: commit });
  const binance = join(repoRoot, 'tests/fixtures/binance');
  server = await startServer({
    'www.binance.com/en/futures/BTCUSDT': join(binance, 'futures-btcusdt.html'),
    'www.binance.com/fixture-driver.js': join(binance, 'fixture-driver.js'),
    'www.binance.com/fixture.css': join(binance, 'fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Reads data-estimate of the BTCUSDT long badge through open shadow roots (page-side script). */
const readEstimate = `(() => {
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('[data-liqcheck="position"][data-symbol="BTCUSDT"][data-side="long"]')) return el.getAttribute('data-estimate');
      if (el.shadowRoot) { const found = visit(el.shadowRoot); if (found) return found; }
    }
    return null;
  };
  return visit(document);
})()`;

const closeEnough = (value: unknown) =>
  typeof value === 'string' && /^\d/.test(value) && new D(value).sub(expected).abs().lte(expected.mul('1e-9')) ? 'close' : `got ${String(value)}, want ${expected.toString()}`;

describe('the packaged zips, installed', () => {
  it('Chromium runs liqcheck-chrome-<version>.zip: the BTCUSDT badge shows §2.3’s price', async () => {
    const dir = unpack(release.zips.chrome, join(work, 'chrome'));
    const browser = await launchWithExtension({ dist: dir, hosts: ['www.binance.com'], port: server.port });
    try {
      const page = await browser.context.newPage();
      await page.goto('https://www.binance.com/en/futures/BTCUSDT');
      await expect.poll(async () => closeEnough(await page.evaluate(readEstimate)), { timeout: 30_000, interval: 200 }).toBe('close');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('Firefox ESR runs liqcheck-firefox-<version>.zip under its gecko id: the same badge', async () => {
    const dir = unpack(release.zips.firefox, join(work, 'firefox'));
    const firefox = await launchFirefoxWithExtension({ dist: dir, hosts: ['www.binance.com'], port: server.port });
    try {
      expect(firefox.extensionId).toBe(EXTENSION_ID);
      const page = await firefox.newPage();
      await page.goto('https://www.binance.com/en/futures/BTCUSDT');
      await expect.poll(async () => closeEnough(await page.evaluate(readEstimate)), { timeout: 30_000, interval: 200 }).toBe('close');
    } finally {
      await firefox.close();
    }
  }, 120_000);
});
