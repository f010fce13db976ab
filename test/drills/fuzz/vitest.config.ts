import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The long fuzz drills (10,000 cases per entry point by default; FUZZ_RUNS overrides): not part
 * of `npm test`. Run with `npm run drill:fuzz`. One file at a time, so each drill's timing is its own.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['test/drills/fuzz/**/*.drill.ts'],
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
