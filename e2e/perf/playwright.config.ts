import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

/**
 * Measurements, not tests: kept out of the normal run (`pnpm test:e2e` only reads
 * ../tests). Run one with `pnpm exec playwright test -c e2e/perf/playwright.config.ts`
 * after `pnpm build`; see docs/BENCHMARKS-CLUSTER.md.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.perf\.ts$/,
  globalSetup: ['../machine-lock.ts', '../global-setup.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 10 * 60_000,
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
