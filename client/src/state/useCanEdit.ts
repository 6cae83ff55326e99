import { canWrite } from '@hindsight/shared';
import { useBoard } from './useBoard.ts';

/**
 * True when this tab may change cards: its role writes the board doc, the doc's layout
 * is one this version understands, and the connection was not refused for good.
 */
export function useCanEdit(): boolean {
  return useBoard((s) => canWrite(s.role, 'board') && s.schemaSupported && s.fatal === null);
}
