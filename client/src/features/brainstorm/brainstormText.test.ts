import { describe, expect, it } from 'vitest';
import { countsText, writersText } from './brainstormText.ts';

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
});
