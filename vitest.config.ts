import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/scratch-tmp.ts', 'test/setup/bundle.ts', 'test/setup/global-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests make their own databases; two workers match the machine's two cores.
    pool: 'forks',
    maxWorkers: 2,
  },
});
