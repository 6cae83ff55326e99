/** What the dot vote says, as pure functions of its state (tested). */
import type { VoteLimits, Voting } from '@hindsight/shared';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The rules, as everyone reads them while voting is open. */
export function limitsText({ perPerson, perCluster }: VoteLimits): string {
  return `Each person has ${plural(perPerson, 'vote')}, at most ${perCluster} on one cluster.`;
}

/** This person's dots left, e.g. "You have 2 of 3 votes left". */
export function remainingText(used: number, { perPerson }: VoteLimits): string {
  const left = Math.max(0, perPerson - used);
  return left === 0
    ? `You have used all your ${plural(perPerson, 'vote')}`
    : `You have ${left} of ${plural(perPerson, 'vote')} left`;
}

/** Where the vote stands, in one sentence. */
export function statusText(voting: Voting, facilitator: boolean): string {
  switch (voting.status) {
    case 'not-started':
      return facilitator
        ? 'When the clusters are ready, open the vote: everyone puts dots on what they most want to discuss.'
        : 'When the clusters are ready, the facilitator opens the vote.';
    case 'open':
      return 'Voting is open. Clusters stay as they are until it closes. Nobody sees anyone’s dots; only the totals are shown, once voting closes.';
    case 'closed': {
      if (Object.keys(voting.tally).length === 0) return 'Voting is closed. Counting the votes…';
      const people = voting.voters === 1 ? '1 person' : `${voting.voters} people`;
      return `Voting is closed: ${people} voted. Clusters are discussed in this order.`;
    }
  }
}

/** "5 votes" for a cluster's tally. */
export function votesText(votes: number): string {
  return plural(votes, 'vote');
}
