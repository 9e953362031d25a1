import { defineConfig } from 'vitest/config';
import './tests/support/node20-polyfills.ts';

// End-to-end tests: the built extension (dist/chrome) in real Chromium, one file at a time. Every
// browser's requests are logged; the run fails if any went outside the allowlist (network-guard.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/support/network-guard.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
