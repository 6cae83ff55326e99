import { useBrainstorm } from './useBrainstorm.ts';

/** How many cards this person has in one column (their private doc). */
export function useOwnCardCount(columnId: string): number {
  return useBrainstorm((s) => s.ownCards.filter((card) => card.column === columnId).length);
}
