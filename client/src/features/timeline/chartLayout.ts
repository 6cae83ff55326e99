/**
 * The visual timeline as geometry: where each event, label, tick and metric span goes.
 * Pure and deterministic, so the rules (time → x, nice ticks, labels that never overlap)
 * are unit-tested and the component only draws what it is given.
 *
 * Layout, top to bottom: the metric spans (time to detect, mitigate, resolve), the tick
 * labels, the axis with one marker per event, then the event labels in as many rows as
 * it takes for no two labels in a row to overlap (greedy, in time order).
 */
import {
  formatDuration,
  formatInstant,
  offsetMinutesAt,
  type IncidentMetrics,
  type TimelineKind,
} from '@hindsight/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A function from instants (ms) to x positions (px), linear. */
export type TimeScale = (ms: number) => number;

/**
 * The linear map from `domain` (ms) onto `range` (px). An empty domain (one instant)
 * maps everything to the middle of the range rather than dividing by zero.
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [t0, t1] = domain;
  const [x0, x1] = range;
  const span = t1 - t0;
  if (span <= 0) return () => (x0 + x1) / 2;
  return (ms: number) => x0 + ((ms - t0) / span) * (x1 - x0);
}

/**
 * The time range a chart shows for these instants: their extent, widened by `pad` of it
 * on each side, and to at least `minSpan` so a lone event sits in the middle of a
 * readable window. Null when there are no instants.
 */
export function chartDomain(
  instants: readonly number[],
  pad = 0.03,
  minSpan = 10 * MINUTE,
): [number, number] | null {
  if (instants.length === 0) return null;
  let lo = Math.min(...instants);
  let hi = Math.max(...instants);
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const margin = (hi - lo) * pad;
  return [lo - margin, hi + margin];
}

/** Tick intervals a person reads easily, shortest first. */
const STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

/** The shortest readable step that gives at most `maxTicks` ticks over `spanMs`. */
export function tickStep(spanMs: number, maxTicks: number): number {
  const limit = Math.max(1, maxTicks);
  return STEPS.find((step) => spanMs / step <= limit) ?? (STEPS.at(-1) as number);
}

/**
 * Tick instants inside `domain`, on round wall-clock times of `timeZone` (14:00, 14:15
 * in the incident's zone, also for zones a half hour off UTC).
 */
export function timeTicks(
  domain: readonly [number, number],
  timeZone: string,
  maxTicks: number,
): number[] {
  const [t0, t1] = domain;
  const step = tickStep(t1 - t0, maxTicks);
  const offset = offsetMinutesAt(t0, timeZone) * MINUTE;
  const ticks: number[] = [];
  for (let t = Math.ceil((t0 + offset) / step) * step - offset; t <= t1; t += step) {
    ticks.push(t);
  }
  return ticks;
}

/** A label's horizontal extent, px. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * A row for each extent so that extents in the same row are at least `gap` apart:
 * greedy, in order of `start` (ties keep input order), each taking the first row where
 * it fits. Returns the row of each extent, in input order; rows count from 0.
 */
export function staggerRows(extents: readonly Extent[], gap: number): number[] {
  const order = extents
    .map((_, i) => i)
    .sort((a, b) => {
      const d = (extents[a]?.start ?? 0) - (extents[b]?.start ?? 0);
      return d !== 0 ? d : a - b;
    });
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const extent = extents[i];
    if (!extent) continue;
    let row = rowEnds.findIndex((end) => end + gap <= extent.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = extent.end;
    rows[i] = row;
  }
  return rows;
}

/**
 * Width of a line of text, px, estimated from its length: the chart lays out before
 * anything is drawn. Generous for the system sans-serif fonts, so labels err apart.
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** `text` cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Sizes of the chart, px. Exported for the component's text styles. */
export const CHART = {
  margin: 20,
  spanRow: 32,
  spanBar: 20,
  tickBand: 30,
  axisGap: 26,
  labelRow: 50,
  labelGap: 14,
  timeFont: 13,
  textFont: 16,
  spanFont: 14,
  /** Characters of event text on a label; the table beside the chart has it whole. */
  textChars: 34,
  bottom: 12,
} as const;

export interface ChartEventInput {
  readonly id: string;
  readonly at: number;
  readonly kind: TimelineKind;
  readonly text: string;
}

export interface ChartMarker {
  readonly id: string;
  readonly x: number;
  readonly kind: TimelineKind;
}

export interface ChartLabel {
  readonly id: string;
  readonly kind: TimelineKind;
  /** The marker's x; the label hangs from it. */
  readonly x: number;
  /** Which side of x the text extends to. */
  readonly anchor: 'start' | 'end';
  readonly row: number;
  /** Top of the label's row. */
  readonly y: number;
  /** First line: time and kind. */
  readonly time: string;
  /** Second line: the text, cut to fit. */
  readonly text: string;
  /** The whole text, for the tooltip. */
  readonly fullText: string;
  /** Estimated width of the longer line, px. */
  readonly width: number;
}

export interface ChartSpan {
  readonly key: 'timeToDetect' | 'timeToMitigate' | 'timeToResolve';
  /** "Time to detect 3 min". */
  readonly label: string;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** Where the label goes: inside the bar when it fits, else after its end. */
  readonly labelX: number;
  readonly labelInside: boolean;
}

export interface ChartTick {
  readonly x: number;
  readonly label: string;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly ticks: readonly ChartTick[];
  readonly spans: readonly ChartSpan[];
  readonly markers: readonly ChartMarker[];
  readonly labels: readonly ChartLabel[];
  /** How many label rows it took. */
  readonly rows: number;
}

export const SPAN_LABELS: Readonly<Record<ChartSpan['key'], string>> = {
  timeToDetect: 'Time to detect',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
};

/** Lays out a chart `width` px wide for events (sorted or not) and the figures. */
export function layoutChart(input: {
  readonly events: readonly ChartEventInput[];
  readonly metrics: IncidentMetrics;
  readonly timeZone: string;
  readonly width: number;
}): ChartLayout {
  const { events, metrics, timeZone } = input;
  const width = Math.max(320, Math.round(input.width));
  const spanKeys = (['timeToDetect', 'timeToMitigate', 'timeToResolve'] as const).filter(
    (key) => metrics[key] !== null,
  );
  const instants = [
    ...events.map((e) => e.at),
    ...spanKeys.flatMap((key) => {
      const m = metrics[key];
      return m ? [m.start.at, m.end.at] : [];
    }),
  ];
  const domain = chartDomain(instants);
  const { margin } = CHART;
  const x = domain ? timeScale(domain, [margin, width - margin]) : () => width / 2;

  const spansTop = margin / 2;
  const spans: ChartSpan[] = spanKeys.map((key, i) => {
    const metric = metrics[key];
    const x1 = metric ? x(metric.start.at) : 0;
    const x2 = metric ? Math.max(x1 + 2, x(metric.end.at)) : 0;
    const label = `${SPAN_LABELS[key]} ${formatDuration(metric?.ms ?? null)}`;
    const labelInside = textWidth(label, CHART.spanFont) + 16 <= x2 - x1;
    const fitsAfter = x2 + 8 + textWidth(label, CHART.spanFont) <= width - 4;
    return {
      key,
      label,
      x1,
      x2,
      y: spansTop + i * CHART.spanRow,
      labelInside,
      labelX: labelInside ? x1 + 8 : fitsAfter ? x2 + 8 : x1 - 8,
    };
  });

  const axisY = spansTop + spans.length * CHART.spanRow + CHART.tickBand;
  const ticks: ChartTick[] = domain
    ? (() => {
        const times = timeTicks(domain, timeZone, Math.floor(width / 90));
        const withDate = domain[1] - domain[0] > DAY;
        return times.map((t) => ({
          x: x(t),
          label: withDate
            ? formatInstant(t, timeZone, { zoneName: false }).slice(5)
            : formatInstant(t, timeZone, { date: false, zoneName: false }),
        }));
      })()
    : [];

  const sorted = [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const drafts = sorted.map((event) => {
    const ex = x(event.at);
    const time = `${formatInstant(event.at, timeZone, { date: false, zoneName: false })} · ${event.kind}`;
    const text = truncate(event.text, CHART.textChars);
    const w = Math.max(textWidth(time, CHART.timeFont), textWidth(text, CHART.textFont));
    const anchor: 'start' | 'end' = ex + w > width - 4 && ex - w >= 4 ? 'end' : 'start';
    const extent = anchor === 'start' ? { start: ex, end: ex + w } : { start: ex - w, end: ex };
    return { event, x: ex, time, text, anchor, extent, w };
  });
  const rowOf = staggerRows(
    drafts.map((d) => d.extent),
    CHART.labelGap,
  );
  const firstRowY = axisY + CHART.axisGap;
  const labels: ChartLabel[] = drafts.map((d, i) => {
    const row = rowOf[i] ?? 0;
    return {
      id: d.event.id,
      kind: d.event.kind,
      x: d.x,
      anchor: d.anchor,
      row,
      y: firstRowY + row * CHART.labelRow,
      time: d.time,
      text: d.text,
      fullText: d.event.text,
      width: d.w,
    };
  });
  const rows = labels.length === 0 ? 0 : Math.max(...labels.map((l) => l.row)) + 1;

  return {
    width,
    height: firstRowY + rows * CHART.labelRow + CHART.bottom,
    axisY,
    ticks,
    spans,
    markers: sorted.map((event) => ({ id: event.id, x: x(event.at), kind: event.kind })),
    labels,
    rows,
  };
}
