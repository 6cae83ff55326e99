import { describe, expect, it } from 'vitest';
import { INCIDENT_DEFAULTS, type Incident } from '../entities/incident.ts';
import type { TimelineEvent, TimelineKind } from '../entities/timelineEvent.ts';
import { formatInstant } from '../time/zone.ts';
import { computeMetrics, formatDuration } from './metrics.ts';

const utc = (iso: string) => Date.parse(iso);
const MIN = 60_000;

function event(id: string, kind: TimelineKind, at: number): TimelineEvent {
  return { id, kind, at, text: kind, createdAt: 0, updatedAt: 0 };
}

const sample: Incident = {
  ...INCIDENT_DEFAULTS,
  startedAt: utc('2026-11-03T14:02:00Z'),
  detectedAt: utc('2026-11-03T14:05:00Z'),
  mitigatedAt: utc('2026-11-03T14:38:00Z'),
  resolvedAt: utc('2026-11-03T14:49:00Z'),
};

describe('time to detect, mitigate and resolve', () => {
  it('come from the incident facts when they are filled in', () => {
    const m = computeMetrics(sample, []);
    expect([m.timeToDetect?.ms, m.timeToMitigate?.ms, m.timeToResolve?.ms]).toEqual([
      3 * MIN,
      36 * MIN,
      47 * MIN,
    ]);
    expect(m.timeToResolve).toEqual({
      ms: 47 * MIN,
      source: 'incident',
      start: { at: sample.startedAt, source: 'incident', field: 'startedAt' },
      end: { at: sample.resolvedAt, source: 'incident', field: 'resolvedAt' },
    });
  });

  it('fall back to the first event of the matching kind for a blank fact, and say so', () => {
    const timeline = [
      event('late0000', 'detection', utc('2026-11-03T14:31:00Z')),
      event('first000', 'detection', utc('2026-11-03T14:05:00Z')),
      event('trig0000', 'trigger', utc('2026-11-03T14:02:00Z')),
      event('mitig000', 'mitigation', utc('2026-11-03T14:38:00Z')),
    ];
    const m = computeMetrics({ ...sample, detectedAt: null, mitigatedAt: null }, timeline);
    expect(m.timeToDetect).toMatchObject({
      ms: 3 * MIN,
      source: 'mixed',
      start: { source: 'incident', field: 'startedAt' },
      end: { source: 'timeline', eventId: 'first000', kind: 'detection' },
    });
    const fromTimeline = computeMetrics(null, timeline);
    expect(fromTimeline.timeToMitigate).toMatchObject({ ms: 36 * MIN, source: 'timeline' });
    expect(fromTimeline.timeToResolve).toBeNull();
  });

  it('are null, not NaN, when data is missing or contradictory', () => {
    expect(computeMetrics(null, [])).toEqual({
      timeToDetect: null,
      timeToMitigate: null,
      timeToResolve: null,
    });
    expect(computeMetrics({ ...sample, startedAt: null }, []).timeToDetect).toBeNull();
    const reversed = { ...sample, detectedAt: utc('2026-11-03T14:00:00Z') };
    expect(computeMetrics(reversed, []).timeToDetect).toBeNull();
  });

  it('measure real time across a DST change, not wall-clock differences (America/New_York)', () => {
    // 2026-11-01: clocks in New York go from 02:00 EDT back to 01:00 EST.
    const incident = {
      ...INCIDENT_DEFAULTS,
      timeZone: 'America/New_York',
      startedAt: utc('2026-11-01T05:40:00Z'),
      detectedAt: utc('2026-11-01T06:10:00Z'),
      mitigatedAt: null,
      resolvedAt: utc('2026-11-01T08:00:00Z'),
    };
    const m = computeMetrics(incident, []);
    const show = (ms: number | null) => (ms === null ? '' : formatInstant(ms, incident.timeZone));
    expect(show(incident.startedAt)).toBe('2026-11-01 01:40 EDT');
    expect(show(incident.detectedAt)).toBe('2026-11-01 01:10 EST');
    expect(formatDuration(m.timeToDetect?.ms ?? null)).toBe('30 min');
    expect(formatDuration(m.timeToResolve?.ms ?? null)).toBe('2 h 20 min');
    expect(m.timeToMitigate).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [45_000, '45 s'],
    [59_400, '59 s'],
    [59_600, '1 min'],
    [47 * MIN, '47 min'],
    [47 * MIN + 29_000, '47 min'],
    [60 * MIN, '1 h'],
    [65 * MIN, '1 h 5 min'],
    [24 * 60 * MIN - 20_000, '1 d'],
    [(2 * 24 + 3) * 60 * MIN + 10 * MIN, '2 d 3 h'],
    [-5 * MIN, '-5 min'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('writes %s ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
