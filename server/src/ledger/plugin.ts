/**
 * The action ledger's upkeep: its rows are one more projection on the library index's
 * pipeline (search/indexer.ts: the same trigger, the same read of the server's own docs,
 * a board's rows replaced in one transaction), and changes made live on a board are
 * recorded in the actions' history with the connection they came from (liveHistory.ts).
 * After a status or reason changed on the board, the server deletes the acceptances that
 * no longer hold (entities/actionAcceptance.ts), so a won't do set again later is not
 * accepted by an acceptance of before. When a postmortem's last action is resolved, it
 * closes it if the workspace says so and tells `ledgerEvents` (closing.ts). An action a
 * person adds with no due date gets the workspace policy's (defaultDue.ts), and a peer's
 * write of that default's provenance is undone.
 */
import fp from 'fastify-plugin';
import {
  offersClosing,
  parseRoom,
  postmortemMap,
  readPostmortemOwner,
  readPostmortemStatus,
  setPostmortemStatus,
  readAcceptances,
  readActionItems,
  roomName,
  staleAcceptances,
  withdrawAcceptance,
} from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';
import { actionSettings } from '../routes/actionSettings.ts';
import { BoardQueue } from '../sync/boardQueue.ts';
import { ClosableEdges, ledgerEvents, type LedgerEvents } from './closing.ts';
import {
  giveDefaultDues,
  keepDueDefaultsServerOwned,
  watchNewActions,
  type AddedActions,
} from './defaultDue.ts';
import type { HistoryRecord } from './ledgerStore.ts';
import { watchAcceptances, watchActions } from './liveHistory.ts';
import { knownPeopleOf, ledgerRowsFromDocs, withKnownOwners } from './projection.ts';

/** Origin of the server's close of a postmortem whose actions are all resolved, and reopening. */
const CLOSE_ORIGIN = Symbol('hindsight:auto-close');

/** Origin of the server's deletions of acceptances that no longer hold. */
const PRUNE_ORIGIN = Symbol('hindsight:acceptances');

declare module 'fastify' {
  interface FastifyInstance {
    /** What the ledger tells: 'closable' when a postmortem's last action is resolved (closing.ts). */
    ledgerEvents: LedgerEvents;
  }
}

export default fp(
  async (app) => {
    const { rooms, store } = app;
    const events = ledgerEvents();
    const edges = new ClosableEdges();
    app.decorate('ledgerEvents', events);
    const closing = new BoardQueue(app.log, 'could not close a postmortem');
    const known = knownPeopleOf((id) => app.workspace.people.find(id));
    app.searchIndexer.addProjection((board, boardDoc, facilitationDoc) => {
      const rows = ledgerRowsFromDocs(board.id, boardDoc, facilitationDoc);
      const status = readPostmortemStatus(boardDoc, facilitationDoc);
      const closable = offersClosing(status, rows);
      const owners = readPostmortemOwner(facilitationDoc).names;
      const resolvedAt = Math.max(0, ...rows.map((r) => r.updatedAt));
      const facilitatorPersonId = board.createdBy?.kind === 'person' ? board.createdBy.id : null;
      // Closed, then an action reopened: it reads as open; the server records it so.
      const reopened = postmortemMap(boardDoc).get('status') === 'closed' && status !== 'closed';
      return async (fence) => {
        await store.replaceBoardActions(board.id, await withKnownOwners(rows, known), fence);
        if (reopened)
          void closing.run(board.id, async () => void (await setNow(board.id, 'actions open')));
        if (!edges.becomes(board.id, closable)) return;
        void closing.run(board.id, async () => {
          const { autoClose } = await actionSettings(app);
          const closed = autoClose && (await setNow(board.id, 'closed'));
          events.emit('closable', {
            boardId: board.id,
            title: board.title,
            owners,
            closed,
            facilitatorPersonId,
            resolvedAt,
          });
        });
      };
    });

    /** Sets the postmortem's status as the server; closing still needs every action resolved. */
    const setNow = (boardId: string, status: 'closed' | 'actions open') =>
      rooms.withRooms(
        [roomName(boardId), roomName(boardId, 'facilitation')],
        ([b, f]) => setPostmortemStatus(b!.doc, status, CLOSE_ORIGIN, f!.doc).ok,
      );

    const queue = new BoardQueue(app.log, 'could not withdraw stale acceptances');
    const prune = (boardId: string) =>
      queue.run(boardId, () =>
        rooms.withRooms(
          [roomName(boardId), roomName(boardId, 'facilitation')],
          ([board, facilitation]) => {
            const doc = facilitation!.doc;
            const stale = staleAcceptances(readAcceptances(doc), readActionItems(board!.doc));
            if (stale.length === 0) return;
            doc.transact(() => {
              for (const id of stale) withdrawAcceptance(doc, id, PRUNE_ORIGIN);
            }, PRUNE_ORIGIN);
          },
        ),
      );

    const dues = new BoardQueue(app.log, 'could not give default due dates');
    const giveDues = (boardId: string) => (added: AddedActions) =>
      void dues.run(boardId, async () => {
        const { duePolicy } = await actionSettings(app);
        await rooms.withRooms([roomName(boardId)], ([board]) => {
          giveDefaultDues(board!.doc, added, duePolicy);
        });
      });

    /** Records a resident room's live changes under its lease (refused once taken over). */
    const record = (boardId: string, fence: Fence | undefined) => (records: HistoryRecord[]) => {
      store.appendHistory(records, fence).catch((err: unknown) =>
        app.storageHealth.logWriteFailure(app.log, err, 'could not record action history', {
          board: boardId,
        }),
      );
    };

    /** The watch of each resident board and facilitation doc, by room name, to stop at unload. */
    const watching = new Map<string, () => void>();
    rooms.addHooks({
      afterLoad(room) {
        const ref = parseRoom(room.name);
        if (ref?.kind === 'facilitation') {
          const recordHere = record(ref.boardId, room.fence);
          watching.set(room.name, watchAcceptances(ref.boardId, room.doc, recordHere));
        }
        if (ref?.kind !== 'board') return;
        const recordHere = record(ref.boardId, room.fence);
        const stopForgery = keepDueDefaultsServerOwned(room.doc);
        const stopDues = watchNewActions(room.doc, giveDues(ref.boardId));
        const stopHistory = watchActions(ref.boardId, room.doc, (records) => {
          recordHere(records);
          if (records.some((r) => r.field === 'status' || r.field === 'reason')) {
            void prune(ref.boardId);
          }
        });
        watching.set(room.name, () => {
          stopForgery();
          stopDues();
          stopHistory();
        });
      },
      beforeUnload(room) {
        watching.get(room.name)?.();
        watching.delete(room.name);
      },
    });
    app.addHook('preClose', async () => {
      await queue.drain();
      await closing.drain();
      await dues.drain();
    });
  },
  { name: 'ledger', dependencies: ['store', 'rooms', 'searchIndexer'] },
);
