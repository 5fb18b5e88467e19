import { defineConfig } from 'vitest/config';

// Dates are calendar dates in UTC whatever the machine's zone: set here, not only in CI, so a
// developer's run sees what CI sees (the workers inherit it).
process.env.TZ = 'UTC';

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
