/**
 * Starts the real Hindsight server, built as production runs it (server/dist, plain node),
 * as a child process on a free port, with a fresh data directory and an admin API token
 * made with `pnpm hindsight token create`, serving the built client. The suite's server (global-setup.ts) is one; a story that needs a server
 * of its own (other settings) starts another.
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
const serverEntry = join(serverDir, 'dist', 'server.js');
const READY = /Hindsight is running at (http:\/\/[^\s]+)/;
// A guard against a server that never starts, sized for a busy two-core machine where
// loading the server's modules alone has taken over 30 s.
const START_TIMEOUT_MS = 120_000;

/** The admin account made on the fresh data directory, unless a story asked for none. */
export const OWNER = {
  email: 'owner@example.com',
  name: 'Olu Owner',
  password: 'the e2e owner passphrase',
} as const;

/** What the server printed since it started, the first {@link KEPT_OUTPUT} characters. */
const KEPT_OUTPUT = 64 * 1024;

export interface ServerOptions {
  /** Make the owner's account before the first start (default); false leaves it to the setup link. */
  readonly owner?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly apiToken: string;
  /** The beginning of the server's console output (the setup link is printed there). */
  output(): string;
  readonly dataDir: string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its data directory. */
  stop(): Promise<void>;
}

/** Starts a server; `env(dataDir)` adds settings that may name paths in its data directory. */
export async function startServer(
  env: (dataDir: string) => Record<string, string> = () => ({}),
  { owner = true }: ServerOptions = {},
): Promise<RunningServer> {
  for (const built of [join(clientDist, 'index.html'), serverEntry]) {
    if (!existsSync(built)) throw new Error(`${built} is missing. Run \`pnpm build\` first.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'hindsight-e2e-'));
  // Headless setup as a script would do it: an admin API token from the command line on
  // the fresh data directory, before the server first starts.
  const apiToken = execFileSync(
    'pnpm',
    ['-s', 'hindsight', 'token', 'create', '--scope', 'admin', '--name', 'e2e'],
    { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
  ).trim();
  // The workspace's owner, as `hindsight user create` makes one headless; stories sign in
  // with it (fixtures.ts `signIn`).
  if (owner) {
    execFileSync(
      'pnpm',
      [
        ...['-s', 'hindsight', 'user', 'create', '--email', OWNER.email, '--role', 'admin'],
        ...['--name', OWNER.name, '--password-stdin'],
      ],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir },
        input: `${OWNER.password}\n`,
        encoding: 'utf8',
      },
    );
  }
  const server = spawn(process.execPath, [serverEntry], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: clientDist,
      // The library follows boards a moment after they change; stories need not wait 2 s.
      SEARCH_INDEX_DELAY_MS: '100',
      ...env(dataDir),
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
  // Keep draining the pipes so the server never blocks, keeping only the output's start.
  server.stdout.removeAllListeners('data');
  server.stderr.removeAllListeners('data');
  const keep = (chunk: Buffer) => {
    if (output.length < KEPT_OUTPUT) output += chunk.toString();
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);

  return {
    url,
    apiToken,
    dataDir,
    output: () => output,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
