/**
 * The chart in words, for people who do not see it: what a screen reader announces for
 * the chart image, and what a test can read. Pure.
 */
import {
  formatDuration,
  formatInstant,
  type IncidentMetrics,
  type TimelineEvent,
} from '@hindsight/shared';

/** "14 events from 13:55 to 15:10 UTC. Time to detect 3 min… Events: 13:55 UTC, action: …" */
export function chartSummary(
  events: readonly Pick<TimelineEvent, 'at' | 'kind' | 'text'>[],
  metrics: IncidentMetrics,
  timeZone: string,
): string {
  if (events.length === 0) return 'The timeline has no events yet.';
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const first = sorted[0] as (typeof sorted)[number];
  const last = sorted.at(-1) as (typeof sorted)[number];
  const when = (ms: number) => formatInstant(ms, timeZone);
  const parts = [
    sorted.length === 1
      ? `1 event, at ${when(first.at)}.`
      : `${sorted.length} events from ${when(first.at)} to ${when(last.at)}.`,
  ];
  const figures = (
    [
      ['Time to detect', metrics.timeToDetect],
      ['time to mitigate', metrics.timeToMitigate],
      ['time to resolve', metrics.timeToResolve],
    ] as const
  )
    .filter(([, m]) => m !== null)
    .map(([label, m]) => `${label} ${formatDuration(m?.ms ?? null)}`);
  if (figures.length > 0) {
    const sentence = figures.join(', ');
    parts.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  parts.push(
    `Events: ${sorted
      .map((e) => `${formatInstant(e.at, timeZone, { date: false })}, ${e.kind}: ${e.text}`)
      .join('; ')}.`,
  );
  return parts.join(' ');
}
