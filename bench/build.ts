// Builds the extension the benchmarks measure: dist/chrome and dist/firefox (minified, as shipped) and
// a readable chrome build for the CPU profile, from the tree the bench runs in. Beside the build:
// content-modules.json, the content script's size by module (bundle-breakdown.ts). runFromHead runs the
// whole bench from an export of the last commit instead.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../tests/support/browser';
import { contentBreakdown } from './bundle-breakdown';

export interface BuildInfo {
  /** Where the sources came from, for results.md. */
  source: string;
}

function vite(cwd: string, target: 'chrome' | 'firefox', distRoot: string, minify: boolean): void {
  try {
    execFileSync(join(repoRoot, 'node_modules/.bin/vite'), ['build'], {
      cwd,
      env: { ...process.env, TARGET: target, LIQCHECK_DIST_ROOT: distRoot, LIQCHECK_MINIFY: minify ? 'true' : 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`vite build (${target}) failed in ${cwd}:\n${String(output.stderr ?? '')}${String(output.stdout ?? '').slice(-2000)}`);
  }
}

export function build(distRoot: string, readableDistRoot: string): Promise<BuildInfo> {
  return buildIn(repoRoot, distRoot, readableDistRoot);
}

async function buildIn(cwd: string, distRoot: string, readableDistRoot: string): Promise<BuildInfo> {
  vite(cwd, 'chrome', distRoot, true);
  vite(cwd, 'firefox', distRoot, true);
  vite(cwd, 'chrome', readableDistRoot, false);
  // Next to the build, for bundle-size.ts: the content script's modules from the same sources.
  writeFileSync(join(distRoot, 'content-modules.json'), JSON.stringify(await contentBreakdown(cwd)));
  const snapshot = process.env.LIQCHECK_BENCH_SNAPSHOT;
  if (snapshot) return { source: `commit ${snapshot}, exported with git archive (the bench ran from the same export)` };
  const commit = execSync('git rev-parse --short HEAD', { cwd, encoding: 'utf8' }).trim();
  const status = execSync('git status --porcelain -- src manifest.json vite.config.ts', { cwd, encoding: 'utf8' }).trim();
  return { source: `the working tree at commit ${commit}${status ? ' plus uncommitted changes in src/, manifest.json or vite.config.ts' : ''}` };
}

/**
 * --from-head: exports the last commit (git archive) into a temporary folder with this repository's
 * node_modules, and runs the whole bench from there, so other people's unfinished edits in a shared
 * tree (sources, test helpers) can't break or skew the run. Returns the child's exit code.
 */
export function runFromHead(args: string[], out: string): number {
  const commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot, encoding: 'utf8' }).trim();
  const temp = mkdtempSync(join(tmpdir(), 'liqcheck-bench-src-'));
  try {
    execSync(`git archive HEAD | tar -x -C ${JSON.stringify(temp)}`, { cwd: repoRoot });
    symlinkSync(join(repoRoot, 'node_modules'), join(temp, 'node_modules'));
    const child = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(temp, 'bench/index.ts'), ...args, '--out', out], {
      cwd: temp,
      env: { ...process.env, LIQCHECK_BENCH_SNAPSHOT: commit },
      stdio: 'inherit',
    });
    return child.status ?? 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
