import { defineConfig } from 'vitest/config';
import './tests/support/node20-polyfills.ts';

// End-to-end tests: the built extension (dist/chrome) in real Chromium, one file at a time. Every
// browser's requests are logged; the run fails if any went outside the allowlist (network-guard.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/support/network-guard.ts'],
    environment: 'node',
    // Limits for a loaded 2-core machine: every wait is on a condition, so a generous limit costs
    // nothing when things go well. expect.poll's own default is 1 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
    fileParallelism: false,
    maxWorkers: 1,
  },
});
