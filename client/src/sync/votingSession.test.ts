import { DEFAULT_VOTE_LIMITS, readVoting, recordTally } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createVotingSession } from './votingSession.ts';

const CLUSTER = 'clusterAAAA1';

describe('voting session', () => {
  it('puts dots in the private doc within the limits, and bridges only this person’s ballot', () => {
    const facilitation = new Y.Doc();
    const privateDoc = new Y.Doc();
    const session = createVotingSession(facilitation, privateDoc, false);
    const close = session.open();
    expect(session.controls).toBeNull();
    const limits = { ...DEFAULT_VOTE_LIMITS, perCluster: 2 };
    expect(session.commands?.cast(CLUSTER, limits)).toEqual({ ok: true, used: 1 });
    expect(session.commands?.cast(CLUSTER, limits)).toEqual({ ok: true, used: 2 });
    expect(session.commands?.cast(CLUSTER, limits)).toEqual({
      ok: false,
      message: 'At most 2 votes on one cluster',
    });
    expect(session.store.getState().ballot).toEqual({ [CLUSTER]: 2 });
    session.commands?.retract(CLUSTER);
    expect(session.store.getState().ballot).toEqual({ [CLUSTER]: 1 });
    // Nothing reached the facilitation doc.
    expect(facilitation.store.clients.size).toBe(0);
    close();
  });

  it('lets the facilitator open and close voting, and shows the tally the server writes', () => {
    const facilitation = new Y.Doc();
    const session = createVotingSession(facilitation, new Y.Doc(), true);
    const close = session.open();
    session.controls?.setStatus('open');
    expect(session.store.getState().voting.status).toBe('open');
    session.controls?.setStatus('closed');
    recordTally(facilitation, { tally: { [CLUSTER]: 3 }, voters: 2 });
    expect(session.store.getState().voting).toEqual(readVoting(facilitation));
    expect(session.store.getState().voting.tally).toEqual({ [CLUSTER]: 3 });
    close();
  });

  it('gives observers no ballot', () => {
    const session = createVotingSession(new Y.Doc(), null, false);
    expect(session.commands).toBeNull();
    expect(session.store.getState().canVote).toBe(false);
  });
});
