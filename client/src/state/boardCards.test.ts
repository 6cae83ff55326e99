import type { Card, RevealedCard } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { boardCards, matchOwnCards } from './boardCards.ts';

let seq = 0;
const own = (column: string, text: string): Card => {
  seq++;
  return { id: `own${String(seq).padStart(5, '0')}`, column, text, createdAt: seq, updatedAt: seq };
};
const revealed = (id: string, column: string, text: string, rank: number): RevealedCard => ({
  id: id.padEnd(16, 'x'),
  column,
  text,
  rank,
});

describe('own cards among the revealed ones', () => {
  it('marks a revealed card as yours by column and text, each own card once', () => {
    const mine = [own('went-wrong', 'No alert'), own('lucky', 'Off-peak')];
    const cards = [
      revealed('a', 'went-wrong', 'No alert', 0.1),
      revealed('b', 'went-wrong', 'No alert', 0.2), // someone else wrote the same
      revealed('c', 'lucky', 'No alert', 0.3), // same text, other column
      revealed('d', 'lucky', 'Off-peak', 0.4),
    ];
    const match = matchOwnCards(cards, mine);
    expect([...match]).toEqual([
      [cards[0]!.id, mine[0]!.id],
      [cards[3]!.id, mine[1]!.id],
    ]);
  });

  it('keeps the pairing while an edit is on its way through the server', () => {
    const before = own('went-well', 'Quick rollback');
    const cards = [revealed('a', 'went-well', 'Quick rollback', 0.5)];
    const first = matchOwnCards(cards, [before]);
    const edited = { ...before, text: 'Rollback in under a minute' };
    // The private doc has the new text; the revealed card still the old one.
    const during = matchOwnCards(cards, [edited], first);
    expect(during.get(cards[0]!.id)).toBe(before.id);
    expect(boardCards(true, [edited], cards, during)).toEqual([
      expect.objectContaining({ text: 'Rollback in under a minute', state: 'revealed' }),
    ]);
    // Without the memory it would not be yours.
    expect(matchOwnCards(cards, [edited]).size).toBe(0);
  });

  it('keeps duplicates paired as they were, whatever the order', () => {
    const mine = [own('lucky', 'Same'), own('lucky', 'Same')];
    const cards = [revealed('a', 'lucky', 'Same', 0.1), revealed('b', 'lucky', 'Same', 0.2)];
    const first = matchOwnCards(cards, mine);
    const swapped = new Map([
      [cards[0]!.id, mine[1]!.id],
      [cards[1]!.id, mine[0]!.id],
    ]);
    expect(matchOwnCards(cards, mine, swapped)).toEqual(swapped);
    expect(first.size).toBe(2);
  });

  it('shows only own cards before the reveal, and after it every revealed card then yours not yet shown', () => {
    const mine = [own('went-well', 'Alert fired'), own('went-well', 'Added just now')];
    const cards = [
      revealed('a', 'went-well', 'Someone else', 0.2),
      revealed('b', 'went-well', 'Alert fired', 0.7),
    ];
    const hidden = boardCards(false, mine, cards, new Map());
    expect(hidden.map((c) => [c.text, c.state])).toEqual([
      ['Alert fired', 'private'],
      ['Added just now', 'private'],
    ]);
    const match = matchOwnCards(cards, mine);
    const shown = boardCards(true, mine, cards, match);
    expect(shown.map((c) => [c.text, c.state, c.own?.id ?? null])).toEqual([
      ['Someone else', 'revealed', null],
      ['Alert fired', 'revealed', mine[0]!.id],
      ['Added just now', 'pending', mine[1]!.id],
    ]);
  });
});
