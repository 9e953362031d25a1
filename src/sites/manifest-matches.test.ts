// The manifest template must inject the content script exactly where an adapter can read the page,
// and ask for host access to nothing else.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { adapters } from '.';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[] }[];
  host_permissions: string[];
  permissions: string[];
};

const adapterMatches = adapters.flatMap((a) => a.matches).sort();

test('content scripts match exactly the adapters\' pages', () => {
  expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(adapterMatches);
});

test('host permissions are only the venue pages', () => {
  expect([...manifest.host_permissions].sort()).toEqual(adapterMatches);
  expect(manifest.permissions).toEqual([]);
});
