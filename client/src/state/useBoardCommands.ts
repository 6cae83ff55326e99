import type { BoardCommands } from './boardCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The commands of the open board (add, edit, delete cards; presence). */
export function useBoardCommands(): BoardCommands {
  return useBoardSession().commands;
}
