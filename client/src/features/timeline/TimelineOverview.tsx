import type { Incident, TimelineEvent } from '@hindsight/shared';
import { useId } from 'react';
import { KindLegend } from './KindLegend.tsx';
import { MetricTiles } from './MetricTiles.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import './timeline.css';

/** Marks the page while printing the timeline, so the print stylesheet prints only it. */
function printTimeline() {
  document.body.classList.add('print-timeline');
  const done = () => {
    document.body.classList.remove('print-timeline');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** The figures, the chart and its legend: the timeline at a glance, large enough to present. */
export function TimelineOverview({
  incident,
  events,
  title = 'Timeline',
}: {
  incident: Incident;
  events: readonly TimelineEvent[];
  title?: string;
}) {
  const headingId = useId();
  return (
    <section
      className="tl-overview"
      aria-labelledby={headingId}
      data-print="timeline"
      data-testid="timeline-overview"
    >
      <div className="tl-overview__head">
        <h3 id={headingId} className="tl-overview__title">
          {title}
          {incident.title && <span className="tl-overview__incident"> · {incident.title}</span>}
        </h3>
        <span className="tl-overview__zone">Times in {incident.timeZone}</span>
        <button
          type="button"
          className="button button--ghost button--small tl-no-print"
          onClick={printTimeline}
        >
          Print
        </button>
      </div>
      <MetricTiles incident={incident} events={events} />
      <TimelineChart incident={incident} events={events} />
      <KindLegend events={events} />
    </section>
  );
}
