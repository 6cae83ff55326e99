import { defineConfig } from 'vitest/config';

// Each package has its own vitest.config.ts (defineProject); this file only lists them.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client'],
  },
});
