/**
 * The deployments the cluster section compares, each behind Debian's nginx running the
 * reference configuration (deploy/nginx/hindsight.conf, started as its test starts it):
 *
 * - Hindsight: real server processes (the build, `server/dist/server.js`, as in production) on one
 *   Postgres database of the run's own, three behind nginx, or one (nginx's three
 *   upstreams all naming it, so both go through the same proxy);
 * - Hocuspocus 3: three processes with its Redis extension (a key prefix of the run's
 *   own), or one without Redis.
 *
 * Clients reach every deployment through its nginx, which spreads new sockets round-robin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Owner } from '../../../server/src/cluster/leases.ts';
import { openPostgresStore } from '../../../server/src/storage/postgresStore.ts';
import type { Store } from '../../../server/src/storage/store.ts';
import { startNginx, type Nginx } from '../../../server/test/cluster/nginx.ts';
import { createBoard, freePort } from '../../../server/test/helpers.ts';
import { createDatabase, postgresAdminUrl } from '../../../server/test/postgres.ts';
import { spawnServer, type ServerProcess } from '../../../server/test/process.ts';
import { forkServer, freshName, type RoomServer, type ServerChild } from '../servers.ts';
import { processUsage } from './processUsage.ts';

/** One deployment behind its nginx: rooms to open there, and the CPU of its processes. */
export interface Deployment extends RoomServer {
  readonly name: string;
  readonly nginx: Nginx;
  close(): Promise<void>;
}

/** A Hindsight board's owner can be killed and replaced: what the failover runs need. */
export interface HindsightDeployment extends Deployment {
  /** The Postgres store the processes share, to read a board's lease. */
  readonly store: Store;
  /** A board through the API, with its participant token. */
  newBoard(): Promise<{ id: string; token: string }>;
  ownerOf(boardId: string): Promise<Owner | null>;
  /**
   * SIGKILLs the process at an owner's address now and, once it is gone, starts another
   * on its port as an orchestrator restarts a dead one; `replaced` resolves once that one
   * is ready.
   */
  killOwner(owner: Owner): { readonly replaced: Promise<void> };
}

/** Everything the Hindsight deployments share: one database and data directory. */
export interface HindsightStorage {
  readonly env: Record<string, string>;
  remove(): Promise<void>;
}

export async function hindsightStorage(): Promise<HindsightStorage> {
  const database = await createDatabase(postgresAdminUrl(), 'hindsight_bench');
  const dataDir = mkdtempSync(join(tmpdir(), 'hindsight-bench-cluster-'));
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
    remove: async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The environment of each Hindsight process, beside its storage. */
const HINDSIGHT_ENV = {
  // nginx is the first hop (the reference deployment's setting).
  TRUST_PROXY: 'true',
  // The join storm's writer pushes its 1 MB board in one message (as serverProcess.ts).
  MAX_UPDATE_BYTES: String(2 * 1024 * 1024),
};

/** `n` Hindsight processes (1 or 3) on `storage` behind nginx. */
export async function hindsight(storage: HindsightStorage, n: 1 | 3): Promise<HindsightDeployment> {
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const start = (port: number) =>
    spawnServer({ ...storage.env, ...HINDSIGHT_ENV, PORT: String(port) });
  const processes: ServerProcess[] = await Promise.all(ports.map(start));
  const upstreams = ports.map((port) => `127.0.0.1:${port}`);
  const nginx = await startNginx(n === 3 ? upstreams : [0, 1, 2].map(() => upstreams[0]!));
  const store = await openPostgresStore(storage.env.DATABASE_URL!, { poolSize: 2 });
  const sync = `${nginx.url.replace(/^http/, 'ws')}/sync`;
  const newBoard = async () => {
    // Straight to a process: a board is a row, whichever process writes it.
    const board = await createBoard({ url: processes[0]!.url }, 'bench');
    return { id: board.id, token: board.tokens.participant };
  };
  return {
    name: `Hindsight, ${n} process${n === 1 ? '' : 'es'}`,
    nginx,
    store,
    newBoard,
    async newRoom() {
      const board = await newBoard();
      return { url: `${sync}/${board.id}?token=${board.token}` };
    },
    usage: async () => processUsage(processes.map((p) => p.child.pid!)),
    ownerOf: (boardId) => store.leases.ownerOf(boardId),
    killOwner(owner) {
      const slot = processes.findIndex((p) => p.url === owner.address);
      if (slot < 0) throw new Error(`no process at ${owner.address}`);
      const victim = processes[slot]!;
      victim.child.kill('SIGKILL');
      const replaced = (async () => {
        await victim.exited;
        processes[slot] = await start(ports[slot]!);
        await waitReady(processes[slot]!.url);
      })();
      return { replaced };
    },
    async close() {
      await nginx.close();
      for (const p of processes) {
        p.child.kill('SIGKILL');
        await p.exited;
      }
      await store.close();
    },
  };
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} was not ready in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `n` Hocuspocus processes behind nginx: three share documents over Redis, one needs none. */
export async function hocuspocus(n: 1 | 3): Promise<Deployment> {
  const prefix = `hindsight-bench-${randomBytes(6).toString('hex')}`;
  const env: Record<string, string> = n === 3 ? { HOCUSPOCUS_REDIS_PREFIX: prefix } : {};
  const children: ServerChild[] = await Promise.all(
    Array.from({ length: n }, () => forkServer('hocuspocus', {}, env)),
  );
  const upstreams = children.map((c) => `127.0.0.1:${c.port}`);
  const nginx = await startNginx(n === 3 ? upstreams : [0, 1, 2].map(() => upstreams[0]!));
  const sync = `${nginx.url.replace(/^http/, 'ws')}/sync`;
  let rooms = 0;
  return {
    name: `Hocuspocus, ${n} process${n === 1 ? '' : 'es'}${n === 3 ? ' + Redis' : ''}`,
    nginx,
    newRoom: async () => ({ url: sync, document: freshName(++rooms) }),
    usage: async () => processUsage(children.map((c) => c.child.pid!)),
    async close() {
      await nginx.close();
      await Promise.all(children.map((c) => c.stop()));
    },
  };
}
