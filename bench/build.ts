// Builds the extension the benchmarks measure: dist/chrome and dist/firefox (minified, as shipped) and
// a readable chrome build for the CPU profile. From the working tree by default, or, with --from-head,
// from the last commit exported into a temporary folder (git archive), so other people's unfinished
// edits in a shared tree can't break or skew the run. Beside the build: content-modules.json, the
// content script's size by module (bundle-breakdown.ts).
import { execFileSync, execSync } from 'node:child_process';
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

const head = () => execSync('git rev-parse --short HEAD', { cwd: repoRoot, encoding: 'utf8' }).trim();

export async function build(distRoot: string, readableDistRoot: string, fromHead: boolean): Promise<BuildInfo> {
  let cwd = repoRoot;
  let temp: string | undefined;
  const commit = head();
  if (fromHead) {
    temp = mkdtempSync(join(tmpdir(), 'liqcheck-bench-src-'));
    execSync(`git archive HEAD | tar -x -C ${JSON.stringify(temp)}`, { cwd: repoRoot });
    symlinkSync(join(repoRoot, 'node_modules'), join(temp, 'node_modules'));
    cwd = temp;
  }
  try {
    vite(cwd, 'chrome', distRoot, true);
    vite(cwd, 'firefox', distRoot, true);
    vite(cwd, 'chrome', readableDistRoot, false);
    // Next to the build, for bundle-size.ts: the content script's modules from the same sources.
    writeFileSync(join(distRoot, 'content-modules.json'), JSON.stringify(await contentBreakdown(cwd)));
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  let dirty = '';
  if (!fromHead) {
    const status = execSync('git status --porcelain -- src manifest.json vite.config.ts', { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (status) dirty = ' plus uncommitted changes in src/, manifest.json or vite.config.ts';
  }
  return { source: fromHead ? `commit ${commit} (exported with git archive)` : `the working tree at commit ${commit}${dirty}` };
}
