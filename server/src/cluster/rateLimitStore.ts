/**
 * The routes' rate limits (@fastify/rate-limit) counted in the Redis the processes share,
 * with the plugin's own Redis store (one Lua script per request), so a limit of ten
 * password-reset mails an hour is ten for the deployment, not ten per process. When Redis
 * fails, the same request is counted by the plugin's in-memory store instead: the limit
 * holds per process during the outage rather than vanishing or answering 500.
 */
import { createRequire } from 'node:module';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { SharedRedis } from './redis.ts';

/** What @fastify/rate-limit asks of a store (its `store` option). */
interface Counted {
  readonly current: number;
  readonly ttl: number;
}
type Done = (err: Error | null, result?: Counted) => void;
interface RateStore {
  incr(key: string, done: Done, timeWindow: number, max: number): void;
  read?(key: string, done: Done, timeWindow: number, max: number): void;
  child(routeOptions: object): RateStore;
}
type StoreClass = new (...args: unknown[]) => RateStore;

// The plugin's stores are not exported by name; their files are its public layout.
const require = createRequire(import.meta.url);
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as StoreClass;
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as StoreClass;

/** Redis first, memory when Redis fails: one route's (or the root's) pair. */
class SharedFirst implements RateStore {
  constructor(
    private readonly shared: RateStore,
    private readonly alone: RateStore,
  ) {}

  incr(key: string, done: Done, timeWindow: number, max: number): void {
    this.shared.incr(
      key,
      (err, result) => (err ? this.alone.incr(key, done, timeWindow, max) : done(null, result)),
      timeWindow,
      max,
    );
  }

  child(routeOptions: object): RateStore {
    return new SharedFirst(this.shared.child(routeOptions), this.alone.child(routeOptions));
  }
}

/** The plugin's options for limits shared through `redis`. */
export function sharedRateLimits(redis: SharedRedis): Pick<RateLimitPluginOptions, 'store'> {
  const shared = new RedisStore(false, false, redis.client, `${redis.prefix}rate:`);
  const alone = new LocalStore(false, false);
  const Store = class extends SharedFirst {
    constructor() {
      super(shared, alone);
    }
  };
  return { store: Store as unknown as RateLimitPluginOptions['store'] };
}
