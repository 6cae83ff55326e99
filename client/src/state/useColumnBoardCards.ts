import { useShallow } from 'zustand/react/shallow';
import type { BoardCard } from './boardCards.ts';
import { useBrainstorm } from './useBrainstorm.ts';

/** The cards one column shows to this person (see boardCards.ts), in display order. */
export function useColumnBoardCards(columnId: string): readonly BoardCard[] {
  return useBrainstorm(useShallow((s) => s.cards.filter((card) => card.column === columnId)));
}
