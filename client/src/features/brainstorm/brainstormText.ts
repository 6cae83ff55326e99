/** The brainstorm's sentences, as pure functions so their rules are tested. */
import type { BrainstormCounts } from '@hindsight/shared';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "7 cards from 4 people", or "No cards yet". */
export function countsText({ cards, people }: BrainstormCounts): string {
  if (cards === 0) return 'No cards yet';
  return `${plural(cards, 'card', 'cards')} from ${plural(people, 'person', 'people')}`;
}

/**
 * Who is writing: "Alex is writing…", "Alex and Bo are writing…", "Alex and 2 others are
 * writing…"; null when nobody is.
 */
export function writersText(names: readonly string[]): string | null {
  const [first, second] = names;
  if (first === undefined) return null;
  if (second === undefined) return `${first} is writing…`;
  if (names.length === 2) return `${first} and ${second} are writing…`;
  return `${first} and ${names.length - 1} others are writing…`;
}

/** Fewer authors than this and a revealed card is easily tied to its author. */
export const ANONYMITY_SET_MIN = 3;

/**
 * Why a reveal now may cost anonymity, from the server's counts (the browser does not
 * know who wrote what): with one author everyone who knows who wrote knows every card
 * is theirs; with two, each knows the other's. Null when there is nothing to warn of, and
 * on named-card boards, whose cards show their authors anyway.
 */
export function revealWarning(
  { cards, people }: BrainstormCounts,
  namedCards: boolean,
): string | null {
  if (cards === 0) return 'Nobody has written a card yet: there is nothing to reveal.';
  if (namedCards || people >= ANONYMITY_SET_MIN) return null;
  if (people === 1) {
    return cards === 1
      ? '1 person wrote this card: anyone who knows who wrote can tell it is theirs.'
      : `1 person wrote these ${cards} cards: anyone who knows who wrote can tell every card is theirs.`;
  }
  return `${people} people wrote these ${cards} cards: each of them can tell which cards are the other's.`;
}
