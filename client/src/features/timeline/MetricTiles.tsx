import {
  computeMetrics,
  formatDuration,
  type Incident,
  type Metric,
  type TimelineEvent,
} from '@hindsight/shared';
import { useMemo } from 'react';

const TILES = [
  ['timeToDetect', 'TTD', 'Time to detect'],
  ['timeToMitigate', 'TTM', 'Time to mitigate'],
  ['timeToResolve', 'TTR', 'Time to resolve'],
] as const;

/** Where a figure's ends came from, said plainly. */
function provenance(metric: Metric | null): string {
  if (!metric) return 'Needs a start and an end';
  if (metric.source === 'incident') return 'From the incident facts';
  if (metric.source === 'timeline') return 'From the timeline';
  return 'From the facts and the timeline';
}

/** Time to detect, mitigate and resolve as large tiles, each saying where it came from. */
export function MetricTiles({
  incident,
  events,
}: {
  incident: Incident;
  events: readonly TimelineEvent[];
}) {
  const metrics = useMemo(() => computeMetrics(incident, events), [incident, events]);
  return (
    <dl className="tl-tiles" data-testid="metric-tiles">
      {TILES.map(([key, short, long]) => (
        <div key={key} className={`tl-tile tl-tile--${key}`}>
          <dt className="tl-tile__label">
            <abbr title={long}>{short}</abbr> <span className="tl-tile__long">{long}</span>
          </dt>
          <dd className="tl-tile__value" data-testid={`metric-${key}`}>
            {formatDuration(metrics[key]?.ms ?? null)}
          </dd>
          <dd className="tl-tile__source">{provenance(metrics[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
