/**
 * Join storm: a board of about 1 MB is resident (its writer stays connected), then many
 * clients open a connection at the same moment. Time to synced runs from that moment to
 * the arrival of a client's step 2. Each step 2 is checked after the storm: it must
 * decode and hold the whole board.
 */
import * as Y from 'yjs';
import { boardOfSize } from '../boardDoc.ts';
import { coversState, SimClient } from '../client.ts';
import { cpuMs, type RoomServer } from '../servers.ts';
import { mapLimit, summarize, waitFor, type Summary } from '../stats.ts';

export interface JoinStormOptions {
  readonly clients: number;
  readonly boardBytes: number;
  /**
   * Clients that join before the storm and wait to hold the whole board: behind a proxy,
   * one on each process, so that the board is open everywhere when the storm comes (as in
   * a meeting under way), not loaded by the storm itself.
   */
  readonly residents?: number;
}

/** One storm: each joiner's time to synced, ms, and what the server spent. */
export interface JoinStormRun {
  readonly times: number[];
  /** Each joiner's time to an open socket, ms. */
  readonly openTimes: number[];
  /** Joiners whose step 2 held the whole board. */
  readonly complete: number;
  readonly clients: number;
  readonly boardBytes: number;
  /** Server CPU over the storm, ms. */
  readonly cpuMs: number;
}

export interface JoinStormResult {
  readonly clients: number;
  readonly storms: number;
  /** Time to synced over all storms, ms. */
  readonly synced: Summary;
  /** Time to an open socket (upgrade answered) over all storms, ms. */
  readonly opened: Summary;
  /** Share of joiners whose step 2 held the whole board. */
  readonly completeShare: number;
  /** Server CPU per storm, ms. */
  readonly cpuMs: number;
}

export function summarizeStorms(runs: readonly JoinStormRun[]): JoinStormResult {
  const joiners = runs.reduce((n, r) => n + r.clients, 0);
  return {
    clients: runs[0]?.clients ?? 0,
    storms: runs.length,
    synced: summarize(runs.flatMap((r) => r.times)),
    opened: summarize(runs.flatMap((r) => r.openTimes)),
    completeShare: runs.reduce((n, r) => n + r.complete, 0) / Math.max(1, joiners),
    cpuMs: runs.reduce((n, r) => n + r.cpuMs, 0) / Math.max(1, runs.length),
  };
}

const STORM_TIMEOUT_MS = 120_000;

/** Builds the board once per size: every server gets the same bytes. */
const boards = new Map<number, { update: Uint8Array; state: Map<number, number> }>();

function board(bytes: number) {
  let b = boards.get(bytes);
  if (!b) {
    const { doc, update } = boardOfSize(bytes);
    b = { update, state: Y.decodeStateVector(Y.encodeStateVector(doc)) };
    doc.destroy();
    boards.set(bytes, b);
  }
  return b;
}

/** True when `doc` holds at least the state `expected` (a state vector as a map). */
function holds(doc: Y.Doc, expected: Map<number, number>): boolean {
  for (const [client, clock] of expected) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}

export async function runJoinStorm(
  server: RoomServer,
  options: JoinStormOptions,
): Promise<JoinStormRun> {
  const { update, state } = board(options.boardBytes);
  const room = await server.newRoom();
  const writer = new SimClient(room, { mode: 'decode' });
  await writer.synced;
  writer.sendState(update);
  await writer.roundTrip(Y.encodeStateVectorFromUpdate(update));
  const residents = Array.from(
    { length: options.residents ?? 0 },
    () => new SimClient(room, { mode: 'apply' }),
  );
  const resident = await waitFor(
    () => residents.every((c) => holds(c.doc!, state)),
    STORM_TIMEOUT_MS,
  );
  if (!resident) throw new Error('the residents did not get the whole board');

  const before = await server.usage();
  const start = performance.now();
  const joiners = Array.from(
    { length: options.clients },
    () => new SimClient(room, { mode: 'decode', deferStep2: true }),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, STORM_TIMEOUT_MS)));
  const times: number[] = [];
  const openTimes: number[] = [];
  for (const c of joiners) void c.opened.then((at) => openTimes.push(at - start));
  await Promise.race([
    Promise.allSettled(joiners.map((c) => c.synced.then((at) => times.push(at - start)))),
    deadline,
  ]);
  clearTimeout(timer);
  const after = await server.usage();

  const complete = joiners.filter((c) => c.step2 !== null && coversState(c.step2, state)).length;
  await mapLimit([writer, ...residents, ...joiners], 200, (c) => c.close());
  return {
    times,
    openTimes,
    complete,
    clients: options.clients,
    boardBytes: update.length,
    cpuMs: cpuMs(before, after),
  };
}
