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
