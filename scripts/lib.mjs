// Shared helpers for the root scripts (start, test, dev). Plain Node ESM, no dependencies:
// these run on a fresh machine before `pnpm install`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOf, isFresh, readInputs, readStamp, writeStamp } from './freshness.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '12.21.0';

/** Prints a short progress line. */
export function say(message) {
  console.log(`\n▶ ${message}`);
}

export function fail(message, code = 1) {
  console.error(`\n✖ ${message}`);
  process.exit(code);
}

/** Output of a command, or null when it cannot run or exits non-zero. */
function capture(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim();
}

/**
 * Makes `pnpm` at the pinned version callable, and returns the environment to run it with.
 * A matching pnpm on PATH is used as is. Otherwise pnpm is fetched with `npx` (no global
 * install, so no root needed) and its bin folder is put first on PATH, so that root scripts
 * which call `pnpm` themselves (`pnpm build`, ...) find the same one.
 */
export function preparePnpm() {
  const env = { ...process.env };
  // Native modules (better-sqlite3) build against the local Node headers when Debian ships them.
  if (existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  // We pin and check the pnpm version here, so pnpm need not switch versions itself. Its
  // switch looks up platform builds on the registry and fails now and then
  // (ERR_PNPM_BAD_CONFIG_DEP for @pnpm/exe.netbsd-x64), which would fail a random step.
  env.pnpm_config_pm_on_fail ??= 'ignore';

  if (capture('pnpm', ['--version'], env) === PNPM_VERSION) return env;

  say(`pnpm ${PNPM_VERSION} not found on PATH; fetching it with npx…`);
  const bin = capture(
    'npx',
    ['--yes', '--package', `pnpm@${PNPM_VERSION}`, '--call', 'command -v pnpm'],
    env,
  );
  if (!bin)
    fail(`Could not get pnpm ${PNPM_VERSION} through npx (is the npm registry reachable?).`);
  env.PATH = `${path.dirname(bin)}${path.delimiter}${env.PATH ?? ''}`;
  const version = capture('pnpm', ['--version'], env);
  if (version !== PNPM_VERSION) fail(`Expected pnpm ${PNPM_VERSION} at ${bin}, got ${version}.`);
  return env;
}

/** Runs a command with inherited stdio; resolves to its exit code (signals count as 1). */
export function run(command, args, env, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and exits this process with its code if it fails. */
export async function runOrExit(command, args, env) {
  const code = await run(command, args, env);
  if (code !== 0) fail(`\`${[command, ...args].join(' ')}\` failed (exit ${code}).`, code);
}

/** What the dependencies are installed from. */
const DEPENDENCY_FILES = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  ...['shared', 'server', 'client', 'e2e', 'bench'].map((dir) => `${dir}/package.json`),
];

/**
 * The steps `npm start` skips when nothing they read changed (scripts/freshness.mjs): what
 * each reads, the file it leaves, and what it runs.
 */
export const STEPS = {
  install: {
    doing: 'Installing dependencies…',
    skipped: 'Dependencies are installed as pnpm-lock.yaml says.',
    inputs: DEPENDENCY_FILES,
    // Native modules are built for one Node and machine.
    also: [{ path: 'node', content: `${process.version} ${process.platform} ${process.arch}` }],
    output: 'node_modules/.modules.yaml',
    command: ['pnpm', ['install', '--frozen-lockfile']],
  },
  client: {
    doing: 'Building the client…',
    skipped: 'The client is built from these sources.',
    inputs: ['client', 'shared', 'tsconfig.base.json', 'pnpm-lock.yaml'],
    output: 'client/dist/index.html',
    command: ['pnpm', ['--filter', '@hindsight/client', 'build']],
  },
  server: {
    doing: 'Building the server…',
    skipped: 'The server is built from these sources.',
    inputs: ['server/src', 'server/build.mjs', 'server/package.json', 'shared', 'pnpm-lock.yaml'],
    output: 'server/dist/server.js',
    command: [process.execPath, ['server/build.mjs']],
  },
};

/** A step's inputs' digest now, and whether the step may be skipped. */
export function stepState(name) {
  const step = STEPS[name];
  const digest = digestOf([...readInputs(ROOT, step.inputs), ...(step.also ?? [])]);
  const outputExists = existsSync(path.join(ROOT, step.output));
  return { digest, fresh: isFresh({ digest, stamp: readStamp(ROOT, name), outputExists }) };
}

/**
 * Runs a step unless it may be skipped (`state`, from {@link stepState}), exiting on
 * failure; once it succeeded, records the digest its inputs had before it ran.
 */
export async function runStep(name, env, state = stepState(name)) {
  const step = STEPS[name];
  if (state.fresh) {
    say(`${step.skipped} Nothing to do.`);
    return;
  }
  say(step.doing);
  await runOrExit(step.command[0], step.command[1], env);
  writeStamp(ROOT, name, state.digest);
}

/** `pnpm install --frozen-lockfile` unless nothing it reads changed, exiting on failure. */
export async function installDependencies(env) {
  await runStep('install', env);
}
