/**
 * The action ledger's upkeep: its rows are one more projection on the library index's
 * pipeline (search/indexer.ts: the same trigger, the same read of the server's own docs,
 * a board's rows replaced in one transaction), and changes made live on a board are
 * recorded in the actions' history with the connection they came from (liveHistory.ts).
 * After a status or reason changed on the board, the server deletes the acceptances that
 * no longer hold (entities/actionAcceptance.ts), so a won't do set again later is not
 * accepted by an acceptance of before.
 */
import fp from 'fastify-plugin';
import {
  parseRoom,
  readAcceptances,
  readActionItems,
  roomName,
  staleAcceptances,
  withdrawAcceptance,
} from '@hindsight/shared';
import { BoardQueue } from '../sync/boardQueue.ts';
import type { HistoryRecord } from './ledgerStore.ts';
import { watchAcceptances, watchActions } from './liveHistory.ts';
import { ledgerRowsFromDocs } from './projection.ts';

/** Origin of the server's deletions of acceptances that no longer hold. */
const PRUNE_ORIGIN = Symbol('hindsight:acceptances');

export default fp(
  async (app) => {
    const { rooms, store } = app;
    app.searchIndexer.addProjection((board, boardDoc, facilitationDoc) => {
      const rows = ledgerRowsFromDocs(board.id, boardDoc, facilitationDoc);
      return () => store.replaceBoardActions(board.id, rows);
    });

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

    const record = (boardId: string) => (records: HistoryRecord[]) => {
      store.appendHistory(records).catch((err: unknown) =>
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
          watching.set(room.name, watchAcceptances(ref.boardId, room.doc, record(ref.boardId)));
        }
        if (ref?.kind !== 'board') return;
        const recordHere = record(ref.boardId);
        const stop = watchActions(ref.boardId, room.doc, (records) => {
          recordHere(records);
          if (records.some((r) => r.field === 'status' || r.field === 'reason')) {
            void prune(ref.boardId);
          }
        });
        watching.set(room.name, stop);
      },
      beforeUnload(room) {
        watching.get(room.name)?.();
        watching.delete(room.name);
      },
    });
    app.addHook('preClose', () => queue.drain());
  },
  { name: 'ledger', dependencies: ['store', 'rooms', 'searchIndexer'] },
);
