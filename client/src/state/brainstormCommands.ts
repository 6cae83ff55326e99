/**
 * What a writer may ask of the brainstorm. Implemented in src/sync/brainstormCommands.ts
 * on shared's card commands, applied to this person's private doc (never the board doc):
 * the server mirrors the cards to everyone, without authors, once they are revealed.
 */
import type { NewCard } from '@hindsight/shared';
import type { BrainstormStore } from './brainstormStore.ts';

export interface BrainstormCommands {
  /** Adds a card to the private doc; throws a ZodError for invalid input. Returns its id. */
  addCard(input: NewCard): string;
  /** Replaces one of this person's cards' text; throws a ZodError; false if it is gone. */
  editCard(id: string, text: string): boolean;
  /** Withdraws one of this person's cards; false if it was already gone. */
  deleteCard(id: string): boolean;
  /** Brings back a card this tab withdrew, if that is still its latest card change. */
  undoDelete(id: string): boolean;
  /**
   * Says "I am writing" in presence; it clears itself after a few idle seconds. Call on
   * every keystroke in a composer that has text and focus.
   */
  noteTyping(): void;
  /** Clears "I am writing" at once (the composer lost focus, emptied or sent). */
  stopTyping(): void;
}

/** The brainstorm's store and, for writers, its commands, as a board session hands them out. */
export interface BrainstormSession {
  readonly store: BrainstormStore;
  /** Null for observers: they have no private doc. */
  readonly commands: BrainstormCommands | null;
}
