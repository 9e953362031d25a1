import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const iconPaths: string[] = [];
vi.mock('./browser', () => ({
  default: {
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
      setIcon: async ({ path }: { path: Record<string, string> }) => void iconPaths.push(...Object.values(path)),
    },
  },
}));

const { setTabBadge } = await import('./action');

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where Chrome's service worker runs from, as the built manifest names it (background/index.ts -> .js). */
function workerUrl(): string {
  const manifest = JSON.parse(readFileSync(`${root}manifest.json`, 'utf8')) as { background: Record<string, string> };
  return `chrome-extension://abcdefghijklmnop/${manifest.background['{{chrome}}.service_worker']!.replace(/\.ts$/, '.js')}`;
}

describe('setTabBadge', () => {
  it('names toolbar icons that exist where the worker resolves them', async () => {
    iconPaths.length = 0;
    await setTabBadge(1, '2', 'two positions near liquidation');
    await setTabBadge(1, '');
    expect(iconPaths.length).toBe(4);
    for (const path of iconPaths) {
      // The build copies icons/ to the extension's root (vite.config.ts).
      const resolved = new URL(path, workerUrl()).pathname;
      expect(existsSync(`${root}${resolved.slice(1)}`), `${path} -> ${resolved}`).toBe(true);
    }
  });
});
