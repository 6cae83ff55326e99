// @ts-check
/**
 * `pnpm test:mutation`: mutation testing of the rules that matter most (issue 23), with
 * the tests of vitest.mutation.config.ts. Too slow for CI's default run; the score and
 * the surviving mutants are in docs/TESTING.md.
 */
import { readFileSync } from 'node:fs';

/** The permission paths of a room: from `receive` to the end of `receiveAwareness`. */
function roomPermissionLines() {
  const lines = readFileSync(new URL('server/src/sync/room.ts', import.meta.url), 'utf8').split(
    '\n',
  );
  const first = lines.findIndex((l) => /^ {2}receive\(peer: Peer/.test(l)) + 1;
  const last = lines.findIndex((l) => /^ {2}private onDocUpdate\(/.test(l));
  if (first <= 0 || last <= first) throw new Error('room.ts: permission paths not found');
  return `server/src/sync/room.ts:${first}-${last - 1}`;
}

/**
 * `MUTATION_PART=shared` or `=server` mutates one half with its own tests only, each with
 * its own incremental file: a quicker rerun after adding tests to one side.
 */
const part = process.env.MUTATION_PART;
const SHARED = [
  'shared/src/session/*.ts',
  'shared/src/entities/revealedCard.ts',
  'shared/src/entities/vote.ts',
  'shared/src/entities/postmortemStatus.ts',
  'shared/src/export/escape.ts',
];
const SERVER = () => ['server/src/auth/*.ts', roomPermissionLines()];
const mutate = part === 'shared' ? SHARED : part === 'server' ? SERVER() : [...SHARED, ...SERVER()];
const suffix = part ? `-${part}` : '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...mutate, '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/mutation${suffix}.json` },
  // Reruns test only the mutants and tests that changed since the last run.
  incremental: true,
  incrementalFile: `reports/mutation/stryker-incremental${suffix}.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
