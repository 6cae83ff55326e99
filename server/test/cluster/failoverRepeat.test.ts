/**
 * The owner killed again and again at seeded moments during steady edits: after every
 * kill all writers converge on every card any of them sent, and the store holds them all.
 * Prints the number of kills and the failover times (kill to every client live and
 * converged) as p50/p99.
 *
 * The processes hold the default lease (3 s). A killed owner's board is taken over at once
 * when the first process that finds nothing listening at its address ends its lease
 * (cluster/forward.ts), else when the lease runs out; either way nothing may be lost.
 * `HINDSIGHT_FAILOVER_LEASE_MS=600000` leaves the first way only: a kill that it misses
 * then fails the run (one such kill in 50 was seen once, see docs/BENCHMARKS-CLUSTER.md).
 *
 * A round is cheap: the processes left serve on, and the one started in the dead one's
 * place starts meanwhile (starting one is most of a round's cost on a loaded machine). The suite runs 50 kills; a long run more:
 * `HINDSIGHT_LONG=1 pnpm vitest run server/test/cluster/failoverRepeat.test.ts`
 * (HINDSIGHT_KILLS, default 50, or 300 with HINDSIGHT_LONG; HINDSIGHT_SEED, default 1;
 * HINDSIGHT_FAILOVER_LEASE_MS, default 3000).
 */
import { describe, expect, it, vi } from 'vitest';
import { createBoard, connect, synced, testContext, WAIT_MS } from '../helpers.ts';
import type { ServerProcess } from '../process.ts';
import { at, converged, keepTyping, startCluster, storedTexts } from './cluster.ts';
import { percentile, seeded } from './seeded.ts';

const t = testContext();
const LONG = process.env.HINDSIGHT_LONG === '1';
const KILLS = Number(process.env.HINDSIGHT_KILLS ?? (LONG ? 300 : 50));
const SEED = Number(process.env.HINDSIGHT_SEED ?? 1);
/** Kills on one board before the next board: what each round re-reads from the store stays small. */
const KILLS_PER_BOARD = 10;
const WRITERS = 4;
const LEASE_MS = process.env.HINDSIGHT_FAILOVER_LEASE_MS ?? '3000';

describe('owner killed at seeded moments', () => {
  it(
    `${KILLS} kills (seed ${SEED}) lose no card any client sent`,
    async () => {
      const random = seeded(SEED);
      const cluster = await startCluster(3, t.defer, { BOARD_LEASE_MS: LEASE_MS });
      /** Processes starting in dead ones' places. */
      const starting = new Set<Promise<ServerProcess>>();
      const failovers: number[] = [];
      let current: { boardId: string; writers: ReturnType<typeof connect>[] } | undefined;
      /** Writers through the balancer on a board of their own, the last board's closed. */
      async function newBoard(): Promise<void> {
        for (const w of current?.writers ?? []) w.destroy();
        const board = await createBoard(at(cluster.live()[0]!.url));
        const writers = Array.from({ length: WRITERS }, () => {
          const w = connect(at(cluster.balancer.url), board.id, board.tokens.participant);
          t.defer(w.destroy);
          return w;
        });
        await Promise.all(writers.map((w) => synced(w)));
        current = { boardId: board.id, writers };
      }

      for (let kill = 0; kill < KILLS; kill++) {
        if (kill % KILLS_PER_BOARD === 0) await newBoard();
        // Two processes at least: the owner to kill and one to take over.
        while (cluster.live().length < 2) await Promise.race(starting);
        const { writers, boardId } = current!;
        const typing = keepTyping(writers, `k${kill}`);
        t.defer(typing.stop);
        // A seeded moment: 2 to 40 rounds of edits (40 to 800 ms) before the kill.
        const until = typing.rounds() + 2 + Math.floor(random() * 38);
        await vi.waitFor(() => expect(typing.rounds()).toBeGreaterThan(until), {
          timeout: WAIT_MS,
        });
        const owner = (await cluster.ownerOf(boardId))!;
        const victim = cluster.processOf(owner);
        const killedAt = Date.now();
        victim.child.kill('SIGKILL');
        await victim.exited;
        cluster.balancer.route(cluster.live().map((p) => p.url));
        const replacement = cluster.spawn();
        starting.add(replacement);
        void replacement.finally(() => starting.delete(replacement));
        // Edits go on until another process owns the board.
        await vi.waitFor(
          async () => expect((await cluster.ownerOf(boardId))?.id ?? owner.id).not.toBe(owner.id),
          { timeout: WAIT_MS, interval: 20 },
        );
        typing.stop();
        const sent = await converged(writers);
        failovers.push(Date.now() - killedAt);
        await vi.waitFor(
          async () => expect(await storedTexts(cluster.store, boardId)).toEqual(sent),
          { timeout: WAIT_MS, interval: 200 },
        );
      }
      await Promise.all(starting);

      const sorted = [...failovers].sort((a, b) => a - b);
      expect(sorted).toHaveLength(KILLS);
      console.info(
        `failover over ${KILLS} seeded kills (seed ${SEED}), zero cards lost: ` +
          `p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, ` +
          `max ${sorted.at(-1)} ms`,
      );
    },
    KILLS * 120_000,
  );
});
