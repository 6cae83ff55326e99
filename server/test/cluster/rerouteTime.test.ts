/**
 * How long a socket forwarded to a board's old owner goes on talking to it after another
 * process took the board over (the old owner paused or cut off past its lease): from the
 * takeover to the forwarder closing the socket (1012), its client then reconnecting to the
 * new owner. Three processes on the default 3 s lease, with Redis (the owner notice) and
 * without it (the forwarders' check every renewal period, 1 s); prints p50/p99 of each and
 * their ratio. A measurement, not a check of the suite: behind HINDSIGHT_LONG=1
 * (`HINDSIGHT_LONG=1 pnpm vitest run server/test/cluster/rerouteTime.test.ts`;
 * HINDSIGHT_MOVES, default 20).
 */
import { describe, expect, it, vi } from 'vitest';
import { roomName } from '@hindsight/shared';
import { connect, createBoard, synced, testContext, WAIT_MS } from '../helpers.ts';
import { testRedisPrefix, testRedisUrl } from '../redis.ts';
import { at, startCluster } from './cluster.ts';
import { percentile } from './seeded.ts';

const t = testContext();
const LONG = process.env.HINDSIGHT_LONG === '1';
const MOVES = Number(process.env.HINDSIGHT_MOVES ?? 20);

/** Milliseconds from each takeover to the forwarded socket's close, `MOVES` times. */
async function moves(env: Record<string, string>): Promise<number[]> {
  const cluster = await startCluster(3, t.defer, env);
  const [owner, next, forwarder] = cluster.processes;
  const times: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const board = await createBoard(at(owner!.url));
    const room = roomName(board.id);
    const atOwner = connect(at(owner!.url), room, board.tokens.participant);
    t.defer(atOwner.destroy);
    await synced(atOwner);
    const forwarded = connect(at(forwarder!.url), room, board.tokens.participant);
    t.defer(forwarded.destroy);
    await synced(forwarded);
    let closedAt = 0;
    forwarded.provider.once('connection-close', () => (closedAt = performance.now()));
    const held = await cluster.ownerOf(board.id);
    await cluster.store.leases.endDead(board.id, held!);
    // The takeover: the next process claims the board as this client's socket arrives.
    const takenAt = performance.now();
    const late = connect(at(next!.url), room, board.tokens.participant);
    t.defer(late.destroy);
    await synced(late);
    await vi.waitFor(() => expect(closedAt).toBeGreaterThan(0), { timeout: WAIT_MS, interval: 5 });
    times.push(Math.max(0, closedAt - takenAt));
    atOwner.destroy();
    forwarded.destroy();
    late.destroy();
  }
  return times.sort((a, b) => a - b);
}

describe.runIf(LONG)('a forwarded socket leaving a displaced owner', () => {
  it(`${MOVES} takeovers, with and without Redis`, { timeout: 900_000 }, async () => {
    const redis = await moves({ REDIS_URL: await testRedisUrl(), REDIS_PREFIX: testRedisPrefix() });
    const polled = await moves({});
    const row = (name: string, ms: number[]) =>
      `${name}: p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`;
    console.log(
      [
        `takeover to forwarded socket closed, ${MOVES} takeovers each, 3 s lease:`,
        row('  owner notice (Redis)', redis),
        row('  periodic check     ', polled),
        `  ratio p50 ${(percentile(polled, 50) / Math.max(1, percentile(redis, 50))).toFixed(1)}x`,
      ].join('\n'),
    );
  });
});
