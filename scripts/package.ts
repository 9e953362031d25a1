// npm run package: the store uploads, rebuilt from scratch and byte-for-byte reproducible.
//
// Writes <out>/liqcheck-chrome-<version>.zip, liqcheck-firefox-<version>.zip and
// liqcheck-sources-<version>.zip (what addons.mozilla.org asks for to rebuild a bundled add-on).
// The sources are the git-tracked files a build needs, taken from a commit (HEAD by default) so
// nobody's uncommitted work slips into a release; both targets are then built FROM those staged
// sources, so the sources zip rebuilds exactly what the extension zips hold.
//
// Options: --out <dir> (default release), --ref <commit> (default HEAD), --worktree (package the
// working tree's tracked files instead of a commit, for trying it out before committing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeZip, type ZipEntry } from './zip';

export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];

/** The generated build guide inside the sources zip. */
export const REVIEWER_README = 'README-REVIEWERS.md';

/** Files at fixed paths that a rebuild needs or a reviewer reads. */
const SOURCE_FILES = new Set([
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'scripts/make-icons.ts', // draws icons/*.png
]);

/** Why a path must not ship (test code, fixtures, benchmarks, source maps), or undefined. */
export function forbiddenInRelease(path: string): string | undefined {
  if (/\.map$/i.test(path)) return 'source map';
  if (/\.(test|spec|e2e)\.[cm]?[jt]sx?$/i.test(path)) return 'test file';
  if (/(^|\/)(tests?|testing|__tests__|__snapshots__)\//i.test(path)) return 'test folder';
  if (/(^|\/)fixtures?\//i.test(path)) return 'fixture';
  if (/(^|\/)bench\//i.test(path)) return 'benchmark';
  return undefined;
}

/** Whether a tracked file belongs in the sources zip. */
export function isReleaseSource(path: string): boolean {
  if (forbiddenInRelease(path)) return false;
  return SOURCE_FILES.has(path) || path.startsWith('src/') || path.startsWith('icons/');
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Buffer {
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env, input: options.input, maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw new Error(`package: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    // Builds run on the tracked files only: a file the code needs but git does not track fails here.
    const output = `${result.stderr.toString()}${result.stdout.toString()}`.replace(/\n\s+at .*/g, '').replace(/\x1b\[[0-9;]*m/g, '');
    throw new Error(`package: ${command} ${args.join(' ')} failed (${result.status}):\n${output.slice(-4000)}`);
  }
  return result.stdout;
}

/** Reads tracked files at a commit, or from the working tree when ref is undefined. */
function sourceReader(repoRoot: string, ref: string | undefined) {
  const tracked = ref
    ? run('git', ['ls-tree', '-r', '-z', '--name-only', ref], { cwd: repoRoot }).toString('utf8').split('\0').filter(Boolean)
    : run('git', ['ls-files', '-z'], { cwd: repoRoot })
        .toString('utf8')
        .split('\0')
        .filter((path) => path && existsSync(join(repoRoot, path)));
  const read = (paths: string[]): Map<string, Buffer> => {
    const files = new Map<string, Buffer>();
    if (!ref) {
      for (const path of paths) files.set(path, readFileSync(join(repoRoot, path)));
      return files;
    }
    // One `git cat-file --batch` for all files: "<sha> blob <size>\n<bytes>\n" per request.
    const out = run('git', ['cat-file', '--batch'], { cwd: repoRoot, input: paths.map((p) => `${ref}:${p}\n`).join('') });
    let at = 0;
    for (const path of paths) {
      const newline = out.indexOf(10, at);
      const header = out.toString('utf8', at, newline).split(' ');
      if (header[1] !== 'blob') throw new Error(`package: ${ref}:${path} is not a file (${header.join(' ')})`);
      const size = Number(header[2]);
      files.set(path, out.subarray(newline + 1, newline + 1 + size));
      at = newline + 1 + size + 1;
    }
    return files;
  };
  return { tracked, read };
}

/** Relative imports of the build config and the icon drawer, followed through the tracked files. */
function buildScriptImports(tracked: Set<string>, read: (paths: string[]) => Map<string, Buffer>): string[] {
  const found = new Set<string>();
  const queue = ['vite.config.ts', 'scripts/make-icons.ts'].filter((path) => tracked.has(path));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const text = read([file]).get(file)!.toString('utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = posix.normalize(posix.join(posix.dirname(file), match[1]!));
      const path = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`].find((p) => tracked.has(p));
      if (path && !found.has(path)) {
        found.add(path);
        if (/\.[cm]?[jt]sx?$/.test(path)) queue.push(path);
      }
    }
  }
  return [...found];
}

function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) out.push(...filesUnder(dir, path));
    else out.push(path);
  }
  return out;
}

/** The caller's environment without what changes a build (test runner flags, modes, our own knobs). */
export function cleanBuildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NODE_ENV|VITEST.*|VITE_.*|TEST|MODE|LIQCHECK_.*|TARGET)$/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

function toolVersions(repoRoot: string): { node: string; npm: string } {
  const npm = spawnSync('npm', ['--version'], { cwd: repoRoot, encoding: 'utf8' });
  return { node: process.version, npm: npm.status === 0 ? npm.stdout.trim() : 'unknown' };
}

export function reviewerReadme(info: { version: string; node: string; npm: string; commit: string; dirty: boolean; scripts: string[] }): string {
  const v = info.version;
  return `# Liqcheck ${v}: how to rebuild the uploaded add-on

These are the sources of liqcheck-firefox-${v}.zip and liqcheck-chrome-${v}.zip, from commit
${info.commit}${info.dirty ? ' with uncommitted changes to tracked files' : ''}. The bundles are built by Vite from \`src/\`;
nothing in them is generated elsewhere or downloaded at build time. \`icons/*.png\` are drawn by
\`scripts/make-icons.ts\` (\`npm run icons\` redraws them identically).

## Build environment

- Node ${info.node} and npm ${info.npm} (Node 20 or later is required: \`engines\` in package.json)
- Built on Linux (Debian 12); the build has no platform-specific step, but only that was checked.
- Dependencies: exactly those of package-lock.json, from the npm registry.

## Commands

\`\`\`
npm ci
npm run build:firefox     # writes dist/firefox
npm run build:chrome      # writes dist/chrome
\`\`\`

\`dist/firefox\` then holds the same files, byte for byte, as liqcheck-firefox-${v}.zip, and
\`dist/chrome\` as liqcheck-chrome-${v}.zip. To compare:

\`\`\`
mkdir uploaded && cd uploaded && unzip -q ../liqcheck-firefox-${v}.zip && cd ..
diff -r uploaded dist/firefox && echo identical
\`\`\`

## Where things are

- \`manifest.json\`: one template for both browsers; keys prefixed \`{{chrome}}.\` or \`{{firefox}}.\`
  apply to that browser only, \`{{version}}\` is package.json's version.
- \`vite.config.ts\`: the build (vite-plugin-web-extension); \`TARGET=firefox\` selects Firefox.
${info.scripts.map((path) => `- \`${path}\`: ${path === 'scripts/make-icons.ts' ? 'draws the icons' : 'a helper that vite.config.ts or scripts/make-icons.ts imports'}.`).join('\n')}
- \`src/content/\`: the content script on the exchange pages; \`src/background/\`: the background
  script; \`src/popup/\`, \`src/options/\`: the extension pages; \`src/model/\`: the liquidation math.
- README.md: what Liqcheck does, its privacy statement and the only network requests it makes.
`;
}

export interface PackageOptions {
  repoRoot: string;
  outDir: string;
  /** Commit to package; undefined packages the working tree's tracked files. */
  ref?: string;
  log?: (line: string) => void;
}

export interface PackagedRelease {
  version: string;
  commit: string;
  zips: Record<Target | 'sources', string>;
}

export function packageRelease(options: PackageOptions): PackagedRelease {
  const { repoRoot, outDir, ref } = options;
  const log = options.log ?? (() => undefined);
  const source = sourceReader(repoRoot, ref);
  const tracked = new Set(source.tracked);
  const paths = [...new Set([...source.tracked.filter(isReleaseSource), ...buildScriptImports(tracked, source.read)])].sort();
  for (const required of ['manifest.json', 'package.json', 'package-lock.json', 'vite.config.ts']) {
    if (!paths.includes(required)) throw new Error(`package: ${required} is not tracked`);
  }
  const files = source.read(paths);
  const version = (JSON.parse(files.get('package.json')!.toString('utf8')) as { version?: string }).version ?? '';
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`package: version "${version}" is not 1 to 4 dot-separated integers, as both stores require`);
  const commit = run('git', ['rev-parse', ref ?? 'HEAD'], { cwd: repoRoot }).toString('utf8').trim();
  const dirty = !ref && run('git', ['status', '--porcelain', '--untracked-files=no', '--', ...paths], { cwd: repoRoot }).length > 0;
  if (dirty) log('package: packaging the working tree, which has uncommitted changes to tracked files');

  const work = mkdtempSync(join(tmpdir(), 'liqcheck-package-'));
  try {
    const staging = join(work, `liqcheck-${version}`);
    for (const [path, data] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), data);
    }
    const scripts = paths.filter((path) => path.startsWith('scripts/'));
    const readme = reviewerReadme({ version, ...toolVersions(repoRoot), commit, dirty, scripts });
    writeFileSync(join(staging, REVIEWER_README), readme);
    if (!existsSync(join(repoRoot, 'node_modules/vite/bin/vite.js'))) throw new Error('package: no node_modules/vite: run npm ci first');
    const modules = realpathSync(join(repoRoot, 'node_modules'));
    symlinkSync(modules, join(staging, 'node_modules'), 'dir');

    mkdirSync(outDir, { recursive: true });
    const zips = {} as PackagedRelease['zips'];
    for (const target of TARGETS) {
      const distRoot = join(work, 'dist');
      log(`package: building ${target}`);
      run(process.execPath, [join(modules, 'vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
        cwd: staging,
        env: { ...cleanBuildEnv(), TARGET: target, LIQCHECK_DIST_ROOT: distRoot },
      });
      const dist = join(distRoot, target);
      const entries: ZipEntry[] = filesUnder(dist).map((name) => ({ name, data: readFileSync(join(dist, name)) }));
      const bad = entries.map((e) => [e.name, forbiddenInRelease(e.name)] as const).filter(([, why]) => why);
      if (bad.length > 0) throw new Error(`package: the ${target} build holds ${bad.map(([n, why]) => `${n} (${why})`).join(', ')}`);
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version?: string };
      if (manifest.version !== version) throw new Error(`package: the ${target} manifest says version ${manifest.version}, package.json ${version}`);
      zips[target] = join(outDir, `liqcheck-${target}-${version}.zip`);
      writeFileSync(zips[target], writeZip(entries));
    }
    const sources: ZipEntry[] = [...files].map(([name, data]) => ({ name, data }));
    sources.push({ name: REVIEWER_README, data: Buffer.from(readme) });
    zips.sources = join(outDir, `liqcheck-sources-${version}.zip`);
    writeFileSync(zips.sources, writeZip(sources));
    for (const path of Object.values(zips)) log(`package: wrote ${relative(process.cwd(), path) || path} (${statSync(path).size} bytes)`);
    return { version, commit, zips };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'release' }, ref: { type: 'string' }, worktree: { type: 'boolean', default: false } },
  });
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  packageRelease({
    repoRoot,
    outDir: resolve(process.cwd(), values.out),
    ref: values.worktree ? undefined : (values.ref ?? 'HEAD'),
    log: (line) => console.log(line),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
