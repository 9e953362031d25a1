import { defineConfig } from 'vitest/config';
import './tests/support/node20-polyfills.ts';

// Unit tests: colocated src/**/*.test.ts(x), Node by default; DOM tests opt in with
// `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/lint/**/*.test.ts', 'bench/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/i18n-setup.ts'],
    // No test asserts a duration; the limits only stop a hung test. CI is a busy 2-core machine where
    // the longest property tests (300 random page edits, each read twice) took 6–11 s at load 13.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
