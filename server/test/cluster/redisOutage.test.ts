/**
 * A process with REDIS_URL whose Redis goes away (a private redis-server, killed) keeps
 * serving: `/readyz` answers 503 `redis` so the balancer prefers the others, `/healthz`
 * stays 200 so nothing restarts it, sign-in is still throttled (per process) and the
 * rate-limited routes still answer; once Redis is back, ready again without a restart.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_RULE } from '../../src/workspace/throttle.ts';
import { testContext, WAIT_MS, type TestServer } from '../helpers.ts';
import { privateRedis, testRedisPrefix, type PrivateRedis } from '../redis.ts';

const t = testContext();
const json = { 'content-type': 'application/json' };
let redis: PrivateRedis;
beforeAll(async () => {
  redis = await privateRedis();
});
afterAll(() => redis.stop());

const ready = async (server: TestServer) => {
  const res = await server.app.inject({ method: 'GET', url: '/readyz' });
  return { status: res.statusCode, reason: res.json<{ reason?: string }>().reason };
};

describe('Redis going away', () => {
  it('makes the process not ready, not dead, and it still limits; ready again once back', async () => {
    const server = await t.server({
      storage: await t.storage('postgres'),
      env: { REDIS_URL: redis.url, REDIS_PREFIX: testRedisPrefix() },
    });
    expect(await ready(server)).toEqual({ status: 200, reason: undefined });

    await redis.stop();
    await vi.waitFor(
      async () => expect(await ready(server)).toEqual({ status: 503, reason: 'redis' }),
      {
        timeout: WAIT_MS,
        interval: 200,
      },
    );
    expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    const signIn = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: json,
        payload: JSON.stringify({ email: 'outage@example.com', password: 'not the password' }),
      });
    for (let i = 0; i < ACCOUNT_RULE.max; i++) expect((await signIn()).statusCode).toBe(401);
    expect((await signIn()).statusCode).toBe(429);
    const reset = await server.app.inject({
      method: 'POST',
      url: '/api/password-reset',
      headers: json,
      payload: JSON.stringify({ email: 'outage@example.com' }),
    });
    expect(reset.statusCode).toBe(202);

    await redis.start();
    await vi.waitFor(
      async () => expect(await ready(server)).toEqual({ status: 200, reason: undefined }),
      {
        timeout: WAIT_MS,
        interval: 200,
      },
    );
  });
});
