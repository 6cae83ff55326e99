import { defineConfig } from 'vitest/config';
import { serverTest } from './server/vitest.config.ts';

/**
 * The tests `pnpm test:mutation` runs against each mutant (stryker.config.mjs): the shared
 * rules' unit tests, and the server tests of the permission paths and tokens. The rest of
 * the server suite covers the same lines many times over, and would make every mutant
 * cost minutes.
 */
export default defineConfig({
  test: {
    projects: [
      'shared',
      {
        root: './server',
        test: {
          ...serverTest,
          name: 'server rules',
          include: [
            'src/auth/**/*.test.ts',
            'test/permissionMatrix.test.ts',
            'test/permissions.test.ts',
            'test/sync.test.ts',
          ],
        },
      },
    ],
  },
});
