/**
 * What components may ask of the discussion, the actions, the owner, the follow-up and
 * the status. Implemented in src/sync/postmortemCommands.ts on shared's entity commands
 * (board doc; "I own this" in the member's private doc), and what only the facilitator
 * decides on the facilitation doc; declared here so that components never see Yjs.
 * Every command throws a ZodError for bad input.
 */
import type {
  ActionItemPatch,
  ActionItemStatus,
  CloseCheck,
  FollowUp,
  NewActionItem,
  NewFollowUp,
  PostmortemStatus,
  ProseInput,
  StatusChange,
  TextChange,
  WhyInput,
  WhyPatch,
} from '@hindsight/shared';
import type { PostmortemStore } from './postmortemStore.ts';

export interface PostmortemCommands {
  /** Prose fields take a field's change, merged with others' edits as text. */
  setNotes(clusterId: string, notes: ProseInput): void;
  setReduceImpact(clusterId: string, answer: ProseInput): void;
  /** Adds a level at the end of the chain; returns its id. */
  addWhy(clusterId: string, input?: WhyInput): string;
  editWhy(clusterId: string, levelId: string, patch: WhyPatch): boolean;
  removeWhy(clusterId: string, levelId: string): boolean;
  /** Marks the root cause (one per cluster), or clears it with null. */
  markRootCause(clusterId: string, levelId: string | null): boolean;
  addFactor(clusterId: string, text: string): string;
  editFactor(clusterId: string, factorId: string, text: ProseInput): boolean;
  removeFactor(clusterId: string, factorId: string): boolean;

  addAction(input: NewActionItem): string;
  editAction(id: string, patch: ActionItemPatch): boolean;
  /** A bare status, or blocked and won't do with their reason. */
  setActionStatus(id: string, status: ActionItemStatus | StatusChange): boolean;
  /**
   * "I own this": the owner's explicit commitment, said in this member's private doc;
   * the server publishes it when the owner is this member's name. False when the action
   * has no owner or this tab has no private doc (observers).
   */
  confirmOwner(id: string): boolean;
  deleteAction(id: string): boolean;
  /** Brings back an action this tab deleted, if that is still its latest deletion. */
  undoDeleteAction(id: string): boolean;

  /** Schedules the review; also throws an Error for a time the clocks skip. */
  setFollowUp(input: NewFollowUp): FollowUp;
  clearFollowUp(): void;

  /** Sets the status; `closed` is refused, with the reason, while an action is open. */
  setStatus(status: PostmortemStatus): CloseCheck;
}

/** What the facilitator decides for the team (facilitation doc). */
export interface PostmortemFacilitation {
  /** Moves the team to this cluster in the Discuss phase; its time starts now. */
  focus(clusterId: string): void;
  /** Records the postmortem owner(s) the team agreed on. */
  setOwners(names: readonly string[]): void;
  clearOwners(): void;
  /** Replaces the whole list (back to the usual list). */
  setResponsibilities(responsibilities: readonly string[]): void;
  /** Adds one at the end; throws a ZodError for a blank or too long one, or a full list. */
  addResponsibility(text: string): void;
  /**
   * Edits the `index`-th responsibility in place by a field's change, so others' words
   * typed meanwhile are kept; throws a ZodError for a blank or too long one.
   */
  editResponsibility(index: number, change: TextChange): void;
  /** Removes the `index`-th responsibility; the last one stays. */
  removeResponsibility(index: number): void;
  /** Accepts a won't do whose reason reads `reason`: it then counts as resolved. */
  acceptWontDo(actionId: string, reason: string): void;
}

/** The postmortem's store and commands, as a board session hands them out. */
export interface PostmortemSession {
  readonly store: PostmortemStore;
  readonly commands: PostmortemCommands;
  /** Null unless this tab runs the session. */
  readonly facilitation: PostmortemFacilitation | null;
}
