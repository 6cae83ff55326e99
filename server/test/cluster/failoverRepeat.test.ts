/**
 * The owner killed again and again at seeded moments during steady edits, a process
 * started in its place each time: after every kill all writers converge on every card any
 * of them sent, and the store holds them all. Prints the failover times (kill to every
 * client live and converged) as p50/p99.
 *
 * A long run, behind a flag: `HINDSIGHT_LONG=1 pnpm vitest run
 * server/test/cluster/failoverRepeat.test.ts` (HINDSIGHT_KILLS, default 20; HINDSIGHT_SEED,
 * default 1). The normal suite kills an owner once (processes.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { createBoard, connect, synced, testContext, WAIT_MS } from '../helpers.ts';
import { spawnServer } from '../process.ts';
import { at, converged, keepTyping, startCluster, storedTexts } from './cluster.ts';

const t = testContext();
const LONG = process.env.HINDSIGHT_LONG === '1';
const KILLS = Number(process.env.HINDSIGHT_KILLS ?? 20);
const SEED = Number(process.env.HINDSIGHT_SEED ?? 1);

/** mulberry32: the same moments for the same seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

describe.runIf(LONG)('owner killed at seeded moments', () => {
  it(
    `${KILLS} kills (seed ${SEED}) lose no card any client sent`,
    async () => {
      const random = seeded(SEED);
      const cluster = await startCluster(3, t.defer);
      const board = await createBoard(at(cluster.processes[0]!.url));
      const writers = Array.from({ length: 6 }, () => {
        const w = connect(at(cluster.balancer.url), board.id, board.tokens.participant);
        t.defer(w.destroy);
        return w;
      });
      await Promise.all(writers.map((w) => synced(w)));
      const failovers: number[] = [];

      for (let kill = 0; kill < KILLS; kill++) {
        const typing = keepTyping(writers, `k${kill}`);
        t.defer(typing.stop);
        // A seeded moment: 5 to 100 rounds of edits (0.1 to 2 s) before the kill.
        const until = typing.rounds() + 5 + Math.floor(random() * 95);
        await vi.waitFor(() => expect(typing.rounds()).toBeGreaterThan(until), {
          timeout: WAIT_MS,
        });
        const owner = (await cluster.ownerOf(board.id))!;
        const victim = cluster.processOf(owner);
        const killedAt = Date.now();
        victim.child.kill('SIGKILL');
        await victim.exited;
        cluster.balancer.route(cluster.live().map((p) => p.url));
        // Edits go on until another process owns the board.
        await vi.waitFor(
          async () => expect((await cluster.ownerOf(board.id))?.id ?? owner.id).not.toBe(owner.id),
          { timeout: WAIT_MS, interval: 50 },
        );
        typing.stop();
        const sent = await converged(writers);
        failovers.push(Date.now() - killedAt);
        await vi.waitFor(
          async () => expect(await storedTexts(cluster.store, board.id)).toEqual(sent),
          { timeout: WAIT_MS, interval: 200 },
        );
        // A process in the dead one's place, as an orchestrator would start.
        const replacement = await spawnServer(cluster.storage.env);
        t.defer(async () => {
          replacement.child.kill('SIGKILL');
          await replacement.exited;
        });
        cluster.processes.push(replacement);
        cluster.balancer.route(cluster.live().map((p) => p.url));
      }

      const sorted = [...failovers].sort((a, b) => a - b);
      console.info(
        `failover over ${KILLS} seeded kills (seed ${SEED}), zero cards lost: ` +
          `p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, ` +
          `max ${sorted.at(-1)} ms`,
      );
    },
    KILLS * 120_000,
  );
});
