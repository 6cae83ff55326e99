import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { votesMap } from '../doc/layout.ts';
import {
  castVote,
  DEFAULT_VOTE_LIMITS,
  discussionOrder,
  readVotes,
  retractVote,
  tallyVotes,
  VoteLimitsSchema,
  voteRefusal,
} from './vote.ts';
import { readVoting, recordTally, setVotingStatus } from './voting.ts';

const X = 'ClusterXxxxxxxxx';
const Y_ = 'ClusterYyyyyyyyy';
const Z = 'ClusterZzzzzzzzz';
const limits = DEFAULT_VOTE_LIMITS;

describe('vote limits', () => {
  it('defaults to 3 votes per person and 2 per cluster; per cluster may not exceed per person', () => {
    expect(VoteLimitsSchema.parse({})).toEqual({ perPerson: 3, perCluster: 2 });
    expect(() => VoteLimitsSchema.parse({ perPerson: 2, perCluster: 3 })).toThrow(
      'Votes per cluster cannot exceed votes per person',
    );
    expect(() => VoteLimitsSchema.parse({ perPerson: 0 })).toThrow('at least 1 vote');
  });

  it('castVote spends dots up to the limits and refuses with a clear message', () => {
    const doc = new Y.Doc();
    expect(castVote(doc, X, limits, 'me')).toEqual({ ok: true, used: 1 });
    expect(castVote(doc, X, limits, 'me')).toEqual({ ok: true, used: 2 });
    expect(castVote(doc, X, limits, 'me')).toEqual({
      ok: false,
      message: 'At most 2 votes on one cluster',
    });
    expect(castVote(doc, Y_, limits, 'me')).toEqual({ ok: true, used: 3 });
    expect(castVote(doc, Z, limits, 'me')).toEqual({
      ok: false,
      message: 'You have used your 3 votes',
    });
    expect(readVotes(doc)).toEqual(
      new Map([
        [X, 2],
        [Y_, 1],
      ]),
    );
  });

  it('says "vote" for a single dot', () => {
    expect(voteRefusal(new Map([[X, 1]]), Y_, { perPerson: 1, perCluster: 1 })).toBe(
      'You have used your 1 vote',
    );
    expect(voteRefusal(new Map([[X, 1]]), X, { perPerson: 3, perCluster: 1 })).toBe(
      'At most 1 vote on one cluster',
    );
  });

  it('retractVote gives a dot back, and refuses when there is none', () => {
    const doc = new Y.Doc();
    castVote(doc, X, limits);
    castVote(doc, X, limits);
    expect(retractVote(doc, X)).toEqual({ ok: true, used: 1 });
    expect(retractVote(doc, X)).toEqual({ ok: true, used: 0 });
    expect(retractVote(doc, X)).toEqual({ ok: false, message: 'You have no vote on this cluster' });
    expect(votesMap(doc).size).toBe(0);
  });

  it('reads past malformed entries', () => {
    const doc = new Y.Doc();
    votesMap(doc).set(X, 2);
    votesMap(doc).set(Y_, -1);
    votesMap(doc).set(Z, 'many');
    votesMap(doc).set('bad id', 1);
    expect(readVotes(doc)).toEqual(new Map([[X, 2]]));
  });
});

describe('tallyVotes', () => {
  it('adds the ballots, with zero for clusters nobody chose', () => {
    const ballots = [
      new Map([
        [X, 2],
        [Y_, 1],
      ]),
      new Map([[Y_, 2]]),
      new Map<string, number>(),
    ];
    expect(tallyVotes(ballots, limits, [X, Y_, Z])).toEqual({
      tally: { [X]: 2, [Y_]: 3, [Z]: 0 },
      voters: 2,
    });
  });

  it('clips each ballot to the limits and drops votes on unknown clusters', () => {
    const ballots = [
      new Map([[X, 5]]), // over the per-cluster limit: counts 2
      new Map([
        [X, 2],
        [Y_, 2],
        [Z, 2],
      ]), // over the per-person limit: first 3 in cluster order
      new Map([
        ['GoneClusterxxxxx', 3],
        [Z, 1],
      ]), // unknown cluster dropped
      new Map([
        [X, 1.5],
        [Y_, -2],
      ]), // malformed counts ignored
    ];
    expect(tallyVotes(ballots, limits, [X, Y_, Z])).toEqual({
      tally: { [X]: 4, [Y_]: 1, [Z]: 1 },
      voters: 3,
    });
  });
});

describe('discussionOrder', () => {
  it('most votes first; ties by creation, then id', () => {
    const clusters = [
      { id: 'b', createdAt: 10 },
      { id: 'a', createdAt: 10 },
      { id: 'c', createdAt: 5 },
      { id: 'd', createdAt: 1 },
    ];
    expect(discussionOrder(clusters, { a: 2, b: 2, c: 2, d: 3 }).map((c) => c.id)).toEqual([
      'd',
      'c',
      'a',
      'b',
    ]);
    expect(discussionOrder(clusters, {}).map((c) => c.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('voting state (facilitation doc)', () => {
  it('starts not started; opens, closes, gets a tally from the server, reopens clean', () => {
    const doc = new Y.Doc();
    expect(readVoting(doc)).toEqual({ status: 'not-started', tally: {}, voters: 0 });
    expect(recordTally(doc, { tally: { [X]: 1 }, voters: 1 })).toBe(false); // not closed
    setVotingStatus(doc, 'open', 'facilitator');
    expect(readVoting(doc).status).toBe('open');
    setVotingStatus(doc, 'closed', 'facilitator');
    expect(readVoting(doc)).toEqual({ status: 'closed', tally: {}, voters: 0 });
    expect(recordTally(doc, { tally: { [X]: 4, [Y_]: 1 }, voters: 3 }, 'server')).toBe(true);
    expect(readVoting(doc)).toEqual({ status: 'closed', tally: { [X]: 4, [Y_]: 1 }, voters: 3 });
    setVotingStatus(doc, 'open');
    expect(readVoting(doc)).toEqual({ status: 'open', tally: {}, voters: 0 });
    expect(() => setVotingStatus(doc, 'paused' as 'open')).toThrow('Voting status must be one of');
  });
});

describe('vote rules at their edges', () => {
  it.each([
    [{ perPerson: 1.5 }, 'Votes per person must be whole', 'perPerson'],
    [{ perPerson: 0 }, 'Everyone needs at least 1 vote', 'perPerson'],
    [{ perPerson: 21 }, 'At most 20 votes per person', 'perPerson'],
    [{ perCluster: 1.5 }, 'Votes per cluster must be whole', 'perCluster'],
    [{ perCluster: 0 }, 'Allow at least 1 vote per cluster', 'perCluster'],
    [{ perPerson: 20, perCluster: 21 }, 'At most 20 votes per cluster', 'perCluster'],
    [
      { perPerson: 2, perCluster: 3 },
      'Votes per cluster cannot exceed votes per person',
      'perCluster',
    ],
  ])('refuses limits %j: "%s"', (change, message, path) => {
    const result = VoteLimitsSchema.safeParse({ ...limits, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ message, path: [path] });
  });

  it('allows as many dots per cluster as per person', () => {
    expect(VoteLimitsSchema.parse({ perPerson: 2, perCluster: 2 })).toEqual({
      perPerson: 2,
      perCluster: 2,
    });
  });

  it('counts no dot from a count that is not a positive whole number', () => {
    const odd = new Map<string, number>([
      [X, -2],
      [Y_, 1.5],
      [Z, Number.NaN],
    ]);
    expect(tallyVotes([odd], limits, [X, Y_, Z])).toEqual({
      tally: { [X]: 0, [Y_]: 0, [Z]: 0 },
      voters: 0,
    });
  });

  it('orders by votes even against creation, and counts no votes for a name the tally lacks', () => {
    const clusters = [
      { id: 'constructor', createdAt: 1 },
      { id: 'old', createdAt: 2 },
      { id: 'new', createdAt: 3 },
      { id: 'b', createdAt: 4 },
      { id: 'a', createdAt: 4 },
    ];
    expect(discussionOrder(clusters, { new: 2, old: 1 }).map((c) => c.id)).toEqual([
      'new',
      'old',
      'constructor',
      'a',
      'b',
    ]);
  });
});
