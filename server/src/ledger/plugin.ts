/**
 * The action ledger's upkeep: its rows are one more projection on the library index's
 * pipeline (search/indexer.ts: the same trigger, the same read of the server's own docs,
 * a board's rows replaced in one transaction), and changes made live on a board are
 * recorded in the actions' history with the connection they came from (liveHistory.ts).
 */
import fp from 'fastify-plugin';
import { parseRoom } from '@hindsight/shared';
import { watchActions } from './liveHistory.ts';
import { ledgerRowsFromDocs } from './projection.ts';

export default fp(
  async (app) => {
    const { rooms, store } = app;
    app.searchIndexer.addProjection((board, boardDoc, facilitationDoc) => {
      const rows = ledgerRowsFromDocs(board.id, boardDoc, facilitationDoc);
      return () => store.replaceBoardActions(board.id, rows);
    });

    /** The watch of each resident board doc, by room name, to stop at unload. */
    const watching = new Map<string, () => void>();
    rooms.addHooks({
      afterLoad(room) {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'board') return;
        const stop = watchActions(ref.boardId, room.doc, (records) => {
          store.appendHistory(records).catch((err: unknown) =>
            app.storageHealth.logWriteFailure(app.log, err, 'could not record action history', {
              board: ref.boardId,
            }),
          );
        });
        watching.set(room.name, stop);
      },
      beforeUnload(room) {
        watching.get(room.name)?.();
        watching.delete(room.name);
      },
    });
  },
  { name: 'ledger', dependencies: ['store', 'rooms', 'searchIndexer'] },
);
