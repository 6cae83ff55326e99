/**
 * The Redis the processes share (REDIS_URL), through ioredis: one connection for commands
 * and one subscribed to the owners' channel (a subscribed connection takes no other
 * command). Redis keeps nothing a board needs: leases and fencing stay in Postgres, where
 * the store refuses a stale epoch in the same transaction as the write. It carries what
 * is only worth having fast or shared: notices that a board changed owners
 * (cluster/ownerNotices.ts) and the counts of the sign-in and route limits
 * (workspace/redisThrottle.ts, cluster/rateLimitStore.ts).
 *
 * Redis going away never stops the process: commands fail at once instead of queueing
 * (each user falls back to this process's own count), ioredis reconnects by itself, the
 * log says so once per outage, and `/readyz` answers 503 `redis` until it is back.
 */
import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import type { RedisConfig } from '../config.ts';

/** Longest a command may take, ms: a hung Redis counts as down. */
const COMMAND_TIMEOUT_MS = 1000;
/** How long the start waits for Redis before going on without it (not ready), ms. */
const START_WAIT_MS = 5000;
/** Reconnection delays grow by this much per attempt, up to the most. */
const RETRY_STEP_MS = 100;
const RETRY_MOST_MS = 2000;

export interface SharedRedis {
  /** Commands; they reject at once while Redis is unreachable. */
  readonly client: Redis;
  /** Subscribed to channels only; resubscribes by itself after a reconnection. */
  readonly subscriber: Redis;
  /** Before every key and channel (REDIS_PREFIX). */
  readonly prefix: string;
  /** Resolves when Redis answers now; rejects otherwise (the readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Logs an outage once when it starts and once when it ends, not at every retry. */
function watch(redis: Redis, name: string, log: FastifyBaseLogger): void {
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.error({ err: { message: err.message } }, `redis: the ${name} connection failed`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.warn(`redis: the ${name} connection is back`);
  });
}

/** Opens both connections; waits a little for Redis, never fails the start for it. */
export async function openRedis(
  { url, prefix }: RedisConfig,
  log: FastifyBaseLogger,
): Promise<SharedRedis> {
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt: number) => Math.min(attempt * RETRY_STEP_MS, RETRY_MOST_MS),
  };
  const client = new Redis(url, options);
  // Subscriptions asked for before the connection is up are sent once it is.
  const subscriber = new Redis(url, {
    ...options,
    enableOfflineQueue: true,
    commandTimeout: undefined,
  });
  watch(client, 'command', log);
  watch(subscriber, 'subscriber', log);
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => client.once('ready', () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), START_WAIT_MS).unref()),
  ]);
  if (!ready) log.error('redis: not reachable at start; limits are counted here until it is');
  return {
    client,
    subscriber,
    prefix,
    async ping() {
      await client.ping();
    },
    async close() {
      subscriber.disconnect();
      // QUIT after what is in flight (the drain's last notices); at once when Redis is away.
      await client.quit().catch(() => client.disconnect());
    },
  };
}
