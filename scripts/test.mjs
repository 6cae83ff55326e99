#!/usr/bin/env node
// `npm test`: the whole check, in the order CI runs it, stopping at the first failure with
// that step's exit code. Needs only Node >= 20.19 and npm (plus root on Debian to install
// Chromium when it is missing). CI is passed through unchanged.
import { existsSync } from 'node:fs';
import { fail, installDependencies, preparePnpm, run, runOrExit, say } from './lib.mjs';
import { ensureServices } from './services.mjs';

const CHROMIUM = '/usr/bin/chromium';
// bench:quick only checks that the benchmark runs; it asserts no timing.
const ALL_STEPS = [
  'lint',
  'format:check',
  'typecheck',
  'test:unit',
  'build',
  'test:e2e',
  'bench:quick',
];
// `node scripts/test.mjs build test:e2e` runs only the named steps (still in the order above).
const wanted = process.argv.slice(2);
const unknown = wanted.filter((step) => !ALL_STEPS.includes(step));
if (unknown.length > 0) {
  fail(`Unknown step(s): ${unknown.join(', ')}. Steps: ${ALL_STEPS.join(', ')}.`);
}
const STEPS = wanted.length > 0 ? ALL_STEPS.filter((step) => wanted.includes(step)) : ALL_STEPS;

const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    fail(
      `End-to-end tests need Chromium at ${CHROMIUM}. Install the Debian package "chromium" ` +
        '(sudo apt-get install -y chromium) and run again.',
    );
  }
  say('Installing Chromium (apt-get install chromium)…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrExit('apt-get', ['update'], aptEnv);
  await runOrExit('apt-get', ['install', '-y', 'chromium'], aptEnv);
}

// The steps that talk to Postgres and Redis get their URLs; the others run without them,
// so that no server a step starts (the e2e one) stores in a database it was not meant for.
const SERVICE_STEPS = ['test:unit', 'bench:quick'];

const { DATABASE_URL: _database, REDIS_URL: _redis, ...env } = preparePnpm();
await installDependencies(env);
await ensureChromium();
const services = STEPS.some((step) => SERVICE_STEPS.includes(step)) ? await ensureServices() : {};
const setup = seconds(started);

const timings = [];
for (const step of STEPS) {
  console.log(`\n${'='.repeat(72)}\n=== pnpm ${step}\n${'='.repeat(72)}`);
  const stepStarted = performance.now();
  const code = await run(
    'pnpm',
    [step],
    SERVICE_STEPS.includes(step) ? { ...env, ...services } : env,
  );
  timings.push([step, seconds(stepStarted)]);
  console.log(
    `--- pnpm ${step}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${timings.at(-1)[1]}s`,
  );
  if (code !== 0) {
    printTimings();
    console.log(`steps: ${timings.length - 1} passed, 1 failed`);
    fail(`Step "${step}" failed.`, code);
  }
}
printTimings();
console.log(`\nAll ${STEPS.length} steps passed in ${seconds(started)}s.`);
console.log(`steps: ${STEPS.length} passed, 0 failed`);

function printTimings() {
  console.log('\nTimings:');
  console.log(`  ${'install + setup'.padEnd(16)} ${setup.padStart(7)}s`);
  for (const [step, time] of timings) console.log(`  ${step.padEnd(16)} ${time.padStart(7)}s`);
  console.log(`  ${'total'.padEnd(16)} ${seconds(started).padStart(7)}s`);
}
