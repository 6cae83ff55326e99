/**
 * Keeps the library's index current from the server's own copy of each board's shared
 * docs, never from what a client claims (DESIGN.md, "Beyond the meeting"). A change by a
 * peer to any doc of a board (a private doc too: the server then mirrors cards into the
 * facilitation doc) schedules the board, which is indexed a few seconds after its last
 * change and at most {@link MAX_DELAY_MS} after its first; a board whose room unloads is
 * indexed first, from the docs still in memory. Boards changed before the index existed
 * join it with `hindsight reindex`.
 */
import fp from 'fastify-plugin';
import type * as Y from 'yjs';
import { parseRoom, roomName } from '@hindsight/shared';
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
 * synchronously, then answers the write to make.
 */
export type BoardProjection = (
  board: BoardRecord,
  boardDoc: Y.Doc,
  facilitationDoc: Y.Doc,
) => () => Promise<void>;

export interface SearchIndexerOptions {
  /** Quiet time after a board's last change, ms; {@link DELAY_MS} unless given. */
  readonly delayMs?: number;
}

export default fp<SearchIndexerOptions>(
  async (app, { delayMs = DELAY_MS }) => {
    const { rooms, store } = app;
    /** Docs of rooms being unloaded, by room name, while their board is indexed. */
    const unloading = new Map<string, Y.Doc>();

    /**
     * The board's shared docs: in memory when resident or unloading, else as stored. The
     * indexer never loads a room: what it reads must not change which rooms are resident.
     */
    async function withDocs<T>(boardId: string, fn: (board: Y.Doc, facilitation: Y.Doc) => T) {
      const names = [roomName(boardId), roomName(boardId, 'facilitation')];
      const [board, facilitation] = names.map((n) => unloading.get(n) ?? rooms.resident(n)?.doc);
      if (board && facilitation) return fn(board, facilitation);
      const stored = await storedDocs(store, boardId);
      return fn(board ?? stored.board, facilitation ?? stored.facilitation);
    }

    const projections: BoardProjection[] = [];
    /** When each board waiting to be indexed was last changed, ms: its entry's `changedAt`. */
    const changed = new Map<string, number>();

    async function index(boardId: string): Promise<void> {
      // Taken first: a change while this runs schedules the board again, with its own time.
      const changedAt = changed.get(boardId) ?? Date.now();
      changed.delete(boardId);
      const board = await store.getBoard(boardId);
      if (!board) return;
      const [entry, writes] = await withDocs(
        boardId,
        (b, f) =>
          [
            entryFromDocs(board, b, f, Date.now()),
            projections.map((project) => project(board, b, f)),
          ] as const,
      );
      await store.putPostmortem(entry, Date.now(), undefined, changedAt);
      for (const write of writes) await write();
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

    const changedNow = (boardId: string) => {
      changed.set(boardId, Date.now());
      debounce.schedule(boardId);
    };

    const schedule = (room: Room) => {
      const ref = parseRoom(room.name);
      if (ref) changedNow(ref.boardId);
    };

    rooms.addHooks({
      afterPeerUpdate: schedule,
      async beforeUnload(room) {
        const ref = parseRoom(room.name);
        if (!ref || !debounce.isPending(ref.boardId) || ref.kind === 'private') return;
        unloading.set(room.name, room.doc);
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
      schedule: changedNow,
      addProjection: (projection: BoardProjection) => void projections.push(projection),
    });
  },
  { name: 'searchIndexer', dependencies: ['store', 'rooms'] },
);
