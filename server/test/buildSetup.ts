/**
 * Once per test run: the server built as production runs it (server/build.mjs, into
 * server/dist), so that the tests which start server processes and the command line run
 * the built JavaScript with plain node (test/process.ts, cli.test.ts), and a broken build
 * fails the suite.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Both server projects name this setup; they share the run's process, and one build. */
const shared = globalThis as { hindsightServerBuild?: Promise<unknown> };

export default async function setup(): Promise<void> {
  shared.hindsightServerBuild ??= promisify(execFile)(process.execPath, ['build.mjs'], {
    cwd: SERVER_DIR,
  });
  await shared.hindsightServerBuild;
}
