/**
 * The figures a postmortem leads with: time to detect, to mitigate, to resolve. Pure.
 *
 * Each is measured from the start of the impact, as the SRE literature does (so time to
 * resolve includes time to detect). The incident facts are the authority; where a fact
 * is blank, the timeline stands in: the first `trigger` event for the start, the first
 * `detection`, `mitigation` or `resolution` event for the end. Every figure says where
 * each end came from, so the document can say "from the timeline" rather than pretend.
 * Missing or contradictory data gives null, never NaN or a negative duration.
 */
import type { Incident } from '../entities/incident.ts';
import type { TimelineEvent, TimelineKind } from '../entities/timelineEvent.ts';

/** One end of a measured interval and where it came from. */
export type MetricEndpoint =
  | {
      /** ms since the epoch */
      at: number;
      /** The incident fact was filled in. */
      source: 'incident';
      field: 'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt';
    }
  | {
      at: number;
      /** The fact was blank; the first timeline event of that kind stood in. */
      source: 'timeline';
      eventId: string;
      kind: TimelineKind;
    };

/** A measured interval. */
export interface Metric {
  /** end − start, ms; never negative. */
  ms: number;
  start: MetricEndpoint;
  end: MetricEndpoint;
  /** `incident` when both ends are facts, `timeline` when both are events, else `mixed`. */
  source: 'incident' | 'timeline' | 'mixed';
}

export interface IncidentMetrics {
  /** detected − started */
  timeToDetect: Metric | null;
  /** mitigated − started */
  timeToMitigate: Metric | null;
  /** resolved − started */
  timeToResolve: Metric | null;
}

type Facts = Pick<Incident, 'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt'>;
type FactField = keyof Facts;

/** Which event kind stands in for which blank fact. */
const FALLBACK_KIND: Record<FactField, TimelineKind> = {
  startedAt: 'trigger',
  detectedAt: 'detection',
  mitigatedAt: 'mitigation',
  resolvedAt: 'resolution',
};

function endpoint(
  facts: Facts | null,
  field: FactField,
  timeline: readonly TimelineEvent[],
): MetricEndpoint | null {
  const fact = facts?.[field] ?? null;
  if (fact !== null) return { at: fact, source: 'incident', field };
  const kind = FALLBACK_KIND[field];
  let first: TimelineEvent | null = null;
  for (const event of timeline) {
    if (event.kind !== kind) continue;
    if (!first || event.at < first.at || (event.at === first.at && event.id < first.id)) {
      first = event;
    }
  }
  return first ? { at: first.at, source: 'timeline', eventId: first.id, kind } : null;
}

function measure(start: MetricEndpoint | null, end: MetricEndpoint | null): Metric | null {
  if (!start || !end || end.at < start.at) return null;
  const source = start.source === end.source ? start.source : 'mixed';
  return { ms: end.at - start.at, start, end, source };
}

/**
 * Time to detect, mitigate and resolve, from the facts with the timeline as fallback.
 * `incident` may be null (no facts yet); the timeline need not be sorted.
 */
export function computeMetrics(
  incident: Facts | null,
  timeline: readonly TimelineEvent[],
): IncidentMetrics {
  const start = endpoint(incident, 'startedAt', timeline);
  return {
    timeToDetect: measure(start, endpoint(incident, 'detectedAt', timeline)),
    timeToMitigate: measure(start, endpoint(incident, 'mitigatedAt', timeline)),
    timeToResolve: measure(start, endpoint(incident, 'resolvedAt', timeline)),
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A duration as a postmortem writes it, to two units at most: `45 s`, `47 min`,
 * `1 h 5 min`, `2 h`, `2 d 3 h`. Rounded to the nearest minute (seconds under one).
 * Null (no figure) gives an em dash, so a template can print it as is.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 0) return `-${formatDuration(-ms)}`;
  if (ms < MINUTE - 500) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.round(ms / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}
