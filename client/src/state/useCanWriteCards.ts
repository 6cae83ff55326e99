import { useBoard } from './useBoard.ts';
import { useBrainstorm } from './useBrainstorm.ts';

/**
 * True when this tab may write brainstorm cards: it has a private doc (facilitator,
 * participant), the board's layout is one this version understands, and neither the
 * board nor the private doc was refused for good.
 */
export function useCanWriteCards(): boolean {
  const board = useBoard((s) => s.schemaSupported && s.fatal === null);
  const own = useBrainstorm((s) => s.writer && s.fatal === null);
  return board && own;
}
