import { defineConfig } from 'vitest/config';

// Each package has its own vitest.config.ts (defineProject); this file only lists them.
// The server's integration tests where the store matters run a second time on Postgres.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'server/vitest.postgres.config.ts', 'client'],
  },
});
