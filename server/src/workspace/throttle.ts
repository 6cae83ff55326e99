/**
 * Login throttling: failed sign-ins are counted per key (an account's email, a client
 * address) in a sliding window; a key with `max` failures in the last `windowMs` is
 * refused until the oldest of them leaves the window. Success clears an account's count.
 * One process keeps the counts in memory ({@link throttle}), bounded: past `maxKeys` keys
 * the least recently failed is forgotten first. Several processes keep them in the Redis
 * they share (workspace/redisThrottle.ts), so that three processes behind a round-robin
 * balancer allow the same five attempts as one, not fifteen.
 */

export interface ThrottleRule {
  readonly max: number;
  readonly windowMs: number;
}

const MINUTE_MS = 60_000;

/** Per account: 5 failed sign-ins in 15 minutes. */
export const ACCOUNT_RULE: ThrottleRule = { max: 5, windowMs: 15 * MINUTE_MS };
/** Per client address: 30 failed sign-ins in 15 minutes (a shared office NAT has room). */
export const ADDRESS_RULE: ThrottleRule = { max: 30, windowMs: 15 * MINUTE_MS };

/** The failure times still inside the window at `now`. */
export function recent(times: readonly number[], rule: ThrottleRule, now: number): number[] {
  return times.filter((t) => now - t < rule.windowMs);
}

/** Milliseconds until a key with these failures may try again; 0 when it may now. */
export function waitFor(times: readonly number[], rule: ThrottleRule, now: number): number {
  const live = recent(times, rule, now);
  if (live.length < rule.max) return 0;
  const oldest = live[live.length - rule.max] ?? now;
  return oldest + rule.windowMs - now;
}

export interface Throttle {
  /** Milliseconds to wait before `key` may try again; 0 when it may now. */
  wait(key: string): Promise<number>;
  fail(key: string): Promise<void>;
  clear(key: string): Promise<void>;
}

export function throttle(
  rule: ThrottleRule,
  now: () => number = Date.now,
  maxKeys = 10_000,
): Throttle {
  const failures = new Map<string, number[]>();
  return {
    wait: async (key) => waitFor(failures.get(key) ?? [], rule, now()),
    async fail(key) {
      const at = now();
      const times = [...recent(failures.get(key) ?? [], rule, at), at].slice(-rule.max);
      failures.delete(key);
      failures.set(key, times);
      if (failures.size > maxKeys) {
        const oldest = failures.keys().next();
        if (!oldest.done) failures.delete(oldest.value);
      }
    },
    clear: async (key) => void failures.delete(key),
  };
}
