/**
 * Dot voting as this tab sees it. The voting bridge (src/sync/votingSession.ts) is its
 * only writer.
 *
 * Scopes: `voting` mirrors the facilitation doc (status and, once closed, the tally the
 * server wrote); `ballot` mirrors this person's private doc, which nobody else receives
 * (both **document**). Nobody's ballot but one's own is ever here.
 */
import { VOTING_NOT_STARTED, type Voting } from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface VotingState {
  readonly voting: Voting;
  /** This person's dots: cluster id → count. Empty for observers, who have no ballot. */
  readonly ballot: Readonly<Record<string, number>>;
  /** True when this tab has a private doc to vote in (facilitator, participant). */
  readonly canVote: boolean;
}

export type VotingStore = StoreApi<VotingState>;

export function createVotingStore(canVote: boolean): VotingStore {
  return createStore<VotingState>()(() => ({ voting: VOTING_NOT_STARTED, ballot: {}, canVote }));
}
