import { canWrite } from '@hindsight/shared';
import { useBoard } from './useBoard.ts';

/**
 * True when this tab may change the board: its role writes the board doc, and the
 * connection was not stopped for good (refused, another layout version, a board the
 * server cannot load).
 */
export function useCanEdit(): boolean {
  return useBoard((s) => canWrite(s.role, 'board') && s.fatal === null);
}
