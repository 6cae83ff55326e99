/**
 * Rebuilds the library's index and the action ledger from the stored boards (`hindsight reindex`): every board
 * of the workspace, read from the store as the server stores it (storedDocs.ts), written
 * again through the same projection the live indexer uses. A board that cannot be read
 * is reported and skipped; the others are still indexed.
 */
import type { Store } from '../storage/store.ts';
import { ledgerRowsFromDocs, withKnownOwners, type KnownPeople } from '../ledger/projection.ts';
import { entryFromDocs } from './fromDocs.ts';
import { storedDocs } from './storedDocs.ts';

/** Boards read per page of the board list. */
const PAGE = 200;

export interface ReindexReport {
  readonly indexed: number;
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * Indexes one board from its stored docs (never a resident room), its library entry and
 * its ledger rows (owners' person ids checked against `known`); false when it is gone.
 */
export async function indexStoredBoard(
  store: Store,
  boardId: string,
  now: () => number,
  known: KnownPeople,
): Promise<boolean> {
  const board = await store.getBoard(boardId);
  if (!board) return false;
  const docs = await storedDocs(store, board.id);
  await store.putPostmortem(entryFromDocs(board, docs.board, docs.facilitation, now()), now());
  await store.replaceBoardActions(
    board.id,
    await withKnownOwners(ledgerRowsFromDocs(board.id, docs.board, docs.facilitation), known),
  );
  return true;
}

export async function reindex(
  store: Store,
  known: KnownPeople,
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
        if (await indexStoredBoard(store, row.id, now, known)) indexed += 1;
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
