import { useMemo } from 'react';
import type { BoardCard } from './boardCards.ts';
import { useBrainstorm } from './useBrainstorm.ts';

/**
 * The revealed cards by public id, as this person sees them (their own marked, with
 * their latest text; see boardCards.ts). Cards not revealed yet are left out.
 */
export function useRevealedCardMap(): ReadonlyMap<string, BoardCard> {
  const cards = useBrainstorm((s) => s.cards);
  return useMemo(
    () => new Map(cards.filter((c) => c.state === 'revealed').map((c) => [c.key, c])),
    [cards],
  );
}
