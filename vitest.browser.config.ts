import { defineConfig } from 'vitest/config';

/** Browser tests: headless Debian Chromium through playwright-core, against the built app in dist/. */
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
