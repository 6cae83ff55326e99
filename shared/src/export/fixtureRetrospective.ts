/**
 * The sample incident's retrospective after the meeting, made through the shared
 * commands a real session runs: cards grouped into clusters, dot voting closed and
 * tallied from private ballots, five whys with a root cause, action items rated and
 * owned, the postmortem owners, the follow-up review, and the postmortem status.
 * Tests only (fixtureBoard.ts calls it for `complete: true`).
 *
 * Cluster and action ids come from `randomId`; a test that compares ids (the JSON
 * golden) mocks it.
 */
import * as Y from 'yjs';
import { actionItemsMap } from '../doc/layout.ts';
import { addActionItem, setActionStatus, type NewActionItem } from '../entities/actionItem.ts';
import { groupCards, moveCardToCluster, renameCluster } from '../entities/cluster.ts';
import {
  addContributingFactor,
  addWhy,
  markRootCause,
  setDiscussionNotes,
  setReduceImpact,
} from '../entities/discussion.ts';
import { editFindingsProse, setSupportingLinks } from '../entities/findings.ts';
import { setFollowUp } from '../entities/followUp.ts';
import {
  claimOwnership,
  projectConfirmations,
  readOwnerClaims,
} from '../entities/ownerConfirmation.ts';
import { setPostmortemOwners } from '../entities/postmortemOwner.ts';
import { setPostmortemStatus } from '../entities/postmortemStatus.ts';
import { castVote, DEFAULT_VOTE_LIMITS, readVotes, tallyVotes } from '../entities/vote.ts';
import { recordTally, setVotingStatus } from '../entities/voting.ts';

const at = (iso: string) => Date.parse(iso);

/** Clusters of the sample cards (by their index in cards.json), as the team grouped them. */
function cluster(board: Y.Doc, cardId: (index: number) => string) {
  const group = (name: string, cards: number[], iso: string) =>
    groupCards(board, cards.map(cardId), undefined, at(iso), { name });
  const configReview = group('Config review', [4, 8], '2026-11-04T15:18:00Z');
  const diagnosis = group('', [9, 5], '2026-11-04T15:19:00Z');
  renameCluster(board, diagnosis, 'Slow diagnosis');
  // Cards of several columns: placed under the column most of them come from.
  const load = group('Load amplification', [6, 10], '2026-11-04T15:20:00Z');
  moveCardToCluster(board, cardId(13), load, undefined, at('2026-11-04T15:20:30Z'));
  const response = group('Fast response', [0, 1, 3], '2026-11-04T15:21:00Z');
  return { configReview, diagnosis, load, response };
}

type Clusters = ReturnType<typeof cluster>;

/** Five members' dots, counted by the server's rule and written as the tally. */
function vote(facilitation: Y.Doc, c: Clusters): void {
  setVotingStatus(facilitation, 'open');
  const ballots = [
    [c.configReview, c.configReview, c.diagnosis],
    [c.configReview, c.configReview, c.load],
    [c.configReview, c.diagnosis, c.diagnosis],
    [c.configReview, c.load, c.load],
    [c.diagnosis, c.response],
  ].map((dots) => {
    const privateDoc = new Y.Doc();
    for (const id of dots) castVote(privateDoc, id, DEFAULT_VOTE_LIMITS);
    return readVotes(privateDoc);
  });
  setVotingStatus(facilitation, 'closed');
  const order = [c.configReview, c.diagnosis, c.load, c.response];
  recordTally(facilitation, tallyVotes(ballots, DEFAULT_VOTE_LIMITS, order));
}

/** The discussions, in the order the tally gives; returns the marked root causes. */
function discuss(board: Y.Doc, c: Clusters) {
  const chain = (clusterId: string, levels: [string, string][]) =>
    levels.map(([why, because]) => addWhy(board, clusterId, { why, because }));

  const review = chain(c.configReview, [
    [
      'Why did checkout-api run out of database connections?',
      'The pool size was 20 in production instead of 200.',
    ],
    ['Why was the pool size 20?', 'A staging value was merged into the production config file.'],
    ['Why did the review not catch it?', 'The review only checks that the file parses.'],
    [
      'Why does the review only check that it parses?',
      'Config values have no schema with per-environment ranges.',
    ],
  ]);
  markRootCause(board, c.configReview, review[3]!);
  addContributingFactor(
    board,
    c.configReview,
    'Staging and production values sit side by side in one file',
  );
  addContributingFactor(board, c.configReview, 'The change was merged during the afternoon peak');
  setReduceImpact(
    board,
    c.configReview,
    'Alert on connection-pool saturation, so the cause shows within minutes.',
  );
  setDiscussionNotes(
    board,
    c.configReview,
    'The reviewer did what the process asks.\nThe process does not look at values.',
  );

  const diagnosis = chain(c.diagnosis, [
    [
      'Why did it take 36 minutes to mitigate?',
      'We looked at load and scaling before recent changes.',
    ],
    [
      'Why did we not look at recent changes first?',
      'Config changes are not shown next to deploys on the dashboard.',
    ],
  ]);
  markRootCause(board, c.diagnosis, diagnosis[1]!);
  setReduceImpact(board, c.diagnosis, 'Annotate the checkout dashboard with config changes.');

  addContributingFactor(board, c.load, 'Mobile clients retry without backoff');
  setDiscussionNotes(board, c.load, 'Scaling out made each instance wait on the same pool.');
  return { configReview: review[3]!, diagnosis: diagnosis[1]! };
}

/**
 * The owners' "I own this", each said in the owner's private doc; the server publishes
 * them in the facilitation doc (see {@link runRetrospective}).
 */
function owners() {
  const docs = new Map<string, Y.Doc>();
  return {
    confirm(name: string, actionId: string, iso: string) {
      const own = docs.get(name) ?? new Y.Doc();
      docs.set(name, own);
      claimOwnership(own, actionId, name, undefined, at(iso));
    },
    publish(facilitation: Y.Doc, board: Y.Doc) {
      const members = [...docs].map(([name, doc]) => ({ name, claims: readOwnerClaims(doc) }));
      projectConfirmations(facilitation, members, new Set(actionItemsMap(board).keys()));
    },
  };
}

/** The action items, rated, owned and tracked. */
function act(
  board: Y.Doc,
  people: ReturnType<typeof owners>,
  c: Clusters,
  causes: ReturnType<typeof discuss>,
): void {
  const add = (iso: string, input: NewActionItem) =>
    addActionItem(board, input, undefined, at(iso));
  const rangeChecks = add('2026-11-04T15:46:00Z', {
    title: 'Add per-environment range checks for pool sizes to config validation',
    details: 'Reject production pool sizes under 50.',
    owner: 'Dana',
    due: '2026-11-20',
    impact: 'high',
    effort: 'low',
    type: 'prevent',
    clusterId: c.configReview,
    rootCauseId: causes.configReview,
    link: 'https://tracker.example.com/browse/INC-4830',
  });
  people.confirm('Dana', rangeChecks, '2026-11-04T15:47:00Z');
  setActionStatus(board, rangeChecks, 'in progress', undefined, at('2026-11-05T08:00:00Z'));
  add('2026-11-04T15:48:00Z', {
    title: 'Alert on connection-pool saturation',
    owner: 'Eli',
    due: '2026-11-27',
    impact: 'high',
    effort: 'high',
    type: 'detect',
    clusterId: c.configReview,
  });
  const annotate = add('2026-11-04T15:50:00Z', {
    title: 'Annotate the checkout dashboard with config changes',
    owner: 'Sam',
    impact: 'low',
    effort: 'low',
    clusterId: c.diagnosis,
    rootCauseId: causes.diagnosis,
    link: 'https://tracker.example.com/browse/INC-4831',
  });
  people.confirm('Sam', annotate, '2026-11-04T15:51:00Z');
  setActionStatus(board, annotate, 'done', undefined, at('2026-11-05T09:00:00Z'));
  add('2026-11-04T15:52:00Z', {
    title: 'Add jittered backoff to mobile checkout retries',
    type: 'mitigate',
    clusterId: c.load,
  });
}

/** What the team writes down in the Timeline and Discuss phases. */
function findings(board: Y.Doc): void {
  editFindingsProse(
    board,
    'trigger',
    'A config change lowered the checkout database pool from 200 to 20 connections in production.',
  );
  editFindingsProse(
    board,
    'leadup',
    'The pool size moved into the shared config file the week before, where staging and production values sit side by side. The change was meant for staging; the review checked the syntax, not the environment it applied to.',
  );
  editFindingsProse(board, 'detection', 'The checkout 5xx alert paged the on-call engineer.');
  editFindingsProse(
    board,
    'detectionSooner',
    'Alert on pool saturation, which rose 9 minutes before the errors did.',
  );
  editFindingsProse(
    board,
    'recovery',
    'Rolling back the config restored the pool; queued checkouts drained within 10 minutes.',
  );
  editFindingsProse(
    board,
    'lessons',
    'A config value that is safe in staging can starve production.\nDashboards need change markers to tie symptoms to deploys.',
  );
  setSupportingLinks(board, [
    { label: 'Pool saturation dashboard', url: 'https://grafana.example.com/d/checkout-db' },
  ]);
}

/**
 * Runs the retrospective on the sample board once its cards are revealed.
 * `cardId(i)` is the public id of the i-th sample card.
 */
export function runRetrospective(
  board: Y.Doc,
  facilitation: Y.Doc,
  cardId: (index: number) => string,
): void {
  const clusters = cluster(board, cardId);
  vote(facilitation, clusters);
  const causes = discuss(board, clusters);
  const people = owners();
  act(board, people, clusters, causes);
  findings(board);
  people.publish(facilitation, board);
  setPostmortemOwners(facilitation, ['Dana', 'Eli']);
  setFollowUp(board, { date: '2026-11-19', time: '16:00', timeZone: 'Europe/Berlin' });
  setPostmortemStatus(board, 'actions open');
}
