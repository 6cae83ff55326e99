/**
 * The brainstorm's card commands on this person's private doc. Every change runs under
 * this tab's origin, the only one the undo manager tracks (remote changes, such as this
 * person's other tab, are never undone). Nothing here writes the board or facilitation
 * doc: the server mirrors the private cards to everyone once they are revealed.
 */
import { addCard, cardsMap, deleteCard, editCard } from '@hindsight/shared';
import * as Y from 'yjs';
import type { BrainstormCommands } from '../state/brainstormCommands.ts';
import type { TypingSignal } from './typingSignal.ts';

/** Meta key on an undo stack item: the id of the card that item withdrew. */
const DELETED_CARD = 'deletedCard';

export function createBrainstormCommands(
  privateDoc: Y.Doc,
  typing: TypingSignal,
): BrainstormCommands {
  /** Marks this tab's transactions. */
  const origin = { source: 'hindsight:private' };
  const undo = new Y.UndoManager(cardsMap(privateDoc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });

  return {
    addCard(input) {
      const id = addCard(privateDoc, input, origin);
      typing.stop();
      return id;
    },
    editCard: (id, text) => editCard(privateDoc, id, text, origin),
    deleteCard(id) {
      undo.stopCapturing();
      const deleted = deleteCard(privateDoc, id, origin);
      if (deleted) undo.undoStack.at(-1)?.meta.set(DELETED_CARD, id);
      return deleted;
    },
    undoDelete(id) {
      if (undo.undoStack.at(-1)?.meta.get(DELETED_CARD) !== id) return false;
      return undo.undo() !== null;
    },
    noteTyping: () => typing.activity(),
    stopTyping: () => typing.stop(),
  };
}
