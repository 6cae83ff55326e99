/**
 * The three servers under test, each started as a child process on port 0: ours (the
 * Hindsight app), the floor (a bare ws relay) and the reference (@y/websocket-server).
 * CPU and memory are read from the child over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Board, ProcessKind, Reply, Request, ServerKind, Usage } from './ipc.ts';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;
/** Long enough for a heap snapshot of a few hundred MB. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Where a client opens a room: the websocket URL, and for Hocuspocus the document's name,
 * which rides in every message (its protocol's envelope) rather than in the URL.
 */
export interface Room {
  readonly url: string;
  readonly document?: string | undefined;
}

/** What a fan-out room or a join storm needs of a server: rooms, and its CPU. */
export interface RoomServer {
  /** A fresh room that a writer may join. */
  newRoom(): Promise<Room>;
  usage(): Promise<Usage>;
}

export interface BenchServer extends RoomServer {
  readonly kind: ServerKind;
  readonly port: number;
  /** Collects garbage in the child, then reports. */
  gc(): Promise<Usage>;
  /** Collects garbage in the child and writes a V8 heap snapshot to `path`. */
  snapshot(path: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Write a V8 CPU profile of the child here (node --cpu-prof). */
  readonly cpuProfDir?: string | undefined;
}

/** A server child process: its port, its requests over IPC, and its end. */
export interface ServerChild {
  readonly child: ChildProcess;
  readonly port: number;
  request(op: Request['op'], path?: string): Promise<Answer>;
  stop(): Promise<void>;
}

/** Starts `serverProcess.ts <kind>` with `env` on top of this process's environment. */
export async function forkServer(
  kind: ProcessKind,
  options: StartOptions = {},
  env: Record<string, string> = {},
): Promise<ServerChild> {
  const execArgv = ['--import', 'tsx', '--expose-gc'];
  if (options.cpuProfDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  const child = fork(ENTRY, [kind], {
    cwd: BENCH_DIR,
    execArgv,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start`)), START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
    child.on('message', (reply: Reply) => {
      if (reply.type !== 'ready') return;
      clearTimeout(timer);
      resolve(reply.port);
    });
  });
  const request = requester(kind, child);
  return {
    child,
    port,
    request,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await request('stop').catch(() => child.kill());
      await exited;
    },
  };
}

/** A room name no earlier room had. */
export const freshName = (n: number) => `bench-${n}-${Math.random().toString(36).slice(2)}`;

export async function startServer(
  kind: ServerKind,
  options: StartOptions = {},
): Promise<BenchServer> {
  const { port, request, stop } = await forkServer(kind, options);
  let rooms = 0;
  return {
    kind,
    port,
    async newRoom() {
      if (kind !== 'ours') return { url: `ws://127.0.0.1:${port}/${freshName(++rooms)}` };
      // As POST /api/boards does; that route is rate-limited per address.
      const { board } = await request('board');
      if (!board) throw new Error('ours did not create a board');
      return { url: `ws://127.0.0.1:${port}/sync/${board.id}?token=${board.token}` };
    },
    usage: async () => (await request('usage')).usage,
    gc: async () => (await request('gc')).usage,
    snapshot: async (path) => void (await request('snapshot', path)),
    stop,
  };
}

export interface Answer {
  readonly usage: Usage;
  readonly board?: Board | undefined;
}

function requester(
  kind: ProcessKind,
  child: ChildProcess,
): (op: Request['op'], path?: string) => Promise<Answer> {
  let nextId = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  child.on('message', (reply: Reply) => {
    if (reply.type === 'reply') waiting.get(reply.id)?.(reply);
  });
  return (op, path) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${kind} did not answer ${op}`));
      }, REQUEST_TIMEOUT_MS);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(answer);
      });
      child.send({ id, op, ...(path ? { path } : {}) } satisfies Request);
    });
}

/** CPU time, ms, between two usage readings. */
export function cpuMs(before: Usage, after: Usage): number {
  return (after.cpuUser + after.cpuSystem - before.cpuUser - before.cpuSystem) / 1000;
}
