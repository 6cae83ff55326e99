/**
 * A board's two shared docs read straight from the store, migrated in memory to the
 * current layout and never written back: for reading a board without loading its rooms
 * (the reindex command, and the index's last read while the server shuts down).
 */
import * as Y from 'yjs';
import { migrateDoc, roomName, storedLayoutVersion, type DocKind } from '@hindsight/shared';
import type { Store } from '../storage/store.ts';

/** A room's doc as stored, at the current layout (migrated here, in memory only). */
async function readDoc(store: Store, room: string, kind: DocKind, board?: Y.Doc): Promise<Y.Doc> {
  const stored = await store.loadDoc(room);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const empty = stored.snapshot === null && stored.updates.length === 0;
  const from = storedLayoutVersion(kind, stored.schemaVersion, empty);
  migrateDoc(kind, doc, from, { board });
  return doc;
}

/** The board doc and the facilitation doc of a board, as stored. */
export async function storedDocs(
  store: Store,
  boardId: string,
): Promise<{ board: Y.Doc; facilitation: Y.Doc }> {
  const board = await readDoc(store, roomName(boardId), 'board');
  const facilitation = await readDoc(
    store,
    roomName(boardId, 'facilitation'),
    'facilitation',
    board,
  );
  return { board, facilitation };
}
