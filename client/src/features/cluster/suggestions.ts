/**
 * "Suggest groups" on the clustering board: shared `suggestGroups` over the cards in no
 * cluster, run in the browser, and the suggestions kept fresh as the board changes (a
 * card someone clustered meanwhile drops out of them). Pure and tested.
 */
import { suggestGroups, type ClusterLayout, type GroupSuggestion } from '@hindsight/shared';

export interface Suggestion extends GroupSuggestion {
  /** Stable while shown: the cards it first proposed. */
  readonly key: string;
}

/** Suggestions for the free cards (placed on the canvas or not), largest first. */
export function suggestFor(
  layout: ClusterLayout,
  cardOf: (id: string) => { text: string; column: string } | undefined,
): Suggestion[] {
  const cards = layout.free.flatMap(({ cardId }) => {
    const card = cardOf(cardId);
    return card ? [{ id: cardId, text: card.text, column: card.column }] : [];
  });
  return suggestGroups(cards).map((s) => ({ ...s, key: s.cardIds.join(',') }));
}

/** The suggestions as the board stands now: only cards still free, two or more of them. */
export function freshSuggestions(
  suggestions: readonly Suggestion[],
  layout: ClusterLayout,
): Suggestion[] {
  const free = new Set(layout.free.map((f) => f.cardId));
  return suggestions.flatMap((s) => {
    const cardIds = s.cardIds.filter((id) => free.has(id));
    return cardIds.length >= 2 ? [{ ...s, cardIds }] : [];
  });
}
