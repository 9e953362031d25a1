import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';
import { localesPlugin } from './scripts/vite-locales';
import { shortKeysPlugin } from './scripts/vite-short-keys';
import { cssNamesPlugin } from './scripts/vite-css-names';

// TARGET=chrome|firefox picks the {{chrome}}./{{firefox}}. keys of manifest.json and the output folder.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const here = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string };

function manifest(): Record<string, unknown> {
  const text = readFileSync(resolve(here, 'manifest.json'), 'utf8').replaceAll('{{version}}', pkg.version);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Copies the top-level icons/ folder into the build. */
function copyIcons(outDir: string): Plugin {
  return {
    name: 'liqcheck-copy-icons',
    apply: 'build',
    closeBundle() {
      cpSync(resolve(here, 'icons'), resolve(outDir, 'icons'), { recursive: true });
    },
  };
}

/**
 * The injected "Copy page layout" script (src/inject/page-layout.ts) hands its answer back to the
 * popup as the script's last expression, which executeScript returns. The plugin builds it as
 * `var _=(function(){…})();`, a statement with no value: `_;` after it is the value.
 */
function lastExpression(fileName: string): Plugin {
  return {
    name: 'liqcheck-last-expression',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type !== 'chunk') return;
      if (!/^var _ ?=/.test(chunk.code)) throw new Error(`${fileName}: expected the iife to start with "var _=", the answer would be lost`);
      chunk.code += '\n_;\n';
    },
  };
}

// LIQCHECK_DIST_ROOT lets parallel work build elsewhere than dist/ (tests read the same variable).
const outDir = resolve(here, process.env.LIQCHECK_DIST_ROOT ?? 'dist', target);

export default defineConfig({
  root: resolve(here, 'src'),
  publicDir: false,
  define: { __BROWSER__: JSON.stringify(target) },
  build: {
    outDir,
    emptyOutDir: true,
    // Minified to keep the content script under its 30 KB gzip budget (bench/results.md); store
    // reviewers get readable sources from the sources zip. No source maps. LIQCHECK_MINIFY=false
    // builds readable bundles for the benchmark's CPU profile (function names).
    minify: process.env.LIQCHECK_MINIFY !== 'false',
    sourcemap: false,
    // The browsers the manifest allows (minimum_chrome_version, gecko strict_min_version): no
    // down-levelling, e.g. the overlay's light-dark() colours stay as written.
    target: ['chrome148', 'firefox140'],
    cssTarget: ['chrome148', 'firefox140'],
  },
  plugins: [
    preact(),
    webExtension({
      browser: target,
      manifest,
      // Not in the manifest: the popup injects it on "Copy page layout" (src/inject/page-layout.ts).
      additionalInputs: ['inject/page-layout.ts'],
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
    }),
    lastExpression('inject/page-layout.js'),
    copyIcons(outDir),
    localesPlugin(outDir),
    shortKeysPlugin(),
    cssNamesPlugin(),
  ],
});
