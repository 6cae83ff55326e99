import type { Card } from '@hindsight/shared';
import { useShallow } from 'zustand/react/shallow';
import { useBoard } from './useBoard.ts';

/** The cards of one column, in display order. Stable while that column does not change. */
export function useColumnCards(columnId: string): readonly Card[] {
  return useBoard(useShallow((state) => state.cards.filter((card) => card.column === columnId)));
}
