import { defineConfig } from 'vitest/config';
import './tests/support/node20-polyfills.ts';

// End-to-end tests: the built extension (dist/chrome) in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
