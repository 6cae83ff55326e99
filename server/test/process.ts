/**
 * Runs the real server as a child process, as in production: the build (dist/server.js,
 * made by test/buildSetup.ts before the run) with plain node.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mintApiToken, rememberApiToken } from './helpers.ts';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  output(): string;
}

/**
 * Starts the server with `env` on top of this process's environment, less the store
 * variables (a test names its storage, see TestStorage.env; it never inherits the one the
 * test run was given). An API token minted in that storage beforehand lets `createBoard`
 * (helpers.ts) create boards on it by its URL alone.
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const token = env.DATA_DIR ? await mintApiToken(env.DATA_DIR, env.DATABASE_URL) : undefined;
  const started = await startProcess(env);
  if (token) rememberApiToken(started.url, token);
  return started;
}

/**
 * This process's environment without the database and Redis addresses the test runner
 * was given: a child started with it uses its own data directory, as a person would.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  return inherited;
}

function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const inherited = inheritedEnv();
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: SERVER_DIR,
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // A guard: on a busy machine, starting the server can take many seconds.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Hindsight is running at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, exited, output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}
