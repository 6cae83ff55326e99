import type { BrainstormCommands } from './brainstormCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The card commands on this person's private doc; null for observers. */
export function useBrainstormCommands(): BrainstormCommands | null {
  return useBoardSession().brainstorm.commands;
}
