/**
 * A board's history (DESIGN.md, "Integrity and history"): the server keeps versions of
 * each board doc and the facilitator can restore one.
 *
 * Versions are taken by the rules of history/policy.ts: when the session moves to
 * another phase, just before the reveal, a while after edits, before every restore, and
 * when the board closes after edits. Only the board doc is versioned: it is the doc
 * participants write. The facilitation doc holds the live meeting (phase, timer, the
 * reveal, which never goes back) and what the server projects from private docs (the
 * revealed cards, counts, the tally): restoring it would rewind the meeting or bring
 * back a card its author withdrew, so it is never restored. Private docs are never
 * read here.
 *
 * A restore is a new change on top: the difference between the board doc and the
 * version is written by the server under {@link RESTORE_ORIGIN}, relayed to every peer
 * and stored like any edit. An undo manager that tracks only that origin undoes and
 * redoes restores while the board stays loaded; after that, the version taken before
 * the restore brings the earlier state back.
 */
import fp from 'fastify-plugin';
import * as Y from 'yjs';
import {
  BOARD_ROOTS,
  compareDigests,
  describeChanges,
  digestHash,
  parseRoom,
  phaseById,
  randomId,
  readPlan,
  readSession,
  restoreContent,
  roomName,
  SCHEMA_VERSIONS,
  templateById,
  type RestoreStack,
  type VersionList,
  type VersionReason,
} from '@hindsight/shared';
import { DEFAULT_HISTORY_POLICY, versionsToDrop, type HistoryPolicy } from '../history/policy.ts';
import { versionBuilder } from '../history/versionBuilder.ts';
import { decodeVersion } from '../history/versionContent.ts';
import type { Fence } from '../cluster/leases.ts';
import type { Room } from '../sync/room.ts';

/** Origin of the server's restores; the only origin the restore undo manager tracks. */
export const RESTORE_ORIGIN = Symbol('hindsight:restore');

/** Board doc roots the history leaves alone: facts the server owns, not content. */
const SERVER_OWNED = new Set<string>([BOARD_ROOTS.legacyMeta]);

export type RestoreOutcome = RestoreStack | 'unknown-version' | 'board-full';
export interface StepOutcome {
  readonly done: boolean;
  readonly restores: RestoreStack;
}

export interface HistoryService {
  /** The board's versions, newest first, each with what changed since the one before. */
  list(boardId: string): Promise<VersionList>;
  /**
   * A version's content in a new doc, for a read-only preview; null for an unknown
   * version. The caller destroys the doc.
   */
  open(boardId: string, versionId: string): Promise<Y.Doc | null>;
  /** Restores a version as a new change, after keeping the current state as a version. */
  restore(boardId: string, versionId: string): Promise<RestoreOutcome>;
  /**
   * Undoes the last restore (or redoes the last undone one) while the board is loaded;
   * `done` is false when there was none.
   */
  undo(boardId: string): Promise<StepOutcome>;
  redo(boardId: string): Promise<StepOutcome>;
}

declare module 'fastify' {
  interface FastifyInstance {
    history: HistoryService;
  }
}

/** What the history follows of one board while its rooms are loaded. */
interface Tracked {
  /** Edits not yet in a version, and the timer that will take one. */
  editTimer?: NodeJS.Timeout | undefined;
  /** The phase and reveal last seen in the facilitation doc. */
  phaseId?: string | null;
  revealed?: boolean;
  /** Digest hash and time of the newest version, once known. */
  newest?: { readonly hash: string; readonly at: number } | undefined;
  /** Undoes and redoes restores; lives with the board doc it was made for. */
  undo?: { readonly doc: Y.Doc; readonly manager: Y.UndoManager };
}

const NO_STACK: RestoreStack = { canUndo: false, canRedo: false };

/**
 * A board room's state read for a version, not stored yet: the doc as it was when it was
 * captured, encoded off the event loop when large (Room.encodedState); the rest of the
 * version is built from it later, off the event loop too.
 */
interface Capture {
  readonly state: Promise<Uint8Array>;
  readonly schemaVersion: number;
  /** The room's lease, which the version's writes carry: refused once the board moved on. */
  readonly fence: Fence | undefined;
}

export interface HistoryPluginOptions {
  readonly policy?: Partial<HistoryPolicy>;
}

export default fp<HistoryPluginOptions>(
  async (app, options) => {
    const { rooms, store, versions } = app;
    const policy: HistoryPolicy = { ...DEFAULT_HISTORY_POLICY, ...options.policy };
    const tracked = new Map<string, Tracked>();
    /** Set once the server shuts down: a version put off for the store is not taken then. */
    let closing = false;
    const queues = new Map<string, Promise<unknown>>();
    const builder = versionBuilder();
    const trackedOf = (boardId: string) => {
      let t = tracked.get(boardId);
      if (!t) tracked.set(boardId, (t = {}));
      return t;
    };

    /** Runs `fn` after every earlier task of the board: versions and restores in order. */
    function enqueue<T>(boardId: string, fn: () => Promise<T>): Promise<T> {
      const run = (queues.get(boardId) ?? Promise.resolve()).then(fn, fn);
      const settled = run.catch(() => undefined);
      queues.set(boardId, settled);
      void settled.then(() => {
        if (queues.get(boardId) === settled) queues.delete(boardId);
      });
      return run;
    }

    /** What a version holds, read from a board room at once (its doc may go next). */
    function capture(room: Room): Capture {
      return {
        state: room.encodedState(),
        schemaVersion: room.schemaVersion ?? SCHEMA_VERSIONS.board,
        fence: room.fence,
      };
    }

    /** Stores a captured version unless it equals the newest; then lets old ones go. */
    async function keep(boardId: string, captured: Capture, reason: VersionReason, label: string) {
      const { schemaVersion, fence } = captured;
      const state = await captured.state;
      const snap = { ...(await builder.build(state, [...SERVER_OWNED])), schemaVersion };
      let newest = tracked.get(boardId)?.newest;
      if (newest === undefined) {
        const stored = (await versions.listVersions(boardId))[0];
        newest = { hash: stored ? digestHash(stored.digest) : '', at: stored?.takenAt ?? 0 };
      }
      if (snap.hash !== newest.hash) {
        // Strictly after the newest, so the order of versions never rests on a tie.
        const takenAt = Math.max(Date.now(), newest.at + 1);
        const { digest, schemaVersion, content } = snap;
        const record = { id: randomId(16), boardId, takenAt, reason, label, schemaVersion, digest };
        await versions.addVersion(record, content, fence);
        newest = { hash: snap.hash, at: takenAt };
        const drop = versionsToDrop(await versions.listVersions(boardId), takenAt, policy);
        if (drop.length > 0) await versions.deleteVersions(boardId, drop, fence);
      }
      const t = tracked.get(boardId);
      if (t) t.newest = newest;
    }

    /** Keeps a version of a board room, now; its edits are then all in a version. */
    function take(boardId: string, room: Room, reason: VersionReason, label: string) {
      const t = tracked.get(boardId);
      if (t) {
        clearTimeout(t.editTimer);
        t.editTimer = undefined;
      }
      return keep(boardId, capture(room), reason, label);
    }

    /**
     * Takes a version of the board doc, loading it if needed. While the store cannot write
     * the version is taken once it can, of the doc as it is then.
     */
    function takeOfBoard(boardId: string, reason: VersionReason, label: string): Promise<void> {
      if (!app.storageHealth.writable) {
        app.log.debug({ board: boardId, reason }, 'history: the version waits for the store');
        void app.storageHealth
          .whenWritable()
          .then(() => (closing ? undefined : takeOfBoard(boardId, reason, label)));
        return Promise.resolve();
      }
      // Another process owns the board (this room only visits it): that one keeps versions.
      return enqueue(boardId, () =>
        rooms.withRooms([roomName(boardId)], ([room]) =>
          room!.isVisitor ? undefined : take(boardId, room!, reason, label),
        ),
      ).catch((err: unknown) =>
        app.storageHealth.logWriteFailure(app.log, err, 'could not keep a version of the board', {
          board: boardId,
        }),
      );
    }

    /** A peer edited the board doc: a version is due a while after the first such edit. */
    function edited(boardId: string): void {
      const t = trackedOf(boardId);
      if (t.editTimer) return;
      t.editTimer = setTimeout(() => {
        t.editTimer = undefined;
        void takeOfBoard(boardId, 'edits', 'After edits');
      }, policy.editsEveryMs);
      t.editTimer.unref();
    }

    /** The facilitator changed the facilitation doc: a new phase or the reveal? */
    async function sessionChanged(boardId: string, facilitation: Y.Doc): Promise<void> {
      const t = trackedOf(boardId);
      const { phaseId, revealed, status } = readSession(facilitation);
      const before = { phaseId: t.phaseId, revealed: t.revealed };
      t.phaseId = phaseId;
      t.revealed = revealed;
      if (before.phaseId === undefined) return;
      if (revealed && !before.revealed) {
        // The board doc is not touched by the reveal: its state now is its state before.
        return takeOfBoard(boardId, 'reveal', 'Before the reveal');
      }
      if (phaseId === before.phaseId) return;
      const board = await store.getBoard(boardId);
      const phase = phaseById(readPlan(facilitation, templateById(board?.template)), phaseId);
      const label = phase
        ? `Moved to ${phase.title}`
        : status === 'finished'
          ? 'Session finished'
          : 'Left the agenda';
      return takeOfBoard(boardId, 'phase', label);
    }

    function stackOf(boardId: string): RestoreStack {
      const undo = tracked.get(boardId)?.undo;
      return undo ? { canUndo: undo.manager.canUndo(), canRedo: undo.manager.canRedo() } : NO_STACK;
    }

    function undoManagerOf(boardId: string, room: Room): Y.UndoManager {
      const t = trackedOf(boardId);
      if (t.undo?.doc !== room.doc) {
        t.undo?.manager.destroy();
        const manager = new Y.UndoManager(room.doc, {
          trackedOrigins: new Set([RESTORE_ORIGIN]),
          // Every restore is a step of its own, however close to the last.
          captureTimeout: 0,
        });
        t.undo = { doc: room.doc, manager };
      }
      return t.undo.manager;
    }

    rooms.addHooks({
      afterLoad(room) {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'facilitation') return;
        const session = readSession(room.doc);
        const t = trackedOf(ref.boardId);
        t.phaseId = session.phaseId;
        t.revealed = session.revealed;
      },
      afterPeerUpdate(room) {
        const ref = parseRoom(room.name);
        if (ref?.kind === 'board') edited(ref.boardId);
        if (ref?.kind === 'facilitation') void sessionChanged(ref.boardId, room.doc);
      },
      beforeUnload(room) {
        const ref = parseRoom(room.name);
        const t = ref && tracked.get(ref.boardId);
        if (!t) return;
        if (ref.kind === 'facilitation') {
          t.phaseId = t.revealed = undefined;
        } else if (ref.kind === 'board') {
          // The room is going away: its last edits are read from the doc in hand now and
          // stored after it has gone, under the board's lease, which is kept until then
          // (a drain's next owner would refuse it).
          if (t.editTimer) {
            clearTimeout(t.editTimer);
            t.editTimer = undefined;
            const snap = capture(room);
            const boardId = ref.boardId;
            const last = enqueue(boardId, () =>
              keep(boardId, snap, 'closed', 'Last edits before the board closed'),
            );
            rooms.keepLeaseFor(boardId, last);
            last.catch((err: unknown) =>
              app.storageHealth.logWriteFailure(
                app.log,
                err,
                'could not keep a version of the board',
                {
                  board: boardId,
                },
              ),
            );
          }
          t.undo?.manager.destroy();
          t.undo = t.newest = undefined;
        }
        if (t.phaseId === undefined && t.undo === undefined && !t.editTimer) {
          tracked.delete(ref.boardId);
        }
      },
    });

    const history: HistoryService = {
      async list(boardId) {
        const records = await versions.listVersions(boardId);
        return {
          versions: records.map((v, i) => {
            const changes = compareDigests(records[i + 1]?.digest ?? {}, v.digest);
            const { id, takenAt, reason, label, bytes } = v;
            return {
              id,
              takenAt,
              reason,
              label,
              bytes,
              changes,
              summary: describeChanges(changes),
            };
          }),
          restores: stackOf(boardId),
        };
      },

      async open(boardId, versionId) {
        const stored = await versions.readVersion(boardId, versionId);
        return stored ? await decodeVersion(stored.content, stored.schemaVersion) : null;
      },

      restore(boardId, versionId) {
        return enqueue(boardId, async () => {
          const stored = await versions.readVersion(boardId, versionId);
          if (!stored) return 'unknown-version' as const;
          const source = await decodeVersion(stored.content, stored.schemaVersion);
          try {
            return await rooms.withRooms([roomName(boardId)], async ([room]) => {
              // What a restore writes is at most the version's content: refused before
              // anything is written when that could pass the doc or board size limit.
              if (room!.sizeRefusal(Y.encodeStateAsUpdate(source).length, 'server')) {
                return 'board-full' as const;
              }
              await take(boardId, room!, 'restore', 'Before a restore');
              const manager = undoManagerOf(boardId, room!);
              restoreContent(room!.doc, source, RESTORE_ORIGIN, (name) => SERVER_OWNED.has(name));
              trackedOf(boardId).newest = undefined;
              return { canUndo: manager.canUndo(), canRedo: manager.canRedo() };
            });
          } finally {
            source.destroy();
          }
        });
      },

      undo: (boardId) => step(boardId, 'undo'),
      redo: (boardId) => step(boardId, 'redo'),
    };

    /** Undoes or redoes a restore, holding the board doc the undo manager was made for. */
    function step(boardId: string, direction: 'undo' | 'redo'): Promise<StepOutcome> {
      return enqueue(boardId, () =>
        rooms.withRooms([roomName(boardId)], async ([room]) => {
          const undo = tracked.get(boardId)?.undo;
          if (!undo || undo.doc !== room!.doc) return { done: false, restores: NO_STACK };
          const { manager } = undo;
          if (direction === 'undo' ? !manager.canUndo() : !manager.canRedo()) {
            return { done: false, restores: stackOf(boardId) };
          }
          const doing = direction === 'undo' ? 'undoing' : 'redoing';
          await take(boardId, room!, 'restore', `Before ${doing} a restore`);
          if (direction === 'undo') manager.undo();
          else manager.redo();
          return { done: true, restores: stackOf(boardId) };
        }),
      );
    }

    app.addHook('preClose', async () => {
      closing = true;
      // Rooms unload first (idempotent), so their last versions are queued before the
      // queues are awaited and the store closes.
      await rooms.closeAll();
      for (const t of tracked.values()) clearTimeout(t.editTimer);
      await Promise.all(queues.values());
      await builder.close();
    });
    app.decorate('history', history);
  },
  { name: 'history', dependencies: ['store', 'rooms'] },
);
