/**
 * The login throttle's counts in the Redis the processes share: a key's failure times in
 * a sorted set, trimmed to the rule's last `max` and expiring with its window, read back
 * through the same pure rule as in memory (workspace/throttle.ts). The key is hashed, so
 * no email or address is kept in Redis in clear.
 *
 * While Redis does not answer, this process counts on its own ({@link Throttle} in memory)
 * and says so once: each process then allows its own `max`, as before Redis was set.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { SharedRedis } from '../cluster/redis.ts';
import { throttle, waitFor, type Throttle, type ThrottleRule } from './throttle.ts';

export function redisThrottle(
  redis: SharedRedis,
  name: string,
  rule: ThrottleRule,
  log: FastifyBaseLogger,
  now: () => number = Date.now,
): Throttle {
  const local = throttle(rule, now);
  const keyOf = (key: string) =>
    `${redis.prefix}throttle:${name}:${createHash('sha256').update(key).digest('base64url')}`;
  let fallingBack = false;
  /** Runs `shared`, or `alone` when Redis fails; logs the switch each way once. */
  async function either<T>(shared: () => Promise<T>, alone: () => Promise<T>): Promise<T> {
    try {
      const result = await shared();
      if (fallingBack) log.warn({ throttle: name }, 'redis: sign-in limits are shared again');
      fallingBack = false;
      return result;
    } catch (err) {
      if (!fallingBack) {
        log.error({ err, throttle: name }, 'redis: sign-in limits are counted per process');
      }
      fallingBack = true;
      return alone();
    }
  }
  return {
    wait: (key) =>
      either(
        async () => {
          const stored = await redis.client.zrange(keyOf(key), 0, -1, 'WITHSCORES');
          const times = stored.filter((_, i) => i % 2 === 1).map(Number);
          return waitFor(times, rule, now());
        },
        () => local.wait(key),
      ),
    fail: (key) => {
      // Counted here too, so that an outage starting now does not forget this failure.
      void local.fail(key);
      return either(
        async () => {
          const at = now();
          const k = keyOf(key);
          const results = await redis.client
            .multi()
            .zadd(k, at, `${at}:${randomUUID()}`)
            .zremrangebyscore(k, '-inf', at - rule.windowMs)
            .zremrangebyrank(k, 0, -(rule.max + 1))
            .pexpire(k, rule.windowMs)
            .exec();
          const failed = results?.find(([err]) => err !== null)?.[0];
          if (failed) throw failed;
        },
        async () => undefined,
      );
    },
    clear: (key) => {
      void local.clear(key);
      return either(
        async () => void (await redis.client.del(keyOf(key))),
        async () => undefined,
      );
    },
  };
}
