import { defineConfig } from 'vitest/config';
import { serverTest } from './server/vitest.config.ts';

/**
 * The tests `pnpm test:mutation` runs against each mutant (stryker.config.mjs): the shared
 * rules' unit tests, and the server tests of the permission paths, message limits and tokens. The rest of
 * the server suite covers the same lines many times over, and would make every mutant
 * cost minutes.
 */
const serverRules = {
  root: './server',
  test: {
    ...serverTest,
    name: 'server rules',
    include: [
      'src/auth/**/*.test.ts',
      'test/permissionMatrix.test.ts',
      'test/permissions.test.ts',
      'test/sync.test.ts',
      'test/limits.test.ts',
      'test/abuse.test.ts',
      'test/storageFull.test.ts',
      'test/roomAppendRetry.test.ts',
      'test/ownWritesWait.test.ts',
    ],
  },
};

/** `MUTATION_PART=shared|server` runs one half, for a quicker rerun (stryker.config.mjs). */
const part = process.env.MUTATION_PART;

export default defineConfig({
  test: {
    projects:
      part === 'shared' ? ['shared'] : part === 'server' ? [serverRules] : ['shared', serverRules],
  },
});
