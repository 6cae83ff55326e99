import { defineProject } from 'vitest/config';
import { serverTest } from './vitest.config.ts';

/**
 * The integration tests where the store matters, run again with every test server on
 * Postgres (`TEST_STORE`, read by test/helpers.ts). The same files, not copies.
 */
export default defineProject({
  test: {
    ...serverTest,
    name: 'server on postgres',
    include: [
      'test/boards.test.ts',
      'test/sync.test.ts',
      'test/export.test.ts',
      'test/shutdown.test.ts',
      'test/crash.test.ts',
      'test/permissionMatrix.test.ts',
      'test/postmortems.test.ts',
      'test/vocabulary.test.ts',
      'test/published.test.ts',
      'test/postmortemImport.test.ts',
      'test/actions.test.ts',
      'test/reminders.test.ts',
      'test/githubTracker.test.ts',
      'test/jiraLinearTrackers.test.ts',
      'test/trackerClosing.test.ts',
    ],
    env: { TEST_STORE: 'postgres' },
  },
});
