#!/usr/bin/env node
// `node scripts/start-time.mjs [--cold | --server]`: how long `npm start` takes until the
// server prints its "running" line, on a fresh data directory and a free port. `--cold`
// first forgets every step's stamp, so the install and both builds run; without it, a
// start after one that did them measures what `npm start` costs when nothing changed.
// `--server` times the built server alone (`node server/dist/server.js`), for comparison.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './lib.mjs';
import { stampDir } from './freshness.mjs';

if (process.argv.includes('--cold')) rmSync(stampDir(ROOT), { recursive: true, force: true });
const dataDir = mkdtempSync(path.join(tmpdir(), 'hindsight-start-'));
const began = performance.now();
const alone = process.argv.includes('--server');
const program = alone ? ['server/dist/server.js'] : ['scripts/start.mjs'];
const child = spawn(process.execPath, program, {
  cwd: ROOT,
  env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk.toString();
  if (!/Hindsight is running at/.test(output)) return;
  const seconds = (performance.now() - began) / 1000;
  console.log(`${alone ? 'the server alone' : 'npm start'} to "running": ${seconds.toFixed(2)} s`);
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  child.kill('SIGTERM');
});
child.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
