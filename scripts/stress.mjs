#!/usr/bin/env node
// `pnpm test:stress [playwright options and files]`: the Playwright stories while two
// workers keep two cores busy, as on a shared machine under load. They must pass as they
// do on a quiet machine (no retries); the time they took is printed, for docs/TESTING.md.
// Build the client first (`pnpm build`), as for `pnpm test:e2e`.
import { Worker } from 'node:worker_threads';
import { run, say } from './lib.mjs';

/** Busy workers: one spinning loop each, at normal priority, until this script ends. */
const HOGS = Number(process.env.STRESS_HOGS ?? 2);

const hogs = Array.from(
  { length: HOGS },
  () => new Worker('for (;;) Math.sqrt(Math.random());', { eval: true }),
);
say(`${HOGS} busy workers started; running the stories under them…`);
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const started = performance.now();
const code = await run(
  'pnpm',
  ['exec', 'playwright', 'test', '-c', 'e2e/playwright.config.ts', '--retries=0', ...args],
  process.env,
);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
await Promise.all(hogs.map((hog) => hog.terminate()));
say(`stories under ${HOGS} busy workers: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
process.exit(code);
