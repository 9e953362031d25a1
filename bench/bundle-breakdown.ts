// What a content script is made of (Binance USDⓈ-M's; the other venues' differ by their adapter): the entry bundled once more on its own (same define and preact
// plugin as vite.config.ts, not minified) to read each module's rendered length, by module and by folder.
// Unminified bytes, so the shares matter more than the totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';
import { kb } from './report';

export type Breakdown = Record<string, number>; // module path (relative to the source root) -> bytes

export async function contentBreakdown(sourceRoot: string): Promise<Breakdown> {
  const modules: Breakdown = {};
  const record: Plugin = {
    name: 'liqcheck-bench-breakdown',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          // Virtual modules (the bundler's runtime) start with a NUL byte.
          const clean = id.replaceAll('\0', '');
          const root = sourceRoot.replace(/\/+$/, '');
          const name = clean.startsWith(`${root}/`) ? clean.slice(root.length + 1) : clean;
          modules[name] = (modules[name] ?? 0) + module.renderedLength;
        }
      }
    },
  };
  await build({
    configFile: false,
    root: join(sourceRoot, 'src'),
    logLevel: 'silent',
    define: { __BROWSER__: JSON.stringify('chrome') },
    plugins: [preact(), record],
    build: { write: false, minify: false, lib: { entry: join(sourceRoot, 'src/content/entries/binance-usdm.ts'), formats: ['es'], fileName: 'content' } },
  });
  return modules;
}

export function breakdownTable(modules: Breakdown, top = 15): string {
  const total = Object.values(modules).reduce((a, b) => a + b, 0);
  const share = (bytes: number) => `${((bytes / total) * 100).toFixed(1)} %`;
  const folders: Breakdown = {};
  for (const [name, bytes] of Object.entries(modules)) {
    const folder = name.includes('node_modules/') ? name.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') : name.replace(/\/[^/]*$/, '');
    folders[folder] = (folders[folder] ?? 0) + bytes;
  }
  const sorted = (b: Breakdown) => Object.entries(b).sort((x, y) => y[1] - x[1]);
  return [
    `What Binance USDⓈ-M's content script is made of (its entry bundled again without minifying: ${kb(total)} of rendered modules):`,
    '',
    '| folder or package | unminified | share |',
    '|---|---:|---:|',
    ...sorted(folders).map(([name, bytes]) => `| ${name} | ${kb(bytes)} | ${share(bytes)} |`),
    '',
    `| largest modules (top ${top}) | unminified | share |`,
    '|---|---:|---:|',
    ...sorted(modules).slice(0, top).map(([name, bytes]) => `| ${name.replace(/^.*node_modules\//, '')} | ${kb(bytes)} | ${share(bytes)} |`),
  ].join('\n');
}

export function readBreakdown(distRoot: string): Breakdown | null {
  try {
    return JSON.parse(readFileSync(join(distRoot, 'content-modules.json'), 'utf8')) as Breakdown;
  } catch {
    return null;
  }
}
