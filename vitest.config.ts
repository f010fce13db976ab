import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/no-cron-left.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
