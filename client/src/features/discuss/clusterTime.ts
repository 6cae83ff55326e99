/**
 * Each cluster's share of the Discuss phase: the phase's time (with any minutes the
 * facilitator added) divided by the clusters, and the time spent on the current one.
 * Pure; computed from the stored timer and focus on every tick, like the phase clock,
 * so every browser shows the same numbers.
 */
import { timer as timers, type Timer } from '@hindsight/shared';
import type { DiscussionFocus } from '@hindsight/shared';

export interface ClusterTime {
  /** Time each cluster gets, ms. */
  readonly shareMs: number;
  /** Time spent on the current cluster so far, ms. */
  readonly spentMs: number;
  /** True once the current cluster has used more than its share. */
  readonly over: boolean;
  /** Share used, 0 to 1. */
  readonly progress: number;
}

/**
 * Where the team is in the order: the focused cluster, or the first one while the
 * facilitator has not moved (or the focused cluster is gone).
 */
export function currentClusterIndex(
  clusterIds: readonly string[],
  focus: DiscussionFocus | null,
): number {
  const at = focus ? clusterIds.indexOf(focus.clusterId) : -1;
  return at < 0 ? 0 : at;
}

/**
 * The current cluster's time. It counts from the moment the facilitator moved to it in
 * this visit of the phase, or from the start of the visit when they have not moved;
 * null without a timer or clusters.
 */
export function clusterTime(input: {
  readonly timer: Timer | null;
  readonly clusterCount: number;
  readonly focus: DiscussionFocus | null;
  /** Server time the current visit of the phase began. */
  readonly visitStartedAt: number | null;
  readonly now: number;
}): ClusterTime | null {
  const { timer, clusterCount, focus, visitStartedAt, now } = input;
  if (!timer || clusterCount <= 0) return null;
  const shareMs = Math.floor(timer.durationMs / clusterCount);
  const elapsed = timers.elapsed(timer, now);
  const from = focus && focus.visitStartedAt === visitStartedAt ? focus.sinceElapsedMs : 0;
  const spentMs = Math.max(0, elapsed - from);
  return {
    shareMs,
    spentMs,
    over: spentMs > shareMs,
    progress: shareMs === 0 ? 1 : Math.min(1, spentMs / shareMs),
  };
}
