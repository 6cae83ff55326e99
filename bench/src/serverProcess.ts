/**
 * Entry point of one server under test, run as a child process so that its CPU and
 * memory are its own: `serverProcess.ts <ours|floor|reference|hocuspocus>`. Listens on
 * 127.0.0.1 port 0, reports the port over IPC, then answers usage, gc and stop requests.
 * Hocuspocus scales out over Redis when `HOCUSPOCUS_REDIS_PREFIX` names a key prefix
 * (its Redis extension, on REDIS_URL or 127.0.0.1:6379).
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { writeHeapSnapshot } from 'node:v8';
import type { BoardService } from '../../server/src/plugins/boards.ts';
import type { Board, ProcessKind, Reply, Request, Usage } from './ipc.ts';

/** How long an unused room of ours stays resident; short so the memory scenario can watch it go. */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 1000);

interface Running {
  readonly port: number;
  rooms(): number;
  /** Ours only: a new board and a participant token. */
  board?(): Promise<Board>;
  stop(): Promise<void>;
}

// Each kind imports only its own code, so no process carries another's modules.

async function startOurs(): Promise<Running> {
  const { buildApp } = await import('../../server/src/app.ts');
  const { loadConfig } = await import('../../server/src/config.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'hindsight-bench-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: join(dataDir, 'no-client'),
    LOG_LEVEL: 'error',
    // The join storm's writer pushes its 1 MB board in one message, as a restored board
    // arrives; the default change limit (512 KiB) would refuse it.
    MAX_UPDATE_BYTES: String(2 * 1024 * 1024),
  });
  // Every simulated client comes from 127.0.0.1, so the per-address admission (rate and
  // ceilings: a thousand rooms of five is more than one office) and the per-connection
  // message rate (abuse limits) are lifted; everything else is default. With
  // BENCH_ADMISSION=default the admission keeps its defaults: the join storm then measures
  // a meeting behind one address getting in.
  const admission =
    process.env.BENCH_ADMISSION === 'default'
      ? {}
      : { connectBurst: 1e9, connectsPerSecond: 1e9, maxSockets: 1e9, maxSocketsPerAddress: 1e9 };
  const limits = { ...admission, messageBurst: 1e9, messagesPerSecond: 1e9 };
  const app = await buildApp({ config, rooms: { idleMs: IDLE_MS }, limits });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const boards: BoardService = app.boards;
  return {
    port: (app.server.address() as AddressInfo).port,
    rooms: () => app.rooms.size,
    board: async () => {
      const { board, tokens } = await boards.create({ title: 'bench' });
      return { id: board.id, token: tokens.participant };
    },
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

async function startReference(): Promise<Running> {
  const { WebSocketServer } = await import('ws');
  const { docs, setupWSConnection } = await import('@y/websocket-server/utils');
  // As @y/websocket-server's own bin/server.js, with the bench's ws 8 like the others.
  const server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', setupWSConnection);
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
  );
  const port = await listen(server);
  return { port, rooms: () => docs.size, stop: async () => void server.close() };
}

async function startHocuspocus(): Promise<Running> {
  const { Server } = await import('@hocuspocus/server');
  const prefix = process.env.HOCUSPOCUS_REDIS_PREFIX;
  const extensions = [];
  if (prefix) {
    const { Redis } = await import('@hocuspocus/extension-redis');
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    extensions.push(new Redis({ host: redis.hostname, port: Number(redis.port || 6379), prefix }));
  }
  // As its documentation starts it; no persistence extension: documents live in memory
  // (and, scaled out, reach the other processes over Redis pub/sub).
  const server = new Server({ port: 0, quiet: true, extensions });
  await server.listen();
  return {
    port: server.address.port,
    rooms: () => server.hocuspocus.getDocumentsCount(),
    stop: async () => void (await server.destroy()),
  };
}

async function startFloorServer(): Promise<Running> {
  const { startFloor } = await import('./floor.ts');
  const floor = startFloor();
  const port = await listen(floor.server);
  return { port, rooms: floor.roomCount, stop: async () => void floor.server.close() };
}

function usage(running: Running): Usage {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return {
    cpuUser: cpu.user,
    cpuSystem: cpu.system,
    rss: mem.rss,
    heapUsed: mem.heapUsed,
    external: mem.external,
    rooms: running.rooms(),
  };
}

async function main(): Promise<void> {
  const kind = process.argv[2] as ProcessKind;
  const send = (reply: Reply) => process.send?.(reply);
  const starters: Record<ProcessKind, () => Promise<Running>> = {
    ours: startOurs,
    floor: startFloorServer,
    reference: startReference,
    hocuspocus: startHocuspocus,
  };
  const running = await starters[kind]();

  process.on('message', (request: Request) => {
    if (request.op === 'stop') {
      void running.stop().finally(() => {
        send({ type: 'reply', id: request.id, usage: usage(running) });
        process.disconnect();
        setTimeout(() => process.exit(0), 50);
      });
      return;
    }
    if (request.op === 'board' && running.board) {
      void running
        .board()
        .then((board) => send({ type: 'reply', id: request.id, usage: usage(running), board }));
      return;
    }
    if (request.op === 'gc' || request.op === 'snapshot') {
      for (let i = 0; i < 3; i++) globalThis.gc?.();
    }
    if (request.op === 'snapshot' && request.path) writeHeapSnapshot(request.path);
    send({ type: 'reply', id: request.id, usage: usage(running) });
  });
  // The bench going away takes its servers with it.
  process.on('disconnect', () => setTimeout(() => process.exit(0), 1000).unref());
  send({ type: 'ready', port: running.port });
}

main().catch((err: unknown) => {
  process.stderr.write(`server failed: ${String(err)}\n`);
  process.exit(1);
});
