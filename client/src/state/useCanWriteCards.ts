import { useBoard } from './useBoard.ts';
import { useBrainstorm } from './useBrainstorm.ts';

/**
 * True when this tab may write brainstorm cards: it has a private doc (facilitator,
 * participant), and neither the board nor the private doc was stopped for good.
 */
export function useCanWriteCards(): boolean {
  const board = useBoard((s) => s.fatal === null);
  const own = useBrainstorm((s) => s.writer && s.fatal === null);
  return board && own;
}
