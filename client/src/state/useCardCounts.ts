import { useShallow } from 'zustand/react/shallow';
import { useBrainstorm } from './useBrainstorm.ts';

/**
 * Cards per column id, as this person can know them: after the reveal every card; before
 * it only their own (the others' are hidden, and the server publishes totals only).
 */
export function useCardCounts(): Readonly<Record<string, number>> {
  return useBrainstorm(
    useShallow((state) => {
      const counts: Record<string, number> = {};
      for (const card of state.cards) counts[card.column] = (counts[card.column] ?? 0) + 1;
      return counts;
    }),
  );
}
