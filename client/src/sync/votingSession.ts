/**
 * The dot vote of an open board (DESIGN.md, "Anonymity is enforced"). Dots go into this
 * person's private doc, which only they and the server receive; the facilitator opens
 * and closes voting in the facilitation doc, and when it closes the server writes the
 * tally there. This tab therefore only ever holds its own ballot and the totals.
 *
 * Creating it has no side effects outside memory; `open()` bridges both docs (already
 * connected by the board and brainstorm sessions) until the returned function is called.
 */
import {
  castVote,
  facilitationMap,
  readVotes,
  readVoting,
  retractVote,
  setVotingStatus,
  votesMap,
  type Voting,
} from '@hindsight/shared';
import type * as Y from 'yjs';
import type { VotingSession } from '../state/votingCommands.ts';
import { createVotingStore } from '../state/votingStore.ts';

export interface OpenableVotingSession extends VotingSession {
  /** Bridges the facilitation doc and the private doc; returns the function that stops. */
  open(): () => void;
}

const sameVoting = (a: Voting, b: Voting) => JSON.stringify(a) === JSON.stringify(b);

export function createVotingSession(
  facilitationDoc: Y.Doc,
  privateDoc: Y.Doc | null,
  facilitator: boolean,
): OpenableVotingSession {
  const store = createVotingStore(privateDoc !== null);
  /** Marks this tab's ballot changes. */
  const ballotOrigin = { source: 'hindsight:vote' };
  /** Marks this tab's (the facilitator's) voting status changes. */
  const statusOrigin = { source: 'hindsight:voting' };

  return {
    store,
    commands: privateDoc && {
      cast: (clusterId, limits) => castVote(privateDoc, clusterId, limits, ballotOrigin),
      retract: (clusterId) => retractVote(privateDoc, clusterId, ballotOrigin),
    },
    controls: facilitator
      ? { setStatus: (status) => void setVotingStatus(facilitationDoc, status, statusOrigin) }
      : null,
    open() {
      const pushVoting = () => {
        const voting = readVoting(facilitationDoc);
        if (!sameVoting(voting, store.getState().voting)) store.setState({ voting });
      };
      const pushBallot = () => {
        if (privateDoc) store.setState({ ballot: Object.fromEntries(readVotes(privateDoc)) });
      };
      facilitationMap(facilitationDoc).observe(pushVoting);
      if (privateDoc) votesMap(privateDoc).observe(pushBallot);
      pushVoting();
      pushBallot();
      return () => {
        facilitationMap(facilitationDoc).unobserve(pushVoting);
        if (privateDoc) votesMap(privateDoc).unobserve(pushBallot);
      };
    },
  };
}
