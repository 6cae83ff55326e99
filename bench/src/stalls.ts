/**
 * `pnpm bench:stalls [--quick] [--only=sync,presence,size] [--cpu-prof-dir=DIR]`: the longest time the server answers nothing while one
 * hostile connection attacks it (issue #22), against the goal of 100 ms. With a profile
 * directory, also the longest task of the server's event loop during the attack, read
 * from its CPU profile (longestTask.ts).
 *
 * Each attack runs against a fresh server started as it runs in production (src/server.ts
 * in a child process, default limits), while the stall meter (server/test/stallMeter.ts)
 * pings `/api/time` from this process. The figure is the longest gap between two answers
 * from the moment the attack starts until it has been cut off or fully served. Nothing is
 * asserted: this is a measurement (docs/MEASUREMENTS.md).
 */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { roomName } from '@hindsight/shared';
import { openWorkspaceStore } from '../../server/src/storage/openWorkspaceStore.ts';
import { apiTokens } from '../../server/src/workspace/apiTokens.ts';
import {
  openRaw,
  presenceMessage,
  PRESENCE_QUERY,
  prng,
  seededText,
  syncRequest,
  textUpdates,
  type RawSocket,
} from '../../server/test/attack.ts';
import type { StallReport } from '../../server/test/stallMeter.ts';
import { longestTask, mainThreadProfile } from './longestTask.ts';

/** Starts the stall meter in a child process (stallWorker.ts); `stop` resolves with its report. */
async function startMeter(url: string): Promise<{ stop(): Promise<StallReport> }> {
  const child = fork(fileURLToPath(new URL('./stallWorker.ts', import.meta.url)), [url], {
    execArgv: ['--import', 'tsx'],
  });
  await new Promise((resolve) => child.once('message', resolve));
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('message', (report: StallReport) => resolve(report));
        child.send('stop');
      }),
  };
}

const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const SEED = 20261206;
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'cpu-prof-dir': { type: 'string' },
  },
});
/** How long an attack may run before it is taken as fully served, ms. */
const ATTACK_GUARD_MS = 120_000;

interface Server {
  readonly url: string;
  readonly token: string;
  readonly pid: number;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hindsight-stalls-'));
  const store = await openWorkspaceStore({ dataDir });
  const { token } = await apiTokens(store).create({ name: 'bench', scope: 'admin' });
  await store.close();
  const { DATABASE_URL: _d, REDIS_URL: _r, ...env } = process.env;
  const profile = args['cpu-prof-dir'];
  const prof = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'src/server.ts'], {
    cwd: SERVER_DIR,
    env: { ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Hindsight is running at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    token,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Board {
  readonly id: string;
  readonly tokens: { participant: string; observer: string; facilitator: string };
}

async function createBoard(server: Server): Promise<Board> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ title: 'stalls' }),
  });
  return (await res.json()) as Board;
}

const ws = (server: Server, room: string, token: string) =>
  `${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}`;

/** Resolves when the socket is closed or has received `answers` messages (or the guard ends). */
async function settled(socket: RawSocket, answers: number): Promise<void> {
  const started = Date.now();
  let closed = false;
  void socket.closed.then(() => (closed = true));
  while (!closed && socket.received.messages < answers && Date.now() - started < ATTACK_GUARD_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends `updates` into a room and waits until the server has taken them (or refused). */
async function fill(server: Server, room: string, token: string, updates: Uint8Array[]) {
  const writer = await openRaw(ws(server, room, token));
  for (const message of updates) writer.ws.send(message);
  // A sync request answered after the updates means they were all handled before it.
  writer.ws.send(syncRequest(1));
  const before = writer.received.messages;
  await settled(writer, before + 1);
  writer.ws.terminate();
}

/** Waits until the board has a version taken when its room unloaded; false past the guard. */
async function closedVersion(server: Server, board: Board): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < ATTACK_GUARD_MS) {
    const res = await fetch(`${server.url}/api/boards/${board.id}/versions`, {
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    });
    const { versions } = (await res.json()) as { versions?: { reason: string }[] };
    if (versions?.some((v) => v.reason === 'closed')) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

interface Attack {
  /** What `--only` names it by. */
  readonly key: 'sync' | 'presence' | 'size';
  readonly name: string;
  /** Prepares the board; resolves with the attack, run while the meter pings. */
  prepare(server: Server, board: Board): Promise<() => Promise<string>>;
}

const MIB = 1024 * 1024;
/** The largest change and doc the server takes by default (MAX_UPDATE_BYTES, MAX_DOC_BYTES). */
const CHUNK = 256 * 1024;
const docMiB = 4;

const ATTACKS: Attack[] = [
  {
    key: 'sync',
    name: `300 sync requests of 9 bytes by an observer, a board doc at its ${docMiB} MiB limit`,
    async prepare(server, board) {
      const updates = textUpdates(prng(SEED), docMiB * MIB, CHUNK);
      await fill(server, board.id, board.tokens.participant, updates);
      return async () => {
        const attacker = await openRaw(ws(server, board.id, board.tokens.observer));
        for (let i = 0; i < 300; i++) attacker.ws.send(syncRequest(1000 + i));
        await settled(attacker, 300);
        attacker.ws.terminate();
        return `${attacker.received.messages} answers`;
      };
    },
  },
  {
    key: 'presence',
    name: 'a 7 MB presence state, then 300 presence queries, ten peers',
    async prepare(server, board) {
      const peers = await Promise.all(
        Array.from({ length: 10 }, () => openRaw(ws(server, board.id, board.tokens.observer))),
      );
      const state = presenceMessage([4242], JSON.stringify({ n: seededText(prng(SEED), 7e6) }));
      return async () => {
        const attacker = await openRaw(ws(server, board.id, board.tokens.observer));
        attacker.ws.send(state);
        for (let i = 0; i < 300; i++) attacker.ws.send(PRESENCE_QUERY);
        await settled(attacker, 300);
        attacker.ws.terminate();
        const relayed = peers.reduce((sum, p) => sum + p.received.bytes, 0);
        for (const peer of peers) peer.ws.terminate();
        return `${(relayed / MIB).toFixed(1)} MiB relayed`;
      };
    },
  },
  {
    key: 'size',
    name: `${args.quick ? 32 : 64} MiB written into one doc, then an observer joins, then the room unloads`,
    async prepare(server, board) {
      const updates = textUpdates(prng(SEED), (args.quick ? 32 : 64) * MIB, CHUNK);
      return async () => {
        const room = roomName(board.id);
        await fill(server, room, board.tokens.participant, updates);
        const joiner = await openRaw(ws(server, room, board.tokens.observer));
        joiner.ws.send(syncRequest(1));
        // The server's own sync request, then the answer: the doc's state in one message
        // (and what changed since, when the doc changed after that state was encoded).
        await settled(joiner, 2);
        joiner.ws.terminate();
        // Then the room unloads once idle (30 s): it is compacted and keeps a version of
        // the doc, all while the meter still pings.
        const unloaded = await closedVersion(server, board);
        return `joiner got ${(joiner.received.bytes / MIB).toFixed(1)} MiB${unloaded ? ', room unloaded' : ''}`;
      };
    },
  },
];

const only = args.only?.split(',');
const profiles = args['cpu-prof-dir'];
/** The monotonic clock in microseconds: a CPU profile's clock, in every process. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const rows: string[] = [];
for (const attack of ATTACKS.filter((a) => !only || only.includes(a.key))) {
  process.stderr.write(`${attack.name}…\n`);
  const server = await startServer();
  let row: string;
  const window = { from: 0, to: 0 };
  try {
    const board = await createBoard(server);
    const run = await attack.prepare(server, board);
    const meter = await startMeter(server.url);
    window.from = nowUs();
    const note = await run();
    window.to = nowUs();
    const { longestMs, pings } = await meter.stop();
    row = `| ${attack.name} | ${longestMs} ms | ${pings} | ${note} |`;
  } finally {
    await server.stop();
  }
  // The profile is written when the server exits.
  const profile = profiles ? mainThreadProfile(profiles, server.pid) : null;
  if (profile) {
    const task = longestTask(profile, window.from, window.to);
    row += ` ${task.ms} ms (${task.wallMs} ms wall): ${task.where} |`;
  }
  rows.push(row);
}
process.stdout.write(
  [
    `| attack (one connection) | longest /api/time stall | pings | outcome |${profiles ? ' longest server task (profile) |' : ''}`,
    `| --- | --- | --- | --- |${profiles ? ' --- |' : ''}`,
    ...rows,
  ].join('\n') + '\n',
);
