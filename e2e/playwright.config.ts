import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end stories against the real server (started by global-setup.ts on a free port)
 * serving the built client. Build both first: `pnpm build`.
 */
export default defineConfig({
  testDir: './tests',
  // One run per machine first (machine-lock.ts), then the server.
  globalSetup: ['./machine-lock.ts', './global-setup.ts'],
  fullyParallel: true,
  workers: 2,
  // No retries, in CI either: a story that passes only on its second try is a failure to
  // fix (waits for conditions, never for time), not to hide.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // Guards against a story that hangs, sized for a busy two-core machine where every
  // browser action may take seconds; a story that works never comes near them.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  use: {
    screenshot: 'only-on-failure',
    // Kept for a failed story only, but recorded for every one: without the screencast
    // (a stream of JPEG frames from every page, a real cost on a busy two-core machine).
    // The DOM snapshots before and after each action remain, and the failure's screenshot.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
