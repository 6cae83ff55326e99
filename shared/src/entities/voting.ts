/**
 * Whether dot voting is open, and its result. Scope: document (facilitation doc). The
 * facilitator opens and closes voting; when it closes, the server reads every member's
 * private ballot (entities/vote.ts), runs `tallyVotes`, and writes the tally here with
 * {@link recordTally}. Clients only ever see totals, never a ballot.
 *
 * Stored as one JSON value under `voting` in `facilitationMap`, validated on read, like
 * the plan and the session: a reader never sees a status from one write and a tally
 * from another.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { facilitationMap } from '../doc/layout.ts';

export const VOTING_STATUSES = ['not-started', 'open', 'closed'] as const;
export type VotingStatus = (typeof VOTING_STATUSES)[number];

export const VotingSchema = z.object({
  /** `open` while members may cast dots; the tally is only taken once `closed`. */
  status: z.enum(VOTING_STATUSES, {
    error: `Voting status must be one of ${VOTING_STATUSES.join(', ')}`,
  }),
  /** Dots per cluster id, written by the server when voting closes; empty before. */
  tally: z.record(z.string(), z.number().int().nonnegative()),
  /** Members whose ballot counted at least one dot. */
  voters: z.number().int().nonnegative(),
});
export type Voting = z.infer<typeof VotingSchema>;

export const VOTING_NOT_STARTED: Voting = { status: 'not-started', tally: {}, voters: 0 };

/** The voting state; not started when none is stored or it is unreadable. */
export function readVoting(doc: Y.Doc): Voting {
  const result = VotingSchema.safeParse(facilitationMap(doc).get('voting'));
  return result.success ? result.data : VOTING_NOT_STARTED;
}

/**
 * Opens, closes or resets voting (facilitator). Opening clears the last tally: it no
 * longer describes the ballots once members may change them. Closing keeps the tally
 * empty until the server records it. Writes nothing when the status is unchanged.
 */
export function setVotingStatus(doc: Y.Doc, status: VotingStatus, origin?: unknown): Voting {
  const parsed = VotingSchema.shape.status.parse(status);
  const before = readVoting(doc);
  if (before.status === parsed) return before;
  const after: Voting =
    parsed === 'closed' ? { ...before, status: parsed } : { ...VOTING_NOT_STARTED, status: parsed };
  doc.transact(() => facilitationMap(doc).set('voting', after), origin);
  return after;
}

/**
 * Writes the tally of a closed vote (server). Returns false, writing nothing, when
 * voting is not closed: a tally taken while it was open would miss the last dots.
 */
export function recordTally(
  doc: Y.Doc,
  result: { tally: Record<string, number>; voters: number },
  origin?: unknown,
): boolean {
  const before = readVoting(doc);
  if (before.status !== 'closed') return false;
  const after = VotingSchema.parse({
    status: 'closed',
    tally: result.tally,
    voters: result.voters,
  });
  doc.transact(() => facilitationMap(doc).set('voting', after), origin);
  return true;
}
