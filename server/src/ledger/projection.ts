/**
 * A board's ledger rows from its board and facilitation docs: the same read the library
 * index makes, on the same pipeline (search/indexer.ts runs it after each index write).
 */
import type * as Y from 'yjs';
import {
  isResolved,
  ownerNames,
  priorityLevel,
  readActionItems,
  type ActionItemView,
} from '@hindsight/shared';
import type { LedgerRow } from './ledgerStore.ts';

export function ledgerRow(boardId: string, a: ActionItemView): LedgerRow {
  return {
    boardId,
    actionId: a.id,
    title: a.title.trim(),
    owner: a.owner ?? null,
    ownerNames: a.owner ? ownerNames(a.owner) : [],
    ownerPersonId: a.ownerPersonId ?? null,
    due: a.due ?? null,
    priority: a.quadrant ? priorityLevel(a.quadrant) : null,
    status: a.status,
    reason: a.reason ?? null,
    accepted: a.accepted === true,
    resolved: isResolved(a),
    ticket: a.link ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function ledgerRowsFromDocs(
  boardId: string,
  board: Y.Doc,
  facilitation: Y.Doc,
): LedgerRow[] {
  return readActionItems(board, facilitation).map((a) => ledgerRow(boardId, a));
}
