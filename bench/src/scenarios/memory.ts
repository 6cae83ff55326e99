/**
 * Memory. Resident rooms: R rooms each holding the same board of known encoded size,
 * one client each; the heap per room is compared with that size, then every client
 * leaves and we check the memory comes back once the server unloads idle rooms.
 * Many rooms: R rooms x C clients on a small board, RSS and heap per room.
 * Every figure is read after a full GC in the server process.
 */
import * as Y from 'yjs';
import { boardOfSize } from '../boardDoc.ts';
import { SimClient } from '../client.ts';
import type { BenchServer, Room } from '../servers.ts';
import { mapLimit, sleep } from '../stats.ts';
import type { Usage } from '../ipc.ts';

const CONCURRENCY = 25;
/** How long to wait for a server to unload rooms nobody uses. */
const UNLOAD_WAIT_MS = 10_000;
/** A room count unchanged this long is taken as final; longer than the bench idle time of ours (1 s). */
const STEADY_MS = 2500;

export interface ResidentRoomsResult {
  readonly rooms: number;
  readonly boardBytes: number;
  /** Heap per resident room, bytes. */
  readonly heapPerRoom: number;
  readonly rssPerRoom: number;
  /** Heap per room still held after everyone left and the server had time to unload. */
  readonly retainedPerRoom: number;
  /** Rooms the server still held then. */
  readonly roomsLeft: number;
}

export interface ManyRoomsResult {
  readonly rooms: number;
  readonly clientsPerRoom: number;
  readonly rssBytes: number;
  readonly rssPerRoom: number;
  readonly heapPerRoom: number;
}

/**
 * New rooms' addresses. Made before the baseline is read: a board of ours is a row in its
 * database, and what is measured here is rooms and connections, not board creation.
 */
function newRooms(server: BenchServer, rooms: number): Promise<Room[]> {
  return mapLimit(Array.from({ length: rooms }), CONCURRENCY, () => server.newRoom());
}

/** Opens a room, pushes `state` into it and returns its writer plus `extra` synced clients. */
async function fillRoom(room: Room, state: Uint8Array, extra: number): Promise<SimClient[]> {
  const writer = new SimClient(room, { mode: 'decode' });
  await writer.synced;
  writer.sendState(state);
  await writer.roundTrip(Y.encodeStateVectorFromUpdate(state));
  const others = Array.from({ length: extra }, () => new SimClient(room, { mode: 'decode' }));
  await Promise.all(others.map((c) => c.synced));
  return [writer, ...others];
}

/** Waits until the server holds no rooms, or its count stops falling (the reference never unloads). */
async function settle(server: BenchServer): Promise<Usage> {
  let last = await server.usage();
  let steadySince = performance.now();
  const end = performance.now() + UNLOAD_WAIT_MS;
  while (last.rooms > 0 && performance.now() < end && performance.now() - steadySince < STEADY_MS) {
    await sleep(250);
    const now = await server.usage();
    if (now.rooms !== last.rooms) steadySince = performance.now();
    last = now;
  }
  return last;
}

async function closeAll(groups: SimClient[][]): Promise<void> {
  await mapLimit(groups.flat(), CONCURRENCY * 8, (c) => c.close());
}

export async function runResidentRooms(
  server: BenchServer,
  rooms: number,
  boardBytes: number,
): Promise<ResidentRoomsResult> {
  const { doc, update } = boardOfSize(boardBytes);
  doc.destroy();
  const addresses = await newRooms(server, rooms);
  await settle(server);
  const base = await server.gc();
  const groups = await mapLimit(addresses, CONCURRENCY, (room) => fillRoom(room, update, 0));
  const loaded = await server.gc();
  await closeAll(groups);
  await settle(server);
  const after = await server.gc();
  return {
    rooms,
    boardBytes: update.length,
    heapPerRoom: (loaded.heapUsed + loaded.external - base.heapUsed - base.external) / rooms,
    rssPerRoom: (loaded.rss - base.rss) / rooms,
    retainedPerRoom: (after.heapUsed + after.external - base.heapUsed - base.external) / rooms,
    roomsLeft: after.rooms,
  };
}

/** Where to write heap snapshots of the many-rooms scenario: before the rooms fill, and when full. */
export interface SnapshotPaths {
  readonly before: string;
  readonly after: string;
}

export async function runManyRooms(
  server: BenchServer,
  rooms: number,
  clientsPerRoom: number,
  snapshots?: SnapshotPaths,
): Promise<ManyRoomsResult> {
  const { doc, update } = boardOfSize(2_000);
  doc.destroy();
  const addresses = await newRooms(server, rooms);
  await settle(server);
  const base = await server.gc();
  if (snapshots) await server.snapshot(snapshots.before);
  const groups = await mapLimit(addresses, CONCURRENCY, (room) =>
    fillRoom(room, update, clientsPerRoom - 1),
  );
  const loaded = await server.gc();
  if (snapshots) await server.snapshot(snapshots.after);
  await closeAll(groups);
  return {
    rooms,
    clientsPerRoom,
    rssBytes: loaded.rss - base.rss,
    rssPerRoom: (loaded.rss - base.rss) / rooms,
    heapPerRoom: (loaded.heapUsed + loaded.external - base.heapUsed - base.external) / rooms,
  };
}
