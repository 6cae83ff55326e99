/**
 * What components may ask of the dot vote. Implemented in src/sync/votingSession.ts on
 * shared's `castVote`, `retractVote` (this person's private doc) and `setVotingStatus`
 * (the facilitation doc, facilitator only). The limits are checked again by the server
 * when it tallies: these only keep an honest client within them.
 */
import type { VoteLimits, VoteResult, VotingStatus } from '@hindsight/shared';
import type { VotingStore } from './votingStore.ts';

export interface VoteCommands {
  /** Puts one of this person's dots on a cluster, within `limits`. */
  cast(clusterId: string, limits: VoteLimits): VoteResult;
  /** Takes one dot back from a cluster. */
  retract(clusterId: string): VoteResult;
}

export interface VotingControls {
  /** Opens, closes or resets voting; the server tallies the ballots when it closes. */
  setStatus(status: VotingStatus): void;
}

/** The vote's store and commands, as a board session hands them out. */
export interface VotingSession {
  readonly store: VotingStore;
  /** Null for observers: they have no private doc, so no ballot. */
  readonly commands: VoteCommands | null;
  /** Null unless this tab runs the session. */
  readonly controls: VotingControls | null;
}
