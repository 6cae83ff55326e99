import { describe, expect, it } from 'vitest';
import { limitsText, remainingText, statusText, votesText } from './voteText.ts';

const limits = { perPerson: 3, perCluster: 2 };

describe('vote texts', () => {
  it('say the limits and the dots left', () => {
    expect(limitsText(limits)).toBe('Each person has 3 votes, at most 2 on one cluster.');
    expect(remainingText(1, limits)).toBe('You have 2 of 3 votes left');
    expect(remainingText(3, limits)).toBe('You have used all your 3 votes');
    expect(votesText(1)).toBe('1 vote');
  });

  it('say where the vote stands, counting people right', () => {
    expect(statusText({ status: 'closed', tally: {}, voters: 0 }, false)).toMatch(/Counting/);
    expect(statusText({ status: 'closed', tally: { a: 1 }, voters: 1 }, false)).toMatch(
      /1 person voted/,
    );
    expect(statusText({ status: 'closed', tally: { a: 4 }, voters: 2 }, true)).toMatch(
      /2 people voted/,
    );
    expect(statusText({ status: 'not-started', tally: {}, voters: 0 }, true)).toMatch(
      /open the vote/,
    );
  });
});
