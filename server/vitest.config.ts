import { defineProject } from 'vitest/config';

/** What both server projects share. */
export const serverTest = {
  // Guards against a test that hangs, sized for a busy two-core machine where starting a
  // server process alone can take seconds; a test that works never comes near them.
  testTimeout: 120_000,
  hookTimeout: 60_000,
  // better-sqlite3 is a native module: child processes isolate it better than threads.
  pool: 'forks',
  // The build, which the server processes that tests start run (test/buildSetup.ts); a
  // database of the run's own on Postgres, for the store contract and the server tests
  // that run on Postgres too (test/postgres.ts).
  globalSetup: ['test/buildSetup.ts', 'test/globalSetup.ts'],
} as const;

export default defineProject({
  test: {
    ...serverTest,
    name: 'server',
    // Unit tests sit next to the code; integration tests (real server on port 0) live in test/.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
