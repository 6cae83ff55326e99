#!/usr/bin/env node
// `pnpm test:e2e [playwright options and files]`: the Playwright stories. pnpm passes a
// `--` through to the script (`pnpm test:e2e -- --workers=1 tests/x.spec.ts`), and
// Playwright reads everything after a `--` as test-name filters, options included: it
// would then run every story. So a `--` is dropped here and the rest is passed on.
import { run } from './lib.mjs';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const code = await run(
  'pnpm',
  ['exec', 'playwright', 'test', '-c', 'e2e/playwright.config.ts', ...args],
  process.env,
);
process.exit(code);
