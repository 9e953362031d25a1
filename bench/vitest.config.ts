// The benchmarks' own unit tests (bench/**/*.test.ts) with the project's test settings:
// npx vitest run --config bench/vitest.config.ts
import { defineConfig } from 'vitest/config';
import base from '../vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: ['bench/**/*.test.ts'] } });
