/**
 * The card commands components call, on top of shared's entity commands. Every local
 * change runs under this tab's origin, which is the only origin the undo manager tracks:
 * remote changes are never undone.
 */
import { addCard, cardsMap, deleteCard, editCard } from '@hindsight/shared';
import * as Y from 'yjs';
import type { BoardCommands } from '../state/boardCommands.ts';

/** Meta key on an undo stack item: the id of the card that item deleted. */
const DELETED_CARD = 'deletedCard';

export function createBoardCommands(
  doc: Y.Doc,
  presence: Pick<BoardCommands, 'setUser' | 'setReady'>,
): BoardCommands {
  /** Marks this tab's transactions. */
  const origin = { source: 'hindsight:local' };
  const undo = new Y.UndoManager(cardsMap(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });

  return {
    addCard: (input) => addCard(doc, input, origin),
    editCard: (id, text) => editCard(doc, id, text, origin),
    deleteCard(id) {
      undo.stopCapturing();
      const deleted = deleteCard(doc, id, origin);
      if (deleted) undo.undoStack.at(-1)?.meta.set(DELETED_CARD, id);
      return deleted;
    },
    undoDelete(id) {
      if (undo.undoStack.at(-1)?.meta.get(DELETED_CARD) !== id) return false;
      return undo.undo() !== null;
    },
    setUser: presence.setUser,
    setReady: presence.setReady,
  };
}
