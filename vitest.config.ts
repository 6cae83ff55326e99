import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Each package has its own vitest.config.ts (defineProject); this file only lists them.
// The server's integration tests where the store matters run a second time on Postgres.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'server',
      'server/vitest.postgres.config.ts',
      'client',
      // The root scripts' own logic (what `npm start` may skip).
      { test: { name: 'scripts', include: ['scripts/**/*.test.mjs'] } },
    ],
    // As many files at once as there are cores. Vitest's default, one fewer, ran every
    // file one after the other on a two-core machine. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
