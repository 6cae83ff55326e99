import type { ClusterSession } from './clusterCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The open board's clustering store and commands. */
export function useClusterSession(): ClusterSession {
  return useBoardSession().clusters;
}
