import { computeMetrics, type Incident, type TimelineEvent } from '@hindsight/shared';
import { useId, useMemo } from 'react';
import { CHART, layoutChart } from './chartLayout.ts';
import { chartSummary } from './chartSummary.ts';
import { KIND_COLORS } from './kindColors.ts';
import { useElementWidth } from './useElementWidth.ts';

const SPAN_COLORS = {
  timeToDetect: KIND_COLORS.detection,
  timeToMitigate: KIND_COLORS.mitigation,
  timeToResolve: KIND_COLORS.resolution,
} as const;

interface Props {
  readonly incident: Incident;
  readonly events: readonly TimelineEvent[];
}

/**
 * The incident on a time axis: one marker per event coloured by kind, labels staggered
 * into rows so none overlap, and the time to detect, mitigate and resolve as spans from
 * the start. For assistive technology it is one image whose description says it all in
 * words; the event table next to it has the same events as rows.
 */
export function TimelineChart({ incident, events }: Props) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(960);
  const titleId = useId();
  const descId = useId();
  const metrics = useMemo(() => computeMetrics(incident, events), [incident, events]);
  const layout = useMemo(
    () => layoutChart({ events, metrics, timeZone: incident.timeZone, width }),
    [events, metrics, incident.timeZone, width],
  );
  const summary = chartSummary(events, metrics, incident.timeZone);

  return (
    <div className="tl-chart" ref={boxRef} data-testid="timeline-chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        className="tl-chart__svg"
      >
        <title id={titleId}>{`Incident timeline chart, ${events.length} events`}</title>
        <desc id={descId}>{summary}</desc>

        {layout.spans.map((span) => (
          <g key={span.key} className="tl-chart__span">
            <rect
              x={span.x1}
              y={span.y}
              width={span.x2 - span.x1}
              height={CHART.spanBar}
              rx={4}
              fill={SPAN_COLORS[span.key]}
              fillOpacity={0.16}
              stroke={SPAN_COLORS[span.key]}
              strokeWidth={1.5}
            />
            <text
              x={span.labelX}
              y={span.y + CHART.spanBar / 2}
              dominantBaseline="central"
              textAnchor={span.labelInside || span.labelX > span.x2 ? 'start' : 'end'}
              className="tl-chart__span-label"
              fill={SPAN_COLORS[span.key]}
            >
              {span.label}
            </text>
          </g>
        ))}

        <line
          x1={CHART.margin / 2}
          x2={layout.width - CHART.margin / 2}
          y1={layout.axisY}
          y2={layout.axisY}
          className="tl-chart__axis"
        />
        {layout.ticks.map((tick) => (
          <g key={tick.x}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.axisY - 6}
              y2={layout.axisY + 6}
              className="tl-chart__tick"
            />
            <text
              x={tick.x}
              y={layout.axisY - 12}
              textAnchor="middle"
              className="tl-chart__tick-label"
            >
              {tick.label}
            </text>
          </g>
        ))}

        {layout.labels.map((label) => (
          <line
            key={`leader-${label.id}`}
            x1={label.x}
            x2={label.x}
            y1={layout.axisY + 8}
            y2={label.y + 2}
            stroke={KIND_COLORS[label.kind]}
            className="tl-chart__leader"
          />
        ))}
        {layout.markers.map((marker) => (
          <circle
            key={marker.id}
            cx={marker.x}
            cy={layout.axisY}
            r={7}
            fill={KIND_COLORS[marker.kind]}
            className="tl-chart__marker"
          />
        ))}
        {layout.labels.map((label) => {
          const dx = label.anchor === 'start' ? 4 : -4;
          return (
            <g key={`label-${label.id}`} className="tl-chart__label">
              <title>{`${label.time}: ${label.fullText}`}</title>
              <rect
                x={label.anchor === 'start' ? label.x + dx - 3 : label.x + dx - label.width - 3}
                y={label.y}
                width={label.width + 6}
                height={CHART.timeFont + CHART.textFont + 12}
                rx={4}
                className="tl-chart__label-bg"
              />
              <text
                x={label.x + dx}
                y={label.y + CHART.timeFont}
                textAnchor={label.anchor}
                className="tl-chart__label-time"
                fill={KIND_COLORS[label.kind]}
              >
                {label.time}
              </text>
              <text
                x={label.x + dx}
                y={label.y + CHART.timeFont + CHART.textFont + 4}
                textAnchor={label.anchor}
                className="tl-chart__label-text"
              >
                {label.text}
              </text>
            </g>
          );
        })}
        {events.length === 0 && (
          <text
            x={layout.width / 2}
            y={layout.axisY + 28}
            textAnchor="middle"
            className="tl-chart__empty"
          >
            No events yet
          </text>
        )}
      </svg>
    </div>
  );
}
