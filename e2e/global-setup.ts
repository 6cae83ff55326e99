/**
 * Starts the real Hindsight server on a free port with a fresh data directory, serving
 * the built client, and hands its URL to the tests in `E2E_BASE_URL` and an admin API
 * token, made with `pnpm hindsight token create`, in `E2E_API_TOKEN`. The function it
 * returns stops the server and removes the data directory.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const serverDir = join(root, 'server');
const clientDist = join(root, 'client', 'dist');
const READY = /Hindsight is running at (http:\/\/[^\s]+)/;
const START_TIMEOUT_MS = 30_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(clientDist, 'index.html'))) {
    throw new Error(
      `The client is not built (${clientDist}/index.html is missing). Run \`pnpm build\` first.`,
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'hindsight-e2e-'));
  // Headless setup as a script would do it: an admin API token from the command line on
  // the fresh data directory, before the server first starts.
  const apiToken = execFileSync(
    'pnpm',
    ['-s', 'hindsight', 'token', 'create', '--scope', 'admin', '--name', 'e2e'],
    { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
  ).trim();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: clientDist,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1].replace(/\/$/, ''));
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code} before it was ready:\n${output}`));
    });
  });
  // Keep draining the pipes (without keeping the logs) so the server never blocks.
  server.stdout.removeAllListeners('data');
  server.stderr.removeAllListeners('data');
  server.stdout.resume();
  server.stderr.resume();

  process.env.E2E_BASE_URL = url;
  process.env.E2E_API_TOKEN = apiToken;

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
