import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Dates are calendar dates in UTC whatever the machine's zone: set here, not only in CI, so a
// developer's run sees what CI sees (the workers inherit it).
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          environmentOptions: { jsdom: { url: 'http://localhost/' } },
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
