import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    // Unit tests sit next to the code; integration tests (real server on port 0) live in test/.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    // better-sqlite3 is a native module: child processes isolate it better than threads.
    pool: 'forks',
  },
});
