/**
 * A board's index entry from its two shared docs (never a private doc), through the same
 * document the export renders: what the library finds is what the postmortem says.
 */
import type * as Y from 'yjs';
import { postmortemFromDocs } from '@hindsight/shared';
import type { BoardRecord } from '../storage/store.ts';
import { entryOf, type IndexEntry } from './entry.ts';

export function entryFromDocs(
  board: BoardRecord,
  boardDoc: Y.Doc,
  facilitationDoc: Y.Doc,
  now: number,
): IndexEntry {
  const { id: boardId, title, template, createdAt } = board;
  const document = postmortemFromDocs(boardDoc, facilitationDoc, {
    boardId,
    meta: { title, template, createdAt },
    now,
  });
  return entryOf(document, createdAt);
}
