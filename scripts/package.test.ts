// npm run package, end to end: two runs from the same commit give the same bytes, the zips hold no
// test code or source maps, every permission is justified in the store listing, and the sources zip
// rebuilds exactly the extension zips the way its README tells a reviewer to.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanBuildEnv, forbiddenInRelease, packageRelease, REVIEWER_README, TARGETS, type PackagedRelease } from './package';
import { requestedPermissions, resolveManifest, unjustified } from './permission-justifications';
import { readZip } from './testing/read-zip';

const repoRoot = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'liqcheck-package-test-'));
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const listing = readFileSync(join(repoRoot, 'docs/store-listing.md'), 'utf8');
// One commit for both runs, so a commit landing meanwhile cannot tell them apart.
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();

let first: PackagedRelease;
let second: PackagedRelease;
const zip = (kind: keyof PackagedRelease['zips']) => readZip(readFileSync(first.zips[kind]));

beforeAll(() => {
  first = packageRelease({ repoRoot, outDir: join(work, 'a'), ref: commit });
  second = packageRelease({ repoRoot, outDir: join(work, 'b'), ref: commit });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('names the zips after package.json’s version', () => {
    expect(first.version).toBe(version);
    expect(first.zips).toEqual({
      chrome: join(work, 'a', `liqcheck-chrome-${version}.zip`),
      firefox: join(work, 'a', `liqcheck-firefox-${version}.zip`),
      sources: join(work, 'a', `liqcheck-sources-${version}.zip`),
    });
  });

  it('gives byte-identical zips on two runs', () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      const a = readFileSync(first.zips[kind]);
      const b = readFileSync(second.zips[kind]);
      expect(a.length, kind).toBeGreaterThan(1000);
      expect(a.equals(b), `${kind} zips differ`).toBe(true);
    }
  });

  it('ships no source maps, tests, fixtures or benchmarks', () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      const names = [...zip(kind).keys()];
      expect(names.filter((name) => forbiddenInRelease(name) !== undefined), kind).toEqual([]);
      // the same rule, spelled out independently of forbiddenInRelease
      expect(names.filter((n) => /\.map$|\.test\.|(^|\/)(tests|fixtures|bench)\//.test(n)), kind).toEqual([]);
      // nor keys and certificates (the test certificate lives in tests/support/certs)
      expect(names.filter((n) => /\.(pem|key|crt|p12)$|(^|\/)\.env/.test(n)), kind).toEqual([]);
    }
    for (const target of TARGETS) {
      const names = [...zip(target).keys()];
      expect(names).toEqual(expect.arrayContaining(['manifest.json', 'background/index.js', 'content/entries/binance-usdm.js', 'content/entries/okx.js', 'popup/index.html', 'icons/icon-16.png', 'icons/icon-128.png']));
      expect(names.filter((n) => /\.tsx?$/.test(n)), `${target} ships TypeScript`).toEqual([]);
      for (const [name, data] of zip(target)) if (/\.js$/.test(name)) expect(data.toString('utf8'), name).not.toMatch(/sourceMappingURL/);
    }
  });

  it('puts what a rebuild needs in the sources zip, and a README for reviewers with the commands and versions', () => {
    const sources = zip('sources');
    const names = [...sources.keys()];
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'LICENSE', 'CHANGELOG.md', REVIEWER_README, 'src/content/run.ts', 'src/content/entries/bybit.ts', 'src/background/index.ts', 'icons/icon-16.png']));
    expect(names.filter((n) => /^(node_modules|dist|release|demo-output|\.git)\//.test(n))).toEqual([]);
    const readme = sources.get(REVIEWER_README)!.toString('utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm run build:firefox');
    expect(readme).toContain(`Node ${process.version}`);
    expect(readme).toMatch(/npm \d+\.\d+\.\d+/);
    expect(readme).toContain(commit);
  });

  it('writes package.json’s version into both manifests; Firefox declares that no data is collected', () => {
    for (const target of TARGETS) {
      const manifest = JSON.parse(zip(target).get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
      expect(manifest.version, target).toBe(version);
      expect(manifest.manifest_version).toBe(3);
    }
    const firefox = JSON.parse(zip('firefox').get('manifest.json')!.toString('utf8')) as {
      browser_specific_settings: { gecko: { data_collection_permissions: { required: string[] } } };
    };
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('fits the stores’ limits: name at most 50 characters, description at most 132, in every locale; every file the manifest names is in the zip', () => {
    for (const target of TARGETS) {
      const files = zip(target);
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown> & { default_locale?: string };
      const locales = [...files.keys()].map((n) => /^_locales\/([^/]+)\/messages\.json$/.exec(n)?.[1]).filter((l): l is string => l !== undefined);
      if (manifest.default_locale) expect(locales, target).toContain(manifest.default_locale);
      for (const locale of locales.length > 0 ? locales : [undefined]) {
        const messages = locale ? (JSON.parse(files.get(`_locales/${locale}/messages.json`)!.toString('utf8')) as Record<string, { message: string }>) : {};
        // __MSG_key__ is looked up case-insensitively, as the browsers do
        const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v.message]));
        const text = (value: unknown) => String(value).replace(/__MSG_(\w+)__/g, (_, key: string) => byKey.get(key.toLowerCase()) ?? `<missing ${key}>`);
        const name = text(manifest.name);
        const description = text(manifest.description);
        expect(name, `${target} ${locale}`).not.toContain('<missing');
        expect(description, `${target} ${locale}`).not.toContain('<missing');
        // Chrome Web Store: name 75, description 132; addons.mozilla.org: name 50
        expect([...name].length, `${target} ${locale} name: ${name}`).toBeLessThanOrEqual(50);
        expect([...description].length, `${target} ${locale} description: ${description}`).toBeLessThanOrEqual(132);
        expect(description.length, `${target} ${locale}`).toBeGreaterThan(20);
      }
      const named = [
        ...Object.values(manifest.icons as Record<string, string>),
        ...Object.values((manifest.action as { default_icon: Record<string, string> }).default_icon),
        (manifest.action as { default_popup: string }).default_popup,
        ...((manifest.options_ui as { page?: string } | undefined)?.page ? [(manifest.options_ui as { page: string }).page] : []),
        ...(manifest.content_scripts as { js: string[] }[]).flatMap((c) => c.js),
      ];
      for (const path of named) expect(files.has(path), `${target}: ${path}`).toBe(true);
    }
  });

  it('justifies every permission, host and content-script match of both built manifests in docs/store-listing.md', () => {
    for (const target of TARGETS) {
      const manifest = JSON.parse(zip(target).get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
      expect(requestedPermissions(manifest).length, target).toBeGreaterThan(3);
      expect(unjustified(manifest, listing), `${target}: add a "- \`<name>\`: why" item to docs/store-listing.md`).toEqual([]);
    }
  });

  it('passes addons.mozilla.org’s linter as a zip, with no errors', () => {
    const lint = spawnSync(join(repoRoot, 'node_modules/.bin/addons-linter'), [first.zips.firefox, '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 180_000);

  it('rebuilds the exact extension zips from the sources zip with the README’s commands', () => {
    const dir = join(work, 'rebuild');
    for (const [name, data] of zip('sources')) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // `npm ci` would install the same locked packages; the test reuses the installed ones.
    symlinkSync(realpathSync(join(repoRoot, 'node_modules')), join(dir, 'node_modules'), 'dir');
    for (const target of TARGETS) {
      const build = spawnSync('npm', ['run', `build:${target}`], { cwd: dir, env: cleanBuildEnv(), encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      const uploaded = zip(target);
      for (const [name, data] of uploaded) expect(readFileSync(join(dir, 'dist', target, name)).equals(data), `${target}/${name}`).toBe(true);
      const built = execFileSync('find', ['.', '-type', 'f'], { cwd: join(dir, 'dist', target), encoding: 'utf8' }).trim().split('\n').map((p) => p.replace(/^\.\//, ''));
      expect(built.sort()).toEqual([...uploaded.keys()].sort());
    }
    // The README says `npm run icons` redraws the shipped icons identically.
    const icons = spawnSync('npm', ['run', 'icons'], { cwd: dir, env: cleanBuildEnv(), encoding: 'utf8' });
    expect(icons.status, icons.stderr).toBe(0);
    for (const [name, data] of zip('sources')) if (name.startsWith('icons/')) expect(readFileSync(join(dir, name)).equals(data), name).toBe(true);
  }, 300_000);
});

describe('release metadata', () => {
  it('justifies every permission of manifest.json as it is now, for both browsers (catches work not yet committed)', () => {
    const template = readFileSync(join(repoRoot, 'manifest.json'), 'utf8');
    for (const target of TARGETS) {
      expect(unjustified(resolveManifest(template, target, version), listing), `${target}: add a "- \`<name>\`: why" item to docs/store-listing.md`).toEqual([]);
    }
  });

  it('keeps the AMO summaries in the listing within 250 characters', () => {
    const section = listing.slice(listing.indexOf('addons.mozilla.org summary'), listing.indexOf('## Long description'));
    const quotes = [...section.matchAll(/(?:^> .*(?:\n|$))+/gm)].map((m) => m[0].replace(/^> ?/gm, '').replace(/\n/g, ' ').trim());
    expect(quotes).toHaveLength(2); // English, Simplified Chinese
    for (const quote of quotes) {
      expect(quote.length).toBeGreaterThan(40);
      expect([...quote].length, quote).toBeLessThanOrEqual(250);
    }
  });

  it('has the CHANGELOG’s top version equal to package.json’s', () => {
    const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8');
    const top = /^## \[(\d+(?:\.\d+)*)\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog);
    expect(top?.[1]).toBe(version);
  });

  it('has an MIT LICENSE', () => {
    const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License/);
    expect(license).toContain('Liqcheck contributors');
  });

  it('shows screenshots in the store listing that exist, at a store size (1280x800 or 640x400; a promo tile 440x280)', () => {
    const shots = [...listing.matchAll(/\]\((screenshots\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(shots.length).toBeGreaterThan(0);
    for (const shot of shots) {
      const path = join(repoRoot, 'docs', shot);
      expect(existsSync(path), shot).toBe(true);
      const png = readFileSync(path);
      const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(shot.includes('promo') ? [[440, 280]] : [[1280, 800], [640, 400]], `${shot} is ${size.join('x')}`).toContainEqual(size);
    }
  });
});
