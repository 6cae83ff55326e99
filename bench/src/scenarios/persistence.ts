/**
 * Persistence of ours, in the bench process (the other servers keep nothing), on one
 * store: appends per second straight into the store (one transaction per update), appends
 * per second through a Room (one update per event-loop turn, as a busy writer sends them,
 * merged per turn by the room), and the reload time of a board whose log holds many
 * updates. sections/persistence.ts runs it on SQLite and on Postgres, side by side.
 */
import type { Store } from '../../../server/src/storage/store.ts';
import { Room, type RoomOptions } from '../../../server/src/sync/room.ts';
import { encodeUpdate } from '../../../server/src/sync/protocol.ts';
import type { Peer } from '../../../server/src/sync/peer.ts';
import { CardEditor } from '../boardDoc.ts';

export interface PersistenceOptions {
  /** Updates appended in each of the two append runs. */
  readonly appends: number;
  /** Updates in the log of the board that is reloaded. */
  readonly reloadUpdates: number;
}

export interface PersistenceResult {
  readonly storeAppendsPerSecond: number;
  readonly roomAppendsPerSecond: number;
  readonly reloadUpdates: number;
  readonly reloadMs: number;
}

/** A card created, then edited over and over: `count` updates as a writer produces them. */
function edits(count: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const editor = new CardEditor((u) => updates.push(u));
  updates.push(editor.state());
  for (let i = 1; i < count; i++) editor.edit();
  editor.doc.destroy();
  return updates;
}

const silent = (): void => undefined;
const log = {
  level: 'silent',
  fatal: silent,
  error: silent,
  warn: silent,
  info: silent,
  debug: silent,
  trace: silent,
  silent,
  child: () => log,
} as unknown as RoomOptions['log'];

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs on an empty `store`; the caller opens and removes it. */
export async function runPersistence(
  store: Store,
  options: PersistenceOptions,
): Promise<PersistenceResult> {
  const updates = edits(options.appends);

  let start = performance.now();
  for (const u of updates) await store.appendUpdates('direct', [u]);
  const storeAppendsPerSecond = (updates.length / (performance.now() - start)) * 1000;

  const room = await Room.load('through-room', { store, log, compactAfter: 500 });
  const peer: Peer = {
    role: 'participant',
    memberId: null,
    canWrite: true,
    send: silent,
    close: silent,
  };
  room.join(peer);
  const messages = updates.map(encodeUpdate);
  start = performance.now();
  for (const m of messages) {
    room.receive(peer, m);
    await turn();
  }
  await room.flush();
  const roomAppendsPerSecond = (messages.length / (performance.now() - start)) * 1000;
  await room.close(1000, 'done');

  const logged = edits(options.reloadUpdates);
  for (let i = 0; i < logged.length; i += 1000)
    await store.appendUpdates('reload', logged.slice(i, i + 1000));
  start = performance.now();
  const reloaded = await Room.load('reload', { store, log, compactAfter: 500 });
  const reloadMs = performance.now() - start;
  reloaded.doc.destroy();

  return {
    storeAppendsPerSecond,
    roomAppendsPerSecond,
    reloadUpdates: logged.length,
    reloadMs,
  };
}
