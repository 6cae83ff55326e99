/**
 * What the processes of a deployment share besides the store: with REDIS_URL, Redis
 * (cluster/redis.ts) carries the boards' owner notices and the sign-in and route limits'
 * counts; without it, one process keeps its limits in memory and has nobody to notify.
 * The one place that chooses; everything else asks `app.shared`.
 */
import fp from 'fastify-plugin';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { RedisConfig } from '../config.ts';
import { noNotices, redisNotices, type OwnerNotices } from '../cluster/ownerNotices.ts';
import { sharedRateLimits } from '../cluster/rateLimitStore.ts';
import { openRedis, type SharedRedis } from '../cluster/redis.ts';
import { redisThrottle } from '../workspace/redisThrottle.ts';
import { throttle, type Throttle, type ThrottleRule } from '../workspace/throttle.ts';

export interface Shared {
  /** The Redis the processes share, for the readiness probe; null for one process. */
  readonly redis: SharedRedis | null;
  /** Tells the other processes that a board changed owners. */
  readonly notices: OwnerNotices;
  /** A login throttle named `name`, counted across the processes when they share Redis. */
  throttle(name: string, rule: ThrottleRule, now?: () => number): Throttle;
  /** The rate-limit plugin's store options: shared counts, or its default in memory. */
  readonly rateLimits: Pick<RateLimitPluginOptions, 'store'>;
}

declare module 'fastify' {
  interface FastifyInstance {
    shared: Shared;
  }
}

export interface SharedPluginOptions {
  readonly redis: RedisConfig | undefined;
}

export default fp<SharedPluginOptions>(
  async (app, { redis: config }) => {
    if (!config) {
      app.decorate('shared', {
        redis: null,
        notices: noNotices,
        throttle: (_name, rule, now) => throttle(rule, now),
        rateLimits: {},
      } satisfies Shared);
      return;
    }
    const log = app.log.child({ component: 'redis' });
    const redis = await openRedis(config, log);
    app.decorate('shared', {
      redis,
      notices: redisNotices(redis, log),
      throttle: (name, rule, now) => redisThrottle(redis, name, rule, log, now),
      rateLimits: sharedRateLimits(redis),
    } satisfies Shared);
    app.addHook('onClose', () => redis.close());
  },
  { name: 'shared' },
);
