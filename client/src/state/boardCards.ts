/**
 * The cards one person sees in the brainstorm columns, built from their own cards (their
 * private doc) and the revealed cards (the facilitation doc). Pure and tested.
 *
 * "Yours" is worked out here, in the browser, by matching each revealed card to one of
 * this person's own cards by column and text. The server never says who wrote what, and
 * the match never leaves the browser.
 */
import { countedCards, type Card, type RevealedCard } from '@hindsight/shared';

export type BoardCardState = 'private' | 'revealed' | 'pending';

export interface BoardCard {
  /** Stable React key: the revealed card's public id, or the own card's id. */
  readonly key: string;
  readonly column: string;
  /** What the viewer reads: for their own cards, their latest text. */
  readonly text: string;
  /** The author's name, on named-card boards only. */
  readonly author: string | undefined;
  /** The viewer's own card behind it; editing and withdrawing go to that card. */
  readonly own: Card | null;
  /**
   * `private`: before the reveal; only its author has it. `revealed`: everyone sees it.
   * `pending`: the author's card after the reveal that the server has not shown yet (just
   * added, or this browser is offline).
   */
  readonly state: BoardCardState;
}

/** Revealed card id → the viewer's own card id. */
export type OwnMatch = ReadonlyMap<string, string>;

const sameCard = (mine: Card, card: RevealedCard) =>
  mine.column === card.column && mine.text === card.text;

/**
 * Which revealed cards are the viewer's. Each own card matches at most one revealed card,
 * the first in display order with the same column and text. `previous` (the last result)
 * keeps a pairing while an edit is on its way to the server and back, so the marker and
 * the card do not flicker; and it keeps duplicates paired as they were.
 */
export function matchOwnCards(
  revealed: readonly RevealedCard[],
  own: readonly Card[],
  previous: OwnMatch = new Map(),
): OwnMatch {
  // Cards over the per-column limit are never revealed; they cannot match.
  const unmatched = new Map(countedCards(own).map((card) => [card.id, card]));
  const match = new Map<string, string>();
  const pair = (card: RevealedCard, ownId: string) => {
    match.set(card.id, ownId);
    unmatched.delete(ownId);
  };

  for (const card of revealed) {
    const mine = unmatched.get(previous.get(card.id) ?? '');
    if (mine && sameCard(mine, card)) pair(card, mine.id);
  }
  for (const card of revealed) {
    if (match.has(card.id)) continue;
    const mine = [...unmatched.values()].find((c) => sameCard(c, card));
    if (mine) pair(card, mine.id);
  }
  // An edit in flight: the revealed card still has the old text.
  for (const card of revealed) {
    if (match.has(card.id)) continue;
    const mine = unmatched.get(previous.get(card.id) ?? '');
    if (mine && mine.column === card.column) pair(card, mine.id);
  }
  return match;
}

/**
 * Before the reveal: the viewer's own cards, private. After it: every revealed card in its
 * random rank order, the viewer's own marked, then the viewer's cards the server has not
 * revealed yet.
 */
export function boardCards(
  isRevealed: boolean,
  own: readonly Card[],
  revealed: readonly RevealedCard[],
  match: OwnMatch,
): BoardCard[] {
  if (!isRevealed) {
    return own.map((card) => ({
      key: card.id,
      column: card.column,
      text: card.text,
      author: undefined,
      own: card,
      state: 'private',
    }));
  }
  const ownById = new Map(own.map((card) => [card.id, card]));
  const cards: BoardCard[] = revealed.map((card) => {
    const mine = ownById.get(match.get(card.id) ?? '') ?? null;
    return {
      key: card.id,
      column: card.column,
      text: mine?.text ?? card.text,
      author: card.author,
      own: mine,
      state: 'revealed',
    };
  });
  const matched = new Set(match.values());
  for (const card of countedCards(own)) {
    if (matched.has(card.id)) continue;
    cards.push({
      key: card.id,
      column: card.column,
      text: card.text,
      author: undefined,
      own: card,
      state: 'pending',
    });
  }
  return cards;
}
