// The size of every bundle in dist/chrome and dist/firefox: raw bytes and gzip (zlib level 9, as a store
// or a server would compress it). The budget is for the content script, which every venue page loads:
// one bundle per venue (content/entries/<venue>.js), each judged on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { breakdownTable, readBreakdown } from './bundle-breakdown';
import { kb, type BenchOptions, type Section } from './report';

const BUDGET_BYTES = 30 * 1024;
const BUNDLE = /\.(js|css|html)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export interface BundleRow {
  target: string;
  file: string;
  raw: number;
  gzip: number;
}

export function bundleRows(distRoot: string): BundleRow[] {
  const rows: BundleRow[] = [];
  for (const target of ['chrome', 'firefox']) {
    const dir = join(distRoot, target);
    for (const path of files(dir).filter((p) => BUNDLE.test(p)).sort()) {
      const bytes = readFileSync(path);
      rows.push({ target, file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
  }
  return rows;
}

export function bundleSize(options: BenchOptions): Promise<Section> {
  const rows = bundleRows(options.distRoot);
  const breakdown = readBreakdown(options.distRoot);
  const body = [
    'Every .js, .css and .html file of the minified builds (vite `build.minify`, no source maps); gzip at zlib level 9. KB = 1,024 bytes.',
    '',
    '| build | file | raw | gzip |',
    '|---|---|---:|---:|',
    ...rows.map((r) => `| ${r.target} | ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
    '',
    breakdown ? breakdownTable(breakdown) : '(No content-modules.json beside this build: the module breakdown comes with a build made by the bench.)',
  ].join('\n');
  const checks = ['chrome', 'firefox'].flatMap((target) => {
    const scripts = rows.filter((r) => r.target === target && /^content\/entries\/[^/]+\.js$/.test(r.file));
    if (scripts.length === 0) return [{ name: `content scripts (${target}), gzip`, value: 'missing', budget: '< 30 KB', pass: false }];
    return scripts.map((script) => ({
      name: `content script ${script.file.replace(/^content\/entries\//, '')} (${target}), gzip`,
      value: kb(script.gzip),
      budget: '< 30 KB',
      pass: script.gzip < BUDGET_BYTES,
    }));
  });
  return Promise.resolve({ name: 'bundle-size', title: 'Bundle sizes', body, checks });
}
