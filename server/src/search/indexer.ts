/**
 * Keeps the library's index current from the server's own copy of each board's shared
 * docs, never from what a client claims (DESIGN.md, "Beyond the meeting"). A change by a
 * peer to any doc of a board (a private doc too: the server then mirrors cards into the
 * facilitation doc) schedules the board, which is indexed a few seconds after its last
 * change and at most {@link MAX_DELAY_MS} after its first; a board whose room unloads is
 * indexed first, from the docs still in memory. Boards changed before the index existed
 * join it with `hindsight reindex`.
 *
 * The entry and the projections are the board owner's writes: they carry the fence of
 * its lease (cluster/leases.ts), so an owner paused or cut off past its lease cannot
 * write a stale entry over the next owner's; the next owner indexes the board itself.
 */
import fp from 'fastify-plugin';
import type * as Y from 'yjs';
import { parseRoom, roomName } from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';
import type { BoardRecord } from '../storage/store.ts';
import type { Room } from '../sync/room.ts';
import { KeyedDebounce } from './debounce.ts';
import { entryFromDocs } from './fromDocs.ts';
import { storedDocs } from './storedDocs.ts';

/** Quiet time after a board's last change before it is indexed, ms (SEARCH_INDEX_DELAY_MS). */
export const DELAY_MS = 2000;
/** The longest a board's index lags behind a board that keeps changing, ms. */
export const MAX_DELAY_MS = 30_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Indexes the board now if a change is waiting (tests, shutdown). */
    searchIndexer: {
      flush(boardId: string): Promise<void>;
      flushAll(): Promise<void>;
      /** Schedules the board as a peer's change would (the server's own writes do not). */
      schedule(boardId: string): void;
      /** Adds a projection that runs with every index write, on the same docs. */
      addProjection(projection: BoardProjection): void;
    };
  }
}

/**
 * Another relational copy kept on this pipeline (the action ledger): reads the docs
 * synchronously, then answers the write to make, which carries `fence` as the entry does.
 */
export type BoardProjection = (
  board: BoardRecord,
  boardDoc: Y.Doc,
  facilitationDoc: Y.Doc,
) => (fence: Fence | undefined) => Promise<void>;

export interface SearchIndexerOptions {
  /** Quiet time after a board's last change, ms; {@link DELAY_MS} unless given. */
  readonly delayMs?: number;
}

export default fp<SearchIndexerOptions>(
  async (app, { delayMs = DELAY_MS }) => {
    const { rooms, store } = app;
    /** Rooms being unloaded, by name, while their board is indexed. */
    const unloading = new Map<string, Room>();

    /**
     * The board's shared docs: in memory when resident or unloading, else as stored. The
     * indexer never loads a room: what it reads must not change which rooms are resident.
     */
    async function withDocs<T>(
      boardId: string,
      fn: (board: Y.Doc, facilitation: Y.Doc, fence: Fence | undefined) => T,
    ) {
      const names = [roomName(boardId), roomName(boardId, 'facilitation')];
      const [board, facilitation] = names.map((n) => unloading.get(n) ?? rooms.resident(n));
      // The lease the board's rooms here were loaded under (the same for each).
      const fence = board?.fence ?? facilitation?.fence;
      if (board && facilitation) return fn(board.doc, facilitation.doc, fence);
      const stored = await storedDocs(store, boardId);
      return fn(board?.doc ?? stored.board, facilitation?.doc ?? stored.facilitation, fence);
    }

    const projections: BoardProjection[] = [];
    /**
     * Each board waiting to be indexed: when it was last changed, ms (its entry's
     * `changedAt`), and the fence of the room the change was made in, if any.
     */
    const changed = new Map<string, { readonly at: number; readonly fence?: Fence }>();

    async function index(boardId: string): Promise<void> {
      // Taken first: a change while this runs schedules the board again, with its own time.
      const change = changed.get(boardId) ?? { at: Date.now() };
      changed.delete(boardId);
      const board = await store.getBoard(boardId);
      if (!board) return;
      const [entry, writes, resident] = await withDocs(
        boardId,
        (b, f, fence) =>
          [
            entryFromDocs(board, b, f, Date.now()),
            projections.map((project) => project(board, b, f)),
            fence,
          ] as const,
      );
      // Under the lease of the rooms read, else of the room changed: its docs, stored by
      // now, are the ones read, and a newer owner refuses what is read from them.
      const fence = resident ?? change.fence;
      await store.putPostmortem(entry, Date.now(), undefined, change.at, fence);
      for (const write of writes) await write(fence);
    }

    const debounce = new KeyedDebounce({
      delayMs,
      maxDelayMs: MAX_DELAY_MS,
      run: (boardId) =>
        index(boardId).catch((err: unknown) =>
          app.storageHealth.logWriteFailure(app.log, err, 'could not index the postmortem', {
            board: boardId,
          }),
        ),
    });

    const changedNow = (boardId: string, fence?: Fence) => {
      changed.set(boardId, fence ? { at: Date.now(), fence } : { at: Date.now() });
      debounce.schedule(boardId);
    };

    const schedule = (room: Room) => {
      const ref = parseRoom(room.name);
      if (ref) changedNow(ref.boardId, room.fence);
    };

    rooms.addHooks({
      afterPeerUpdate: schedule,
      async beforeUnload(room) {
        const ref = parseRoom(room.name);
        if (!ref || !debounce.isPending(ref.boardId) || ref.kind === 'private') return;
        unloading.set(room.name, room);
        try {
          await debounce.flush(ref.boardId);
        } finally {
          unloading.delete(room.name);
        }
      },
    });

    app.decorate('searchIndexer', {
      flush: (boardId: string) => debounce.flush(boardId),
      flushAll: () => debounce.flushAll(),
      schedule: (boardId: string) => changedNow(boardId),
      addProjection: (projection: BoardProjection) => void projections.push(projection),
    });
  },
  { name: 'searchIndexer', dependencies: ['store', 'rooms'] },
);
