/**
 * Dot votes. Scope: document (a member's private doc). Each member spends a few dots on
 * the clusters they most want to discuss; nobody else ever receives their private doc,
 * so a vote cannot be tied to its voter (DESIGN.md). The server reads every private doc
 * when the facilitator closes voting and writes only the tally to the facilitation doc
 * (entities/voting.ts).
 *
 * Stored as cluster id → number of dots in `votesMap`. The limits are checked when a
 * dot is cast, but two tabs of the same member can each pass the check at once, and a
 * hostile client can write anything; so {@link tallyVotes} applies the limits again to
 * every ballot it counts. The private doc never decides what counts.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { votesMap } from '../doc/layout.ts';
import { ClusterIdSchema } from './clusterSchema.ts';

/** Dots each person gets, by default. */
export const DEFAULT_VOTES_PER_PERSON = 3;
/** Dots one person may put on one cluster, by default. */
export const DEFAULT_VOTES_PER_CLUSTER = 2;

export const VoteLimitsSchema = z
  .object({
    /** Dots each person gets. */
    perPerson: z
      .number()
      .int('Votes per person must be whole')
      .min(1, 'Everyone needs at least 1 vote')
      .max(20, 'At most 20 votes per person')
      .default(DEFAULT_VOTES_PER_PERSON),
    /** Most dots one person may put on one cluster. */
    perCluster: z
      .number()
      .int('Votes per cluster must be whole')
      .min(1, 'Allow at least 1 vote per cluster')
      .max(20, 'At most 20 votes per cluster')
      .default(DEFAULT_VOTES_PER_CLUSTER),
  })
  .refine((l) => l.perCluster <= l.perPerson, {
    message: 'Votes per cluster cannot exceed votes per person',
    path: ['perCluster'],
  });
export type VoteLimits = z.infer<typeof VoteLimitsSchema>;

export const DEFAULT_VOTE_LIMITS: VoteLimits = {
  perPerson: DEFAULT_VOTES_PER_PERSON,
  perCluster: DEFAULT_VOTES_PER_CLUSTER,
};

/** One member's dots: cluster id → count (only positive counts appear). */
export type Ballot = ReadonlyMap<string, number>;

/** The outcome of casting or retracting a dot. */
export type VoteResult = { ok: true; used: number } | { ok: false; message: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** The member's dots as stored; malformed entries are skipped. */
export function readVotes(doc: Y.Doc): Map<string, number> {
  const votes = new Map<string, number>();
  votesMap(doc).forEach((count, clusterId) => {
    if (isCount(count) && ClusterIdSchema.safeParse(clusterId).success) {
      votes.set(clusterId, count);
    }
  });
  return votes;
}

/** Dots spent on a ballot. */
export function votesUsed(ballot: Ballot): number {
  let used = 0;
  for (const count of ballot.values()) used += count;
  return used;
}

/**
 * Why one more dot on `clusterId` is refused, as a sentence for the voter, or null
 * when it is allowed. The rule behind {@link castVote}; pure, so the UI can disable the
 * button and say why before anyone clicks.
 */
export function voteRefusal(ballot: Ballot, clusterId: string, limits: VoteLimits): string | null {
  if (votesUsed(ballot) >= limits.perPerson) {
    return `You have used your ${plural(limits.perPerson, 'vote')}`;
  }
  if ((ballot.get(clusterId) ?? 0) >= limits.perCluster) {
    return `At most ${plural(limits.perCluster, 'vote')} on one cluster`;
  }
  return null;
}

/** Puts one dot on a cluster, within the limits. Throws a ZodError for a bad id or limits. */
export function castVote(
  doc: Y.Doc,
  clusterId: string,
  limits: VoteLimits,
  origin?: unknown,
): VoteResult {
  const id = ClusterIdSchema.parse(clusterId);
  const parsed = VoteLimitsSchema.parse(limits);
  const ballot = readVotes(doc);
  const refusal = voteRefusal(ballot, id, parsed);
  if (refusal) return { ok: false, message: refusal };
  doc.transact(() => votesMap(doc).set(id, (ballot.get(id) ?? 0) + 1), origin);
  return { ok: true, used: votesUsed(ballot) + 1 };
}

/** Takes one dot back from a cluster. */
export function retractVote(doc: Y.Doc, clusterId: string, origin?: unknown): VoteResult {
  const id = ClusterIdSchema.parse(clusterId);
  const ballot = readVotes(doc);
  const count = ballot.get(id) ?? 0;
  if (count === 0) return { ok: false, message: 'You have no vote on this cluster' };
  doc.transact(() => {
    if (count === 1) votesMap(doc).delete(id);
    else votesMap(doc).set(id, count - 1);
  }, origin);
  return { ok: true, used: votesUsed(ballot) - 1 };
}

/** Votes per cluster, and how many members' ballots counted at all. */
export interface VoteTally {
  /** Every known cluster, with 0 when nobody voted for it. */
  readonly tally: Record<string, number>;
  /** Members with at least one counted dot. */
  readonly voters: number;
}

/**
 * Counts the ballots. Each ballot is clipped to the limits first: dots on unknown
 * clusters (deleted, merged, or made up) are dropped, a cluster gets at most
 * `perCluster` of a ballot's dots, and a ballot over `perPerson` counts its first dots
 * in the order of `knownClusterIds` (pass the clusters in creation order). Malformed
 * counts are ignored. Pure and deterministic: the server runs it, anyone can check it.
 */
export function tallyVotes(
  perMember: readonly Ballot[],
  limits: VoteLimits,
  knownClusterIds: Iterable<string>,
): VoteTally {
  const known = [...new Set(knownClusterIds)];
  const tally: Record<string, number> = Object.fromEntries(known.map((id) => [id, 0]));
  let voters = 0;
  for (const ballot of perMember) {
    let left = limits.perPerson;
    for (const id of known) {
      const count = ballot.get(id);
      if (!isCount(count) || left === 0) continue;
      const counted = Math.min(count, limits.perCluster, left);
      tally[id]! += counted;
      left -= counted;
    }
    if (left < limits.perPerson) voters++;
  }
  return { tally, voters };
}

/**
 * The order clusters are discussed in: most votes first; ties by creation (older
 * first), then by id, so every client shows the same order.
 */
export function discussionOrder<T extends { id: string; createdAt: number }>(
  clusters: readonly T[],
  tally: Readonly<Record<string, number>>,
): T[] {
  const votes = (c: T) => (Object.hasOwn(tally, c.id) ? (tally[c.id] ?? 0) : 0);
  return [...clusters].sort(
    (a, b) =>
      votes(b) - votes(a) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
