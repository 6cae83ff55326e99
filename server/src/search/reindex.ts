/**
 * Rebuilds the library's index from the stored boards (`hindsight reindex`): every board
 * of the workspace, read from the store as the server stores it (storedDocs.ts), written
 * again through the same projection the live indexer uses. A board that cannot be read
 * is reported and skipped; the others are still indexed.
 */
import type { Store } from '../storage/store.ts';
import { ledgerRowsFromDocs } from '../ledger/projection.ts';
import { entryFromDocs } from './fromDocs.ts';
import { storedDocs } from './storedDocs.ts';

/** Boards read per page of the board list. */
const PAGE = 200;

export interface ReindexReport {
  readonly indexed: number;
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

export async function reindex(
  store: Store,
  now: () => number = Date.now,
  progress: (done: number) => void = () => undefined,
): Promise<ReindexReport> {
  let indexed = 0;
  const failed: { id: string; reason: string }[] = [];
  let after = null;
  for (;;) {
    const boards = await store.listBoards(after, PAGE);
    for (const row of boards) {
      try {
        const board = await store.getBoard(row.id);
        if (!board) continue;
        const docs = await storedDocs(store, board.id);
        await store.putPostmortem(
          entryFromDocs(board, docs.board, docs.facilitation, now()),
          now(),
        );
        await store.replaceBoardActions(
          board.id,
          ledgerRowsFromDocs(board.id, docs.board, docs.facilitation),
        );
        indexed += 1;
      } catch (err) {
        failed.push({ id: row.id, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    progress(indexed);
    const last = boards.at(-1);
    if (boards.length < PAGE || !last) return { indexed, failed };
    after = { createdAt: last.createdAt, id: last.id };
  }
}
