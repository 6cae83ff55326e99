/**
 * Redis for the tests: the server REDIS_URL names (`npm test` finds or starts one, see
 * scripts/services.mjs), else the one on the default local port, with a key prefix of
 * each test's own so runs and tests never count each other's attempts; or a private
 * redis-server a test starts and stops itself, for an outage (never the machine's).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { freePort } from './helpers.ts';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The shared Redis the tests use, answering; fails with what to do when none answers. */
export async function testRedisUrl(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const url = env.REDIS_URL || DEFAULT_REDIS_URL;
  if (!(await answers(url))) {
    throw new Error(
      `These tests need Redis, and none answered at ${url}. Set REDIS_URL, start Redis on ` +
        '127.0.0.1:6379, or run `npm test` as root on Debian, which installs and starts one.',
    );
  }
  return url;
}

/** A key prefix no other test or run uses. */
export const testRedisPrefix = () => `hindsight-test-${randomBytes(6).toString('hex')}:`;

/** Whether a PING at `url` is answered. */
export async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export interface PrivateRedis {
  readonly url: string;
  /** Kills it (SIGKILL: an outage, not a shutdown) and waits for its end. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/** A redis-server of this test's own on a free port, nothing kept on disk. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    for (let i = 0; !(await answers(url)); i++) {
      if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited`);
      if (i > 300) throw new Error(`redis-server on ${port} did not answer`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await start();
  return {
    url,
    start,
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}
