/**
 * Several real server processes (src/server.ts) on one Postgres schema of their own,
 * behind a round-robin balancer, and what the tests read of them.
 */
import { expect, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards } from '@hindsight/shared';
import pg from 'pg';
import type { LeaseRow, Owner } from '../../src/cluster/leases.ts';
import type { Store } from '../../src/storage/store.ts';
import {
  tempStorage,
  WAIT_MS,
  type TestClient,
  type TestServer,
  type TestStorage,
} from '../helpers.ts';
import { spawnServer, type ServerProcess } from '../process.ts';
import { roundRobin, type RoundRobin } from './roundRobin.ts';

export interface Cluster {
  readonly storage: TestStorage;
  readonly processes: ServerProcess[];
  readonly balancer: RoundRobin;
  /** The store as the processes see it, for the leases and what is stored. */
  readonly store: Store;
  /** The live owner of a board, if any. */
  ownerOf(boardId: string): Promise<Owner | null>;
  /** The processes still running. */
  live(): ServerProcess[];
  /** The process listening at an owner's address. */
  processOf(owner: Owner): ServerProcess;
  /** A board's lease row as stored. */
  leaseRow(boardId: string): Promise<LeaseRow>;
  /** Starts one more process, as an orchestrator would in a dead one's place; routed to. */
  spawn(): Promise<ServerProcess>;
}

/**
 * `n` processes on fresh Postgres storage, with `env` besides; `defer` is given what ends
 * them (whatever state they are in) and removes the storage.
 */
export async function startCluster(
  n: number,
  defer: (fn: () => unknown) => void,
  env: Record<string, string> = {},
): Promise<Cluster> {
  const storage = await tempStorage('postgres');
  defer(storage.remove);
  const start = async () => {
    const started = await spawnServer({ ...storage.env, ...env });
    defer(async () => {
      started.child.kill('SIGKILL');
      await started.exited;
    });
    return started;
  };
  const processes = await Promise.all(Array.from({ length: n }, start));
  const balancer = await roundRobin(processes.map((p) => p.url));
  defer(() => balancer.close());
  const store = await storage.open();
  defer(() => store.close());
  const live = () =>
    processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
  return {
    storage,
    processes,
    balancer,
    store,
    spawn: async () => {
      const started = await start();
      processes.push(started);
      balancer.route(live().map((p) => p.url));
      return started;
    },
    ownerOf: (boardId) => store.leases.ownerOf(boardId),
    leaseRow: async (boardId) => {
      const client = new pg.Client({ connectionString: storage.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<Record<string, string>>(
          'SELECT owner_id, address, epoch, expires_at FROM board_leases WHERE board_id = $1',
          [boardId],
        );
        const row = rows[0]!;
        return {
          ownerId: row.owner_id!,
          address: row.address!,
          epoch: Number(row.epoch),
          expiresAt: Number(row.expires_at),
        };
      } finally {
        await client.end();
      }
    },
    live,
    processOf: (owner) => {
      // Among the live ones: a process started after a kill may be given the dead one's
      // port, and the dead one's record would then be found first and "killed" again.
      const found = live().find((p) => p.url === owner.address);
      if (!found) throw new Error(`no process at ${owner.address}`);
      return found;
    },
  };
}

/** The server a client reaches at a URL (a process or the balancer). */
export const at = (url: string) => ({ url }) as TestServer;

/** The card texts of a doc. */
export const texts = (doc: Y.Doc) => new Set(readCards(doc).map((c) => c.text));

/** The card texts stored for a room, as a process that loads it next would read them. */
export async function storedTexts(store: Store, room: string): Promise<Set<string>> {
  const stored = await store.loadDoc(room);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return texts(doc);
}

/**
 * Every writer adds a card every `everyMs` (20 ms) until stopped, its text
 * `<prefix>w<writer> <round>`; `rounds()` counts the rounds so far.
 */
export function keepTyping(
  writers: readonly TestClient[],
  prefix = '',
  everyMs = 20,
): { rounds(): number; stop(): void } {
  let n = 0;
  const timer = setInterval(() => {
    for (const [i, w] of writers.entries()) {
      addCard(w.doc, { text: `${prefix}w${i} ${n}`, column: 'lucky' });
    }
    n++;
  }, everyMs);
  return { rounds: () => n, stop: () => clearInterval(timer) };
}

/**
 * Resolves once every writer is connected and holds every card any of them holds now
 * (what they sent between them); returns those cards.
 */
export async function converged(writers: readonly TestClient[]): Promise<Set<string>> {
  const sent = new Set(writers.flatMap((w) => [...texts(w.doc)]));
  await vi.waitFor(
    () => {
      for (const w of writers) {
        expect(w.provider.wsconnected).toBe(true);
        expect(texts(w.doc)).toEqual(sent);
      }
    },
    { timeout: 2 * WAIT_MS, interval: 50 },
  );
  return sent;
}
