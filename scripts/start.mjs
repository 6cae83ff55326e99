#!/usr/bin/env node
// `npm start`: install, build the client and the server, then run the server in the
// foreground with plain node. Each step is skipped when nothing it reads changed since it
// last succeeded (scripts/freshness.mjs), so a start with nothing to do takes seconds.
// Needs only Node >= 20.19 and npm; pnpm is fetched with npx when a step needs it.
import { spawn } from 'node:child_process';
import { preparePnpm, ROOT, runStep, say, stepState } from './lib.mjs';

const STEP_NAMES = ['install', 'client', 'server'];
const states = new Map(STEP_NAMES.map((name) => [name, stepState(name)]));
// pnpm is looked for (and maybe fetched) only when there is work for it.
const env = [...states.values()].every((state) => state.fresh) ? process.env : preparePnpm();
for (const name of STEP_NAMES) await runStep(name, env, states.get(name));

say('Starting the server…');

const server = spawn(process.execPath, ['server/dist/server.js'], {
  cwd: ROOT,
  env: process.env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
