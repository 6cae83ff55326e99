import { emptyDiscussion, type Discussion } from '@hindsight/shared';
import { useMemo } from 'react';
import { usePostmortem } from './usePostmortem.ts';

/** One cluster's discussion: notes, five whys, root cause, factors, impact answer. */
export function useDiscussion(clusterId: string): Discussion {
  const stored = usePostmortem((s) => s.discussions[clusterId]);
  return useMemo(() => stored ?? emptyDiscussion(clusterId), [stored, clusterId]);
}
