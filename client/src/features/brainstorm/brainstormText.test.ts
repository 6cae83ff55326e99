import { describe, expect, it } from 'vitest';
import { countsText, revealWarning, writersText } from './brainstormText.ts';

describe('brainstorm sentences', () => {
  it('says who is writing: one name, two names, or a name and how many others', () => {
    expect(writersText([])).toBeNull();
    expect(writersText(['Alex'])).toBe('Alex is writing…');
    expect(writersText(['Alex', 'Bo'])).toBe('Alex and Bo are writing…');
    expect(writersText(['Alex', 'Bo', 'Cy'])).toBe('Alex and 2 others are writing…');
    expect(writersText(['Alex', 'Bo', 'Cy', 'Di', 'Ed'])).toBe('Alex and 4 others are writing…');
  });

  it('counts cards and people in plain words', () => {
    expect(countsText({ cards: 0, people: 0 })).toBe('No cards yet');
    expect(countsText({ cards: 1, people: 1 })).toBe('1 card from 1 person');
    expect(countsText({ cards: 7, people: 4 })).toBe('7 cards from 4 people');
  });

  it('warns before a reveal when fewer than three people wrote, and says why', () => {
    expect(revealWarning({ cards: 7, people: 2 }, false)).toBe(
      "2 people wrote these 7 cards: each of them can tell which cards are the other's.",
    );
    expect(revealWarning({ cards: 3, people: 1 }, false)).toBe(
      '1 person wrote these 3 cards: anyone who knows who wrote can tell every card is theirs.',
    );
    expect(revealWarning({ cards: 1, people: 1 }, false)).toBe(
      '1 person wrote this card: anyone who knows who wrote can tell it is theirs.',
    );
    expect(revealWarning({ cards: 0, people: 0 }, false)).toBe(
      'Nobody has written a card yet: there is nothing to reveal.',
    );
    expect(revealWarning({ cards: 9, people: 3 }, false)).toBeNull();
    // Named cards show their authors anyway: there is no anonymity to lose.
    expect(revealWarning({ cards: 7, people: 2 }, true)).toBeNull();
  });
});
