/**
 * What components may ask of the clustering board. Implemented in
 * src/sync/clusterCommands.ts on shared's cluster commands, under this tab's origin, the
 * only one its undo manager tracks: undo and redo take back this tab's own moves, never
 * anyone else's.
 */
import type { ClusterCommand, GroupOptions } from '@hindsight/shared';
import type { ClusterStore } from './clusterStore.ts';

/** A drag in progress as others see it: the card, and where it is (board coordinates). */
export interface DragPosition {
  readonly cardId: string;
  readonly x: number;
  readonly y: number;
}

export interface ClusterCommands {
  /** Runs what one drop resolved to, as one undoable step. False when its cluster is gone. */
  run(command: ClusterCommand): boolean;
  /** Runs several commands as one undoable step (a selection moved at once). */
  runAll(commands: readonly ClusterCommand[]): boolean;
  /** Starts a cluster from cards (optionally named and placed); returns its id. */
  group(cardIds: readonly string[], options?: GroupOptions): string;
  /** Names a cluster; a blank name clears it. Throws a ZodError for a name too long. */
  rename(clusterId: string, name: string): boolean;
  /** Takes back this tab's latest move; false when there is none. */
  undo(): boolean;
  /** Does again the move this tab last took back; false when there is none. */
  redo(): boolean;
  /** Says in presence which card this tab drags and where; sent at most ~20 times a second. */
  dragMove(drag: DragPosition): void;
  /** Says the drag is over (dropped or cancelled), at once. */
  dragEnd(): void;
  /** Replaces the selection (session state of this tab). */
  select(cardIds: readonly string[]): void;
  /** Ticks a card, or unticks it when it was ticked. */
  toggleSelected(cardId: string): void;
}

/** The clustering board's store and commands, as a board session hands them out. */
export interface ClusterSession {
  readonly store: ClusterStore;
  readonly commands: ClusterCommands;
}
