#!/usr/bin/env node
// `pnpm dev`: the server in watch mode on port 3000 and the Vite dev server side by side,
// each line prefixed with its name. Stopping one (or this script) stops both.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { preparePnpm, ROOT } from './lib.mjs';

const env = preparePnpm();
const tasks = [
  {
    name: 'server',
    color: 36,
    args: ['--filter', '@hindsight/server', 'dev'],
    env: { PORT: '3000' },
  },
  { name: 'client', color: 35, args: ['--filter', '@hindsight/client', 'dev'], env: {} },
];

const children = [];
let exitCode = null;

function stopAll(code) {
  if (exitCode !== null) return;
  exitCode = code;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  // Give the children a moment to shut down cleanly, then leave.
  setTimeout(() => process.exit(exitCode), 3000).unref();
}

for (const task of tasks) {
  const prefix = process.stdout.isTTY
    ? `\x1b[${task.color}m[${task.name}]\x1b[0m `
    : `[${task.name}] `;
  const child = spawn('pnpm', task.args, {
    cwd: ROOT,
    env: { ...env, ...task.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`));
  }
  child.on('error', (error) => {
    console.error(`${prefix}${error.message}`);
    stopAll(1);
  });
  child.on('exit', (code, signal) => {
    console.log(`${prefix}exited (${signal ?? code})`);
    stopAll(code ?? 0);
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAll(0));
}
