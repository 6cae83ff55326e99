import {
  computeMetrics,
  parseTimeline,
  readIsoInstant,
  type IncidentMetrics,
  type TimelineEvent,
} from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TIMELINE_TEXT as timelineText } from '@hindsight/shared/sample';
import {
  chartDomain,
  layoutChart,
  staggerRows,
  tickStep,
  timeScale,
  timeTicks,
  truncate,
} from './chartLayout.ts';
import { chartSummary } from './chartSummary.ts';

const at = (iso: string) => {
  const read = readIsoInstant(iso);
  if (!read.ok) throw new Error(read.problem);
  return read.ms;
};
const NO_METRICS: IncidentMetrics = {
  timeToDetect: null,
  timeToMitigate: null,
  timeToResolve: null,
};

function fixtureEvents(): TimelineEvent[] {
  const { events, errors } = parseTimeline(timelineText);
  expect(errors).toEqual([]);
  return events.map((e, i) => ({
    ...e,
    id: `event${String(i).padStart(4, '0')}`,
    createdAt: 0,
    updatedAt: 0,
  }));
}

describe('time scale', () => {
  it('maps the domain ends to the range ends, linearly and in order', () => {
    const x = timeScale([1000, 3000], [20, 420]);
    expect(x(1000)).toBe(20);
    expect(x(3000)).toBe(420);
    expect(x(2000)).toBe(220);
    expect(x(1500)).toBeLessThan(x(1600));
  });

  it('puts everything in the middle for a single instant instead of dividing by zero', () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('widens a short domain around its middle and pads a long one', () => {
    const t = at('2026-11-03T14:00Z');
    expect(chartDomain([t])).toEqual([t - 5 * 60_000 - 18_000, t + 5 * 60_000 + 18_000]);
    const [lo, hi] = chartDomain([t, t + 100 * 60_000], 0.05) ?? [0, 0];
    expect(lo).toBe(t - 5 * 60_000);
    expect(hi).toBe(t + 105 * 60_000);
    expect(chartDomain([])).toBeNull();
  });
});

describe('ticks', () => {
  it('use the shortest readable step that fits', () => {
    expect(tickStep(75 * 60_000, 12)).toBe(10 * 60_000);
    expect(tickStep(75 * 60_000, 3)).toBe(30 * 60_000);
    expect(tickStep(10 * 60_000, 20)).toBe(60_000);
  });

  it('fall on round wall-clock times of the incident zone, also half-hour zones', () => {
    const domain = [at('2026-11-03T13:52Z'), at('2026-11-03T15:13Z')] as const;
    expect(timeTicks(domain, 'UTC', 6).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(
      ['14:00', '14:15', '14:30', '14:45', '15:00'],
    );
    // India is UTC+5:30: 19:30 local is 14:00 UTC, so the ticks shift with the zone.
    const kolkata = timeTicks(domain, 'Asia/Kolkata', 6);
    expect(kolkata.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '14:00',
      '14:15',
      '14:30',
      '14:45',
      '15:00',
    ]);
    // Nepal is UTC+5:45: ten-minute ticks fall on 19:40 local, which is 13:55 UTC.
    const kathmandu = timeTicks(domain, 'Asia/Kathmandu', 9);
    expect(new Date(kathmandu[0] ?? 0).toISOString().slice(11, 16)).toBe('13:55');
  });
});

describe('label staggering', () => {
  it('puts overlapping labels on separate rows and reuses a row once there is room', () => {
    const rows = staggerRows(
      [
        { start: 0, end: 100 },
        { start: 50, end: 150 },
        { start: 105, end: 200 },
        { start: 120, end: 220 },
      ],
      10,
    );
    expect(rows).toEqual([0, 1, 2, 0]);
  });

  it('keeps the input order of the result even when the input is not sorted', () => {
    expect(
      staggerRows(
        [
          { start: 300, end: 400 },
          { start: 0, end: 350 },
        ],
        0,
      ),
    ).toEqual([1, 0]);
  });

  it('never lets two labels of a row overlap in the laid-out sample timeline', () => {
    const events = fixtureEvents();
    const metrics = computeMetrics(null, events);
    for (const width of [480, 900, 1400]) {
      const layout = layoutChart({ events, metrics, timeZone: 'UTC', width });
      expect(layout.labels).toHaveLength(14);
      const byRow = new Map<number, { start: number; end: number }[]>();
      for (const label of layout.labels) {
        const w = Math.max(label.time.length * 13 * 0.56, label.text.length * 16 * 0.56);
        const extent =
          label.anchor === 'start'
            ? { start: label.x, end: label.x + w }
            : { start: label.x - w, end: label.x };
        byRow.set(label.row, [...(byRow.get(label.row) ?? []), extent]);
      }
      for (const extents of byRow.values()) {
        extents.sort((a, b) => a.start - b.start);
        for (let i = 1; i < extents.length; i++) {
          expect(extents[i]?.start).toBeGreaterThan(extents[i - 1]?.end ?? Infinity);
        }
      }
      // Every label stays on the chart.
      for (const label of layout.labels) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x).toBeLessThanOrEqual(layout.width);
      }
      // Narrower charts need more rows, never fewer.
      expect(layout.rows).toBeGreaterThan(0);
    }
  });
});

describe('chart layout', () => {
  it('orders markers by time and marks the three figures as spans from the start', () => {
    const events = fixtureEvents();
    const incident = {
      startedAt: at('2026-11-03T14:02Z'),
      detectedAt: at('2026-11-03T14:05Z'),
      mitigatedAt: at('2026-11-03T14:38Z'),
      resolvedAt: at('2026-11-03T14:49Z'),
    };
    const layout = layoutChart({
      events,
      metrics: computeMetrics(incident, events),
      timeZone: 'UTC',
      width: 1000,
    });
    const xs = layout.markers.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.spans.map((s) => s.label)).toEqual([
      'Time to detect 3 min',
      'Time to mitigate 36 min',
      'Time to resolve 47 min',
    ]);
    const [ttd, ttm, ttr] = layout.spans;
    expect(ttd?.x1).toBe(ttm?.x1);
    expect(ttd?.x2).toBeLessThan(ttm?.x2 ?? 0);
    expect(ttm?.x2).toBeLessThan(ttr?.x2 ?? 0);
    expect(layout.axisY).toBeGreaterThan(ttr?.y ?? Infinity);
    expect(layout.labels.every((l) => l.y > layout.axisY)).toBe(true);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.labels.map((l) => l.y)));
  });

  it('lays out an empty timeline without ticks or labels', () => {
    const layout = layoutChart({ events: [], metrics: NO_METRICS, timeZone: 'UTC', width: 800 });
    expect(layout).toMatchObject({ ticks: [], markers: [], labels: [], rows: 0, spans: [] });
  });

  it('cuts long texts with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});

describe('chart summary', () => {
  it('says the range, the figures and every event in words', () => {
    const events = fixtureEvents();
    const text = chartSummary(events, computeMetrics(null, events), 'UTC');
    expect(text).toMatch(/^14 events from 2026-11-03 13:55 UTC to 2026-11-03 15:10 UTC\./);
    expect(text).toContain(
      'Time to detect 3 min, time to mitigate 36 min, time to resolve 47 min.',
    );
    expect(text).toContain('14:05 UTC, detection: On-call SRE acknowledges the page');
    expect(chartSummary([], NO_METRICS, 'UTC')).toBe('The timeline has no events yet.');
  });
});
