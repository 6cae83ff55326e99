/**
 * What components may ask of an open board. Implemented in src/sync/commands.ts on top
 * of shared's commands; declared here so that components never see Yjs.
 */
import type { NewCard } from '@hindsight/shared';

/** How this person appears to others (presence scope, never persisted in the doc). */
export interface LocalUser {
  readonly name: string;
  readonly color: string;
}

export interface BoardCommands {
  /** Adds a card; throws a ZodError for invalid input. Returns the new card's id. */
  addCard(input: NewCard): string;
  /** Replaces a card's text; throws a ZodError for invalid text; false if the card is gone. */
  editCard(id: string, text: string): boolean;
  /** Deletes a card; false if it was already gone. */
  deleteCard(id: string): boolean;
  /**
   * Brings back a card this tab deleted, if that deletion is still this tab's latest
   * change. Remote changes are never undone.
   */
  undoDelete(id: string): boolean;
  /** Publishes (or updates) this person's name and colour in presence. */
  setUser(user: LocalUser): void;
  /**
   * Says "I'm done" with a phase (presence field `ready`), or takes it back with null.
   * Cleared by itself when the phase changes.
   */
  setReady(phaseId: string | null): void;
}
