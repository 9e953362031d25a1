// Test-only: the HTML of a fixture page by its path, whether the page is a file under tests/fixtures or
// a variant built from one (fixture-variants.ts). The fixture server and unit tests read pages here.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VARIANTS, type FixtureVariant } from './fixture-variants';
import { applyEdits } from './page-edits';

// From the module's own path (a string: under happy-dom, URL is the DOM's class, which fileURLToPath refuses).
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

/** "binance/warnings-btcusdt.html" for a path inside tests/fixtures (absolute, or relative to it), else undefined. */
function fixtureKey(path: string): string | undefined {
  const rel = relative(FIXTURES_DIR, isAbsolute(path) ? path : resolve(FIXTURES_DIR, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export function variantAt(path: string): FixtureVariant | undefined {
  const key = fixtureKey(path);
  return key === undefined ? undefined : FIXTURE_VARIANTS[key];
}

export function buildVariant(variant: FixtureVariant): string {
  return applyEdits(readFileSync(resolve(FIXTURES_DIR, variant.base), 'utf8'), variant.edits);
}

/** A variant page's HTML, or undefined when `path` names no variant (then it is a plain file). */
export function variantPage(path: string): string | undefined {
  const variant = variantAt(path);
  return variant && buildVariant(variant);
}

/** The page's HTML: a variant built from its base page, else the file. `path`: absolute, or relative to tests/fixtures. */
export function fixturePage(path: string): string {
  return variantPage(path) ?? readFileSync(isAbsolute(path) ? path : resolve(FIXTURES_DIR, path), 'utf8');
}
