// `npm run data:update -- --sources`: the bundled snapshots are exactly what the script makes from
// data/sources, and a source it cannot read is named without failing the run.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const dirs: string[] = [];

async function update(sources: string): Promise<{ out: string; stdout: string; stderr: string }> {
  const out = await mkdtemp(join(tmpdir(), 'liqcheck-sources-'));
  dirs.push(out);
  // The committed snapshots were written with this date in their first line.
  const { stdout, stderr } = await run('npx', ['tsx', 'scripts/data-update.ts', '--sources', sources, '--out', out, '--today', '2026-12-05'], { cwd: root });
  return { out, stdout, stderr };
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('data:update --sources', () => {
  it('rebuilds the committed snapshots byte for byte, naming what it left out', async () => {
    const { out, stdout, stderr } = await update(join(root, 'data/sources'));
    expect(stdout).toContain('binance-usdm: 343 tables written from 1 recorded source(s)');
    expect(stdout).toContain('binance-coinm: 35 tables written from 2 recorded source(s)');
    expect(stdout).toContain('bybit: 56 tables written from 1 recorded source(s)');
    expect(stdout).toContain('okx: 30 tables written from 2 recorded source(s)');
    expect(stdout).toContain('bitget: 34 tables written from 20 recorded source(s)');
    expect(stderr).toContain('BTCSTUSDT');
    for (const venue of ['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'bitget']) {
      const written = await readFile(join(out, venue, 'snapshot.ts'), 'utf8');
      expect(written, venue).toBe(await readFile(join(root, 'src/venues', venue, 'snapshot.ts'), 'utf8'));
    }
  }, 60_000);

  it('names a source without a sidecar, with a bad sidecar, or that is not JSON, and still exits 0', async () => {
    const sources = await mkdtemp(join(tmpdir(), 'liqcheck-bad-sources-'));
    dirs.push(sources);
    await mkdir(join(sources, 'bybit'));
    await writeFile(join(sources, 'bybit/alone.json'), '{}');
    await writeFile(join(sources, 'bybit/undated.json'), '{}');
    await writeFile(join(sources, 'bybit/undated.source.json'), JSON.stringify({ request: 'https://api.bybit.com/v5/market/risk-limit', source: 'docs' }));
    await writeFile(join(sources, 'bybit/broken.json'), '{"retCode": 0,');
    await writeFile(join(sources, 'bybit/broken.source.json'), JSON.stringify({ request: 'https://api.bybit.com/v5/market/risk-limit', source: 'docs', date: '2025-01-01' }));
    const { stdout, stderr } = await update(sources);
    expect(stdout).toBe('');
    expect(stderr).toContain('left out: bybit/alone.json: it has no .source.json sidecar');
    expect(stderr).toContain('left out: bybit/undated.json: its sidecar has no YYYY-MM-DD date');
    expect(stderr).toMatch(/left out: bybit\/broken\.json: .*JSON/);
  }, 60_000);
});
