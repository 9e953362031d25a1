// Phase 1 (the copies still exist): each variant built from the base page equals its committed copy byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_VARIANTS } from './fixture-variants';
import { FIXTURES_DIR, variantPage } from './fixture-pages';

describe.each(Object.keys(FIXTURE_VARIANTS))('%s', (file) => {
  it('equals the committed copy byte for byte', () => {
    const built = Buffer.from(variantPage(join(FIXTURES_DIR, file))!, 'utf8');
    const copy = readFileSync(join(FIXTURES_DIR, file));
    expect(built.equals(copy)).toBe(true);
  });
});
