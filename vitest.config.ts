import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // The browser tests need the console built: done once, and only when its sources changed.
    globalSetup: ['test/browser/support/global-setup.ts'],
    // PostgreSQL suites each create and drop their own database; two forks keep a 2-core
    // machine busy without starving the database server.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
