import type { PostmortemCommands } from './postmortemCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The discussion, action, owner, follow-up and status commands (board doc). */
export function usePostmortemCommands(): PostmortemCommands {
  return useBoardSession().postmortem.commands;
}
