/**
 * Failover time of Hindsight's three processes behind nginx: kill → every client live
 * again. Each kill gets a new board and writers through nginx (y-websocket's provider, as
 * the browser runs it, so the reconnect backoff is the real one), spread round-robin over
 * the three processes; they type for a seeded moment (100 to 800 ms), the board's owner is
 * sent SIGKILL, and one writer adds a card at once. The failover time runs from the kill
 * to every writer connected, holding that card and holding the same cards as every other
 * (none lost). Meanwhile a process is started in the dead one's place, on its port, and
 * the next kill waits for it and for nginx to send sockets there again.
 *
 * The writers and their typing are the failover test's (server/test/cluster/).
 */
import { connect, type TestClient } from '../../../server/test/helpers.ts';
import { keepTyping, texts } from '../../../server/test/cluster/cluster.ts';
import { seeded } from '../../../server/test/cluster/seeded.ts';
import { addCard } from '@hindsight/shared';
import { progress } from '../drive.ts';
import { sleep, summarize, waitFor, type Summary } from '../stats.ts';
import type { HindsightDeployment } from './deployments.ts';

/** Two writers on each of the three processes. */
const WRITERS = 6;
/** How long a writer may take to be live again before the kill counts as missed. */
const LIVE_TIMEOUT_MS = 60_000;
/** nginx passes over a process for this long after it refused once (fail_timeout). */
const NGINX_FAIL_TIMEOUT_MS = 5_000;

export interface FailoverResult {
  readonly kills: number;
  /** Kill → every writer live again, ms. */
  readonly live: Summary;
  /** Kills after which the writers were not live within LIVE_TIMEOUT_MS. */
  readonly missed: number;
  readonly seed: number;
}

function open(cluster: HindsightDeployment, boardId: string, token: string): TestClient {
  return connect({ url: cluster.nginx.url }, boardId, token);
}

/** Every writer connected, synced, holding `card`, and all holding the same cards. */
function live(writers: readonly TestClient[], card: string): boolean {
  const held = writers.map((w) => texts(w.doc));
  const first = held[0]!;
  return writers.every(
    (w, i) =>
      w.provider.wsconnected &&
      w.provider.synced &&
      held[i]!.has(card) &&
      held[i]!.size === first.size &&
      [...held[i]!].every((t) => first.has(t)),
  );
}

export async function runFailover(
  cluster: HindsightDeployment,
  kills: number,
  seed = 1,
): Promise<FailoverResult> {
  const random = seeded(seed);
  const times: number[] = [];
  let missed = 0;
  for (let kill = 0; kill < kills; kill++) {
    const board = await cluster.newBoard();
    const writers = Array.from({ length: WRITERS }, () => open(cluster, board.id, board.token));
    try {
      const connected = await waitFor(
        () => writers.every((w) => w.provider.synced),
        LIVE_TIMEOUT_MS,
      );
      if (!connected) throw new Error('the writers did not sync through nginx');
      const typing = keepTyping(writers, `k${kill} `, 20);
      await sleep(100 + Math.floor(random() * 700));
      const owner = await cluster.ownerOf(board.id);
      if (!owner) throw new Error(`board ${board.id} has no owner while edited`);
      const killedAt = performance.now();
      const { replaced } = cluster.killOwner(owner);
      typing.stop();
      const card = `after kill ${kill}`;
      addCard(writers[0]!.doc, { text: card, column: 'lucky' });
      const isLive = await waitFor(() => live(writers, card), LIVE_TIMEOUT_MS, 5);
      const took = performance.now() - killedAt;
      if (isLive) times.push(took);
      else missed += 1;
      progress(
        `  kill ${kill + 1}/${kills}: ${isLive ? `${(took / 1000).toFixed(2)} s` : 'missed'}`,
      );
      await replaced;
      await sleep(Math.max(0, killedAt + NGINX_FAIL_TIMEOUT_MS - performance.now()));
    } finally {
      for (const w of writers) w.destroy();
    }
  }
  return { kills, live: summarize(times), missed, seed };
}
