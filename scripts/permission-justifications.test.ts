import { describe, expect, it } from 'vitest';
import { justifications, requestedPermissions, resolveManifest, unjustified } from './permission-justifications';

const template = JSON.stringify({
  version: '{{version}}',
  permissions: ['storage', '{{chrome}}.sidePanel', '{{firefox}}.menus'],
  optional_permissions: ['notifications'],
  host_permissions: ['https://api.example.com/*'],
  '{{firefox}}.optional_host_permissions': ['https://extra.example.com/*'],
  content_scripts: [{ matches: ['https://www.example.com/trade/*'], js: ['a.js'] }],
  background: { '{{chrome}}.service_worker': 'bg.js', '{{firefox}}.scripts': ['bg.js'] },
});

describe('resolveManifest', () => {
  it('keeps one browser’s prefixed keys and array items, and sets the version', () => {
    expect(resolveManifest(template, 'chrome', '1.2.3')).toEqual({
      version: '1.2.3',
      permissions: ['storage', 'sidePanel'],
      optional_permissions: ['notifications'],
      host_permissions: ['https://api.example.com/*'],
      content_scripts: [{ matches: ['https://www.example.com/trade/*'], js: ['a.js'] }],
      background: { service_worker: 'bg.js' },
    });
    const firefox = resolveManifest(template, 'firefox', '1.2.3');
    expect(firefox.permissions).toEqual(['storage', 'menus']);
    expect(firefox.optional_host_permissions).toEqual(['https://extra.example.com/*']);
    expect(firefox.background).toEqual({ scripts: ['bg.js'] });
  });
});

describe('requestedPermissions', () => {
  it('lists permissions, optional ones, hosts and content-script matches once each', () => {
    expect(requestedPermissions(resolveManifest(template, 'firefox', '1')).sort()).toEqual(
      ['https://api.example.com/*', 'https://extra.example.com/*', 'https://www.example.com/trade/*', 'menus', 'notifications', 'storage'].sort(),
    );
  });
});

describe('justifications', () => {
  const doc = [
    '# Listing',
    '## Permissions',
    '- `storage`: keeps the tier tables between browser sessions.',
    '- `alarms` — refreshes the tables once a day',
    '  while the worker is asleep.',
    '- `menus`',
    '- `tabs`: yes.',
    'The `sidePanel` is mentioned in a sentence, which is not a justification.',
    '### `notifications`',
    '',
    'Tells the trader when the mark price nears the liquidation price.',
    '### `https://api.example.com/*`',
    '### Hosts',
    '* `https://www.example.com/trade/*`: the trading page the overlay reads.',
  ].join('\n');

  it('finds list items and headings that name a permission in backticks, with some text', () => {
    const found = justifications(doc);
    expect([...found.keys()].sort()).toEqual(['alarms', 'https://www.example.com/trade/*', 'notifications', 'storage']);
    expect(found.get('alarms')).toBe('refreshes the tables once a day while the worker is asleep.');
    expect(found.get('notifications')).toBe('Tells the trader when the mark price nears the liquidation price.');
  });

  it('reports what is requested but not justified', () => {
    expect(unjustified(resolveManifest(template, 'chrome', '1'), doc).sort()).toEqual(['https://api.example.com/*', 'sidePanel']);
    expect(unjustified(resolveManifest(template, 'firefox', '1'), doc).sort()).toEqual(['https://api.example.com/*', 'https://extra.example.com/*', 'menus']);
  });
});
