import type { ClusterCommands } from './clusterCommands.ts';
import { useClusterSession } from './useClusterSession.ts';

/** The clustering commands (drops, group, rename, undo and redo, drag presence). */
export function useClusterCommands(): ClusterCommands {
  return useClusterSession().commands;
}
