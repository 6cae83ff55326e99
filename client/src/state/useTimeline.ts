import type { TimelineEvent } from '@hindsight/shared';
import { useIncidentState } from './useIncidentState.ts';

/** Every timeline event, by time. */
export function useTimeline(): readonly TimelineEvent[] {
  return useIncidentState((s) => s.timeline);
}
