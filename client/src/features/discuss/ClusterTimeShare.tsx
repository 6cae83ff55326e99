import { formatClock } from '@hindsight/shared';
import { usePostmortem } from '../../state/usePostmortem.ts';
import { useServerNow } from '../../state/useServerNow.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { clusterTime } from './clusterTime.ts';

/** "3:12 of 5:00 on this cluster": the current cluster's share of the phase's time. */
export function ClusterTimeShare({ clusterCount }: { clusterCount: number }) {
  const session = useSessionState();
  const focus = usePostmortem((s) => s.focus);
  const now = useServerNow();
  const visit = session.history.at(-1);
  const time = clusterTime({
    timer: session.timer,
    clusterCount,
    focus,
    visitStartedAt: visit && visit.endedAt === null ? visit.startedAt : null,
    now,
  });
  if (!time) return null;
  const spent = formatClock(time.spentMs);
  const share = formatClock(time.shareMs);
  return (
    <div
      className={`cluster-time${time.over ? ' cluster-time--over' : ''}`}
      data-testid="cluster-time"
    >
      <span className="cluster-time__text">
        <strong>{spent}</strong> of {share} on this cluster
        {time.over && <span className="cluster-time__over"> · over its share</span>}
      </span>
      <span className="meter cluster-time__meter" aria-hidden="true">
        <span
          className={`meter__fill${time.over ? ' meter__fill--over' : ''}`}
          style={{ transform: `scaleX(${time.progress})` }}
        />
      </span>
    </div>
  );
}
